package io.pledgebench.io;

/**
 * One rejected value of an import: where it is (file, sheet, 1-based row as the user sees it in a
 * spreadsheet, counting the header as row 1; column header as written in the file), what it was and why,
 * in English and Simplified Chinese. Fields that do not apply are null (a CSV has no sheet).
 */
public record ImportProblem(String file, String sheet, Integer row, String column, String value, String reason,
                            String reasonZh) {

    /** One line for stderr or a problems list: {@code file[, sheet], row R, column C, value 'V': reason}. */
    public String describe() {
        return describe(reason);
    }

    public String describeZh() {
        return describe(reasonZh == null ? reason : reasonZh);
    }

    private String describe(String why) {
        StringBuilder b = new StringBuilder(file == null ? "" : file);
        if (sheet != null) {
            b.append(", sheet ").append(sheet);
        }
        if (row != null) {
            b.append(", row ").append(row);
        }
        if (column != null) {
            b.append(", column ").append(column);
        }
        if (value != null) {
            b.append(", value '").append(value).append('\'');
        }
        return b.append(": ").append(why).toString();
    }
}
