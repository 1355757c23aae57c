package io.pledgebench.io;

import java.util.List;

/**
 * How one column of the patent table was used: its header as written, the field it was read as (null when
 * not used), whether the officer chose that ({@code mapped}) or the header is a known name, a suggested field
 * for an unused column (never applied by itself), and the first values, for the import preview and the
 * unused-column notice.
 */
public record ColumnUse(int index, String header, String field, boolean mapped, String suggestion, List<String> examples) {

    public ColumnUse {
        examples = List.copyOf(examples);
    }

    public boolean used() {
        return field != null && !field.equals(ColumnMapping.IGNORE);
    }

    /** Not used and not deliberately ignored: the import must say so. */
    public boolean unrecognised() {
        return field == null;
    }
}
