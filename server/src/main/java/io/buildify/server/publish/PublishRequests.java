package io.buildify.server.publish;

import io.buildify.core.api.PublishRequest;
import io.buildify.core.api.PublishedEntity;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.validation.EntityValidator;
import io.buildify.core.validation.InvalidDefinitionException;
import io.buildify.core.validation.ValidationProblem;
import io.buildify.server.ApiException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The checks a preview and a publish share, before anything is planned: shape, name, validity, base version. */
final class PublishRequests {
    private PublishRequests() {
    }

    /** The request's definition, once it is present, named like the path and free of validation errors. */
    static EntityDefinition validDefinition(String pathName, PublishRequest request) {
        if (request.definition() == null) {
            throw ApiException.badRequest("the request needs a 'definition'", Map.of("path", "definition"));
        }
        EntityDefinition definition = request.definition();
        if (!definition.name().equals(pathName)) {
            throw ApiException.badRequest("the path names entity '" + pathName + "' but the definition is named '"
                    + definition.name() + "'", Map.of("path_name", pathName, "definition_name", definition.name()));
        }
        if (request.baseVersion() < 0) {
            throw ApiException.badRequest("base_version must be 0 (new entity) or a published version, was "
                    + request.baseVersion(), Map.of("path", "base_version"));
        }
        List<ValidationProblem> problems = EntityValidator.validate(definition);
        if (problems.stream().anyMatch(ValidationProblem::isError)) {
            throw new InvalidDefinitionException(problems);
        }
        return definition;
    }

    /** Refuses a draft based on another version than the current one: it would overwrite someone's change. */
    static void requireCurrentBase(PublishRequest request, String name, Optional<PublishedEntity> current) {
        requireCurrentBase("entity", name, request.baseVersion(), current.map(PublishedEntity::version).orElse(0));
    }

    /**
     * The 409 of every publish (entities and workflows): {@code kind} names what is published, {@code
     * currentVersion} is 0 when nothing is published yet.
     */
    static void requireCurrentBase(String kind, String name, int baseVersion, int currentVersion) {
        if (baseVersion == currentVersion) {
            return;
        }
        String message = currentVersion == 0
                ? kind + " '" + name + "' has never been published, but the draft claims base version " + baseVersion
                : kind + " '" + name + "' is at version " + currentVersion + " but the draft is based on "
                        + (baseVersion == 0 ? "nothing (a new " + kind + ")" : "version " + baseVersion)
                        + "; reload the published version and apply your changes again";
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("base_version", baseVersion);
        details.put("current_version", currentVersion);
        throw new ApiException(409, "conflict", message, details);
    }
}
