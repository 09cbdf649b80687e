package io.buildify.app.drafts;

/** The draft store could not do what was asked; the message names the problem and the file. */
public class DraftStoreException extends RuntimeException {
    public DraftStoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public DraftStoreException(String message) {
        super(message);
    }
}
