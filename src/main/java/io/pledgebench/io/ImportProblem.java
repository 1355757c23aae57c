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
        return b.append(": ").append(reason).toString();
    }

    /** The same line with Chinese labels: {@code 文件，工作表 S，第 R 行，列“C”，值“V”：原因}. */
    public String describeZh() {
        StringBuilder b = new StringBuilder(file == null ? "" : file);
        if (sheet != null) {
            b.append("，工作表 ").append(sheet);
        }
        if (row != null) {
            b.append("，第 ").append(row).append(" 行");
        }
        if (column != null) {
            b.append("，列\u201c").append(column).append('\u201d');
        }
        if (value != null) {
            b.append("，值\u201c").append(value).append('\u201d');
        }
        return b.append("：").append(reasonZh == null ? reason : reasonZh).toString();
    }
}
