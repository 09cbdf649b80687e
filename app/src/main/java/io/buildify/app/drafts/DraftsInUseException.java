package io.buildify.app.drafts;

import java.nio.file.Path;

/** Another Buildify Designer window (this process or another) has the same draft store open. */
public final class DraftsInUseException extends DraftStoreException {
    public DraftsInUseException(Path dbFile, Throwable cause) {
        super("drafts are open in another Buildify Designer window (" + dbFile + "); close it and try again",
                cause);
    }
}
