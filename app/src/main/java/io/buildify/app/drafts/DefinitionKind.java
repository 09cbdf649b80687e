package io.buildify.app.drafts;

import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;

/**
 * What {@link JdbcDefinitionStore} needs to know about one kind of definition: its table, the noun that names it in
 * messages and the edit log ("entity"), its JSON type, its id and name, the public draft record a row becomes, and
 * the edit log's wording for a save and a publish (a delete is always "deleted <noun> 'name'").
 *
 * @param <D> the definition type, e.g. {@code EntityDefinition}
 * @param <R> the draft record handed out, e.g. {@code EntityDraft}
 */
record DefinitionKind<D, R>(DraftTable table, String noun, Class<D> type, Function<D, String> id,
                            Function<D, String> name, DraftFactory<D, R> draft, SavedSummary<D> savedSummary,
                            PublishedSummary<D> publishedSummary) {

    /** Builds the public draft record from a stored row (a record's canonical constructor fits). */
    @FunctionalInterface
    interface DraftFactory<D, R> {
        R of(D definition, int baseVersion, D publishedSnapshot, Instant updatedAt);
    }

    /** The edit-log line of a save; {@code before} is null when the save creates the draft. */
    @FunctionalInterface
    interface SavedSummary<D> {
        String of(D before, D after);
    }

    /** The edit-log line of {@code snapshot} being published as {@code version}. */
    @FunctionalInterface
    interface PublishedSummary<D> {
        String of(D snapshot, int version);
    }

    DefinitionKind {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(noun, "noun");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(savedSummary, "savedSummary");
        Objects.requireNonNull(publishedSummary, "publishedSummary");
    }

    /** How messages name one definition: "entity 'customer' (1234)". */
    String describe(String name, String id) {
        return noun + " '" + name + "' (" + id + ")";
    }
}
