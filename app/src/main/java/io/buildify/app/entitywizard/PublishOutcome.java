package io.buildify.app.entitywizard;

import java.util.List;
import java.util.Objects;

/**
 * What the last publish attempt came to, for the result panel of the Preview &amp; publish step.
 *
 * @param kind     success or error ({@link Kind#NONE} before any attempt)
 * @param headline one sentence, e.g. "Published customer as version 1 in 42 ms"
 * @param details  further lines: the executed SQL on success, the server's problems on a validation error
 */
public record PublishOutcome(Kind kind, String headline, List<String> details) {

    public enum Kind { NONE, SUCCESS, ERROR }

    public static final PublishOutcome NONE = new PublishOutcome(Kind.NONE, "", List.of());

    public PublishOutcome {
        Objects.requireNonNull(kind, "kind");
        headline = headline == null ? "" : headline;
        details = List.copyOf(details);
    }

    public static PublishOutcome success(String headline, List<String> details) {
        return new PublishOutcome(Kind.SUCCESS, headline, details);
    }

    public static PublishOutcome error(String headline, List<String> details) {
        return new PublishOutcome(Kind.ERROR, headline, details);
    }
}
