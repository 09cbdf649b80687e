package io.buildify.core.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.buildify.core.model.EntityDefinition;
import io.buildify.core.model.Names;
import io.buildify.core.model.Project;
import io.buildify.core.model.WorkflowDefinition;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.Objects;
import java.util.Set;

/**
 * Reads and writes a definition, or a whole project, as a stable, versioned JSON file (SPEC §3):
 * <pre>{"format_version": 1, "kind": "entity" | "workflow" | "project", "definition": {…}}</pre>
 * Files are pretty-printed with a fixed property order so they diff well in version control. A file written by a
 * newer program (higher {@code format_version}) is refused rather than half-read.
 */
public final class DefinitionFiles {
    /** The format this program writes and the newest it reads. */
    public static final int FORMAT_VERSION = 1;
    private static final Set<String> ENVELOPE_FIELDS = Set.of("format_version", "kind", "definition");

    private DefinitionFiles() {
    }

    public static String toJson(EntityDefinition entity) {
        return write(DefinitionKind.ENTITY, Objects.requireNonNull(entity, "entity"));
    }

    public static String toJson(WorkflowDefinition workflow) {
        return write(DefinitionKind.WORKFLOW, Objects.requireNonNull(workflow, "workflow"));
    }

    /** A project file: definitions sorted by name, so the file only changes where the design does. */
    public static String toJson(Project project) {
        return write(DefinitionKind.PROJECT, Objects.requireNonNull(project, "project").canonical());
    }

    public static void write(Path file, Project project) throws IOException {
        writeAtomically(file, toJson(project));
    }

    public static Project readProject(String json) {
        return read(json, DefinitionKind.PROJECT, Project.class);
    }

    public static Project readProject(Path file) throws IOException {
        return readProject(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** Writes through a temporary file and a move, so a crash never leaves half a file behind. */
    public static void write(Path file, EntityDefinition entity) throws IOException {
        writeAtomically(file, toJson(entity));
    }

    public static void write(Path file, WorkflowDefinition workflow) throws IOException {
        writeAtomically(file, toJson(workflow));
    }

    /** The kind a file declares, after checking its envelope. */
    public static DefinitionKind kindOf(String json) {
        return readEnvelope(json);
    }

    public static EntityDefinition readEntity(String json) {
        return read(json, DefinitionKind.ENTITY, EntityDefinition.class);
    }

    public static WorkflowDefinition readWorkflow(String json) {
        return read(json, DefinitionKind.WORKFLOW, WorkflowDefinition.class);
    }

    public static EntityDefinition readEntity(Path file) throws IOException {
        return readEntity(Files.readString(file, StandardCharsets.UTF_8));
    }

    public static WorkflowDefinition readWorkflow(Path file) throws IOException {
        return readWorkflow(Files.readString(file, StandardCharsets.UTF_8));
    }

    private static String write(DefinitionKind kind, Object definition) {
        // Written from a record, not a JsonNode tree: trees strip trailing zeros from decimals (0.00 -> 0).
        Envelope envelope = new Envelope(FORMAT_VERSION, kind, definition);
        try {
            return JsonCodec.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(envelope) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a " + kind.code() + " definition as JSON", e);
        }
    }

    /** The file's top level, in the order it is written. */
    private record Envelope(int formatVersion, DefinitionKind kind, Object definition) {
    }

    private static void writeAtomically(Path file, String content) throws IOException {
        Path target = file.toAbsolutePath();
        Path temp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        try {
            Files.writeString(temp, content, StandardCharsets.UTF_8);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static <T> T read(String json, DefinitionKind expected, Class<T> type) {
        DefinitionKind kind = readEnvelope(json);
        if (kind != expected) {
            throw new DefinitionFileException("this file holds a " + kind.code() + " definition, not a "
                    + expected.code());
        }
        // Bind from the original text (not from the tree) so errors carry real line and column numbers.
        try (JsonParser parser = JsonCodec.mapper().createParser(json)) {
            parser.nextToken();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                if (name.equals("definition")) {
                    return JsonCodec.mapper().readValue(parser, type);
                }
                parser.skipChildren();
            }
            throw new DefinitionFileException("the file has no \"definition\"");
        } catch (JsonProcessingException e) {
            throw located(e, "definition");
        } catch (IOException e) {
            throw new DefinitionFileException("cannot read the definition: " + e.getMessage());
        }
    }

    /** Checks format_version, kind and definition, and returns the kind. */
    private static DefinitionKind readEnvelope(String json) {
        Objects.requireNonNull(json, "json");
        JsonNode root;
        try {
            root = JsonCodec.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw located(e, "");
        }
        if (root == null || root.isMissingNode()) {
            throw new DefinitionFileException("the file is empty");
        }
        if (!root.isObject()) {
            throw new DefinitionFileException("a definition file is a JSON object with format_version, kind and "
                    + "definition");
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!ENVELOPE_FIELDS.contains(name)) {
                throw new DefinitionFileException("unknown envelope property \"" + name + "\"", -1, -1, name, null);
            }
        }
        JsonNode version = root.get("format_version");
        if (version == null || !version.isIntegralNumber()) {
            throw new DefinitionFileException("format_version is missing or not a whole number", -1, -1,
                    "format_version", null);
        }
        if (version.asInt() > FORMAT_VERSION) {
            throw new DefinitionFileException("the file has format_version " + version.asInt()
                    + ", written by a newer Buildify Designer; this one reads up to " + FORMAT_VERSION
                    + ". Update the application to open it.", -1, -1, "format_version", null);
        }
        if (version.asInt() < 1) {
            throw new DefinitionFileException("format_version " + version.asInt() + " does not exist", -1, -1,
                    "format_version", null);
        }
        JsonNode kindNode = root.get("kind");
        DefinitionKind kind = kindNode == null ? null : DefinitionKind.ofCode(kindNode.asText());
        if (kind == null) {
            throw new DefinitionFileException("kind must be \"entity\", \"workflow\" or \"project\"", -1, -1, "kind",
                    null);
        }
        JsonNode definition = root.get("definition");
        if (definition == null || !definition.isObject()) {
            throw new DefinitionFileException("definition is missing or not a JSON object", -1, -1, "definition",
                    null);
        }
        return kind;
    }

    private static DefinitionFileException located(JsonProcessingException e, String pathPrefix) {
        JsonLocation location = e.getLocation();
        int line = location == null ? -1 : location.getLineNr();
        int column = location == null ? -1 : location.getColumnNr();
        String path = pathPrefix;
        if (e instanceof JsonMappingException mapping) {
            path = pathOf(pathPrefix, mapping);
        }
        String problem = e.getOriginalMessage();
        if (e instanceof ValueInstantiationException && e.getCause() instanceof NullPointerException missing) {
            // the records guard required components with Objects.requireNonNull(value, "name")
            problem = "required property '" + Names.snakeCaseOf(missing.getMessage()) + "' is missing";
        } else if (problem != null && problem.startsWith("Cannot map `null` into type")) {
            // the shared mapper refuses null (and absent) numbers and booleans rather than guessing 0/false
            problem = "a value is required here; numbers and true/false settings cannot be null or left out";
        }
        return new DefinitionFileException(problem, line, column, path, e);
    }

    /** {@code definition.fields[2].type} from Jackson's reference chain. */
    private static String pathOf(String prefix, JsonMappingException e) {
        StringBuilder path = new StringBuilder(prefix);
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.length() > 0 ? "." : "").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
