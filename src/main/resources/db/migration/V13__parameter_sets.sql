-- Named parameter sets (issue 16 item 6): the officer's defaults for advance rates, risk sharing and the simulation,
-- edited and saved under a name in Settings and chosen for an assessment on Loan & risk.
-- Numbered 13: 11 and 12 are reserved by work in parallel. Standard SQL only (runs on H2 and PostgreSQL).
CREATE TABLE parameter_set (
    name        VARCHAR(200)  NOT NULL PRIMARY KEY,
    saved_at    TIMESTAMP     NOT NULL,
    saved_by    VARCHAR(200)  NOT NULL,
    values_json VARCHAR(4000) NOT NULL
);

-- The set a saved assessment was made with and the values it held then, whether the officer changed any of them
-- before assessing: a row beside the immutable assessment (as its sign-offs are), so the assessment's own fields,
-- its input hash and its content hash stay as they were.
CREATE TABLE assessment_parameter_set (
    assessment_id BIGINT        NOT NULL PRIMARY KEY REFERENCES assessment (id),
    name          VARCHAR(200)  NOT NULL,
    edited        BOOLEAN       NOT NULL,
    values_json   VARCHAR(4000) NOT NULL
);
