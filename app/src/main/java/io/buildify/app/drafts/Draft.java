package io.buildify.app.drafts;

/**
 * What every stored draft has, whatever it holds (an entity, a workflow): its current definition and the one last
 * published (null if never), which together give its status.
 *
 * @param <D> the kind of definition
 */
public interface Draft<D> {
    D definition();

    D publishedSnapshot();

    /** DRAFT if never published, PUBLISHED if the definition equals the published snapshot, CHANGED otherwise. */
    default DraftStatus status() {
        return DraftStatus.of(definition(), publishedSnapshot());
    }
}
