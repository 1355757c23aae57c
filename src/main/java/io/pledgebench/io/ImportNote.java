package io.pledgebench.io;

/**
 * Something the user should know about an import that is not an error: a hidden sheet that was skipped,
 * a formula whose cached value was used. Notes never block an import.
 */
public record ImportNote(String file, String sheet, String message, String messageZh) {

    public String describe() {
        return (file == null ? "" : file) + (sheet == null ? "" : ", sheet " + sheet) + ": " + message;
    }

    public String describeZh() {
        return (file == null ? "" : file) + (sheet == null ? "" : "，工作表 " + sheet) + "："
                + (messageZh == null ? message : messageZh);
    }
}
