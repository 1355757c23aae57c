package io.pledgebench.report;

/**
 * An assessment document that cannot be printed as it is: a field the report needs is missing or malformed, a sentence
 * names a key no bundle holds, or the document was written by a newer release. The message names the field.
 */
public final class DocumentException extends RuntimeException {

    public DocumentException(String message) {
        super(message);
    }

    public DocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
