package io.buildify.app.projectfiles;

import io.buildify.core.json.DefinitionKind;

/** Asks the user about one imported definition whose name exists; the dialog only asks, the ViewModel acts. */
@FunctionalInterface
public interface ImportConflictResolver {

    /**
     * @param kind {@link DefinitionKind#ENTITY} or {@link DefinitionKind#WORKFLOW}
     * @param name the name the imported definition and an existing draft share
     */
    ImportChoice choose(DefinitionKind kind, String name);
}
