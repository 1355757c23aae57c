-- Column mappings saved by the officer as named templates, offered again when the same headers come back,
-- and the notices of each import (e.g. columns not used), kept with its import log entry.
-- Numbered 6 to leave 5 to the valuation columns being added in parallel.
CREATE TABLE column_template (
    name       VARCHAR(200) NOT NULL,
    seq        INTEGER      NOT NULL,
    header     VARCHAR(400) NOT NULL,
    field      VARCHAR(40)  NOT NULL,
    PRIMARY KEY (name, seq)
);

CREATE TABLE import_notice (
    import_log_id BIGINT        NOT NULL REFERENCES import_log (id) ON DELETE CASCADE,
    seq           INTEGER       NOT NULL,
    message       VARCHAR(4000) NOT NULL,
    message_zh    VARCHAR(4000) NOT NULL,
    PRIMARY KEY (import_log_id, seq)
);
