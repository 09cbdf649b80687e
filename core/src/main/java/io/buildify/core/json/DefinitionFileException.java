package io.buildify.core.json;

/**
 * A definition file could not be read: broken JSON, a missing or unknown envelope field, a format version newer
 * than this program reads, or a definition that does not match the model. The message names the problem and,
 * when known, where it is ({@code line}, {@code column}, and the JSON {@code path} such as
 * {@code definition.fields[2].type}).
 */
public class DefinitionFileException extends RuntimeException {
    private final int line;
    private final int column;
    private final String path;

    public DefinitionFileException(String problem, int line, int column, String path, Throwable cause) {
        super(describe(problem, line, column, path), cause);
        this.line = line;
        this.column = column;
        this.path = path == null ? "" : path;
    }

    public DefinitionFileException(String problem) {
        this(problem, -1, -1, "", null);
    }

    /** 1-based line of the problem, or -1 when unknown. */
    public int line() {
        return line;
    }

    /** 1-based column of the problem, or -1 when unknown. */
    public int column() {
        return column;
    }

    /** JSON path of the offending value, e.g. {@code definition.fields[2].type}; empty when not known. */
    public String path() {
        return path;
    }

    private static String describe(String problem, int line, int column, String path) {
        StringBuilder text = new StringBuilder();
        if (line > 0) {
            text.append("line ").append(line);
            if (column > 0) {
                text.append(", column ").append(column);
            }
        }
        if (path != null && !path.isEmpty()) {
            text.append(text.length() > 0 ? " " : "").append("at ").append(path);
        }
        return text.length() == 0 ? problem : text + ": " + problem;
    }
}
