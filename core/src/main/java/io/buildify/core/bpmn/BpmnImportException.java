package io.buildify.core.bpmn;

/**
 * A file could not be imported as BPMN at all: not well-formed XML, a DOCTYPE (refused for security), not BPMN 2.0,
 * or no process in it. The message names the problem and, where the parser knows it, the line and column.
 * Elements that are BPMN but have no counterpart in a workflow are not errors: they are listed in
 * {@link BpmnImportResult#dropped()}.
 */
public class BpmnImportException extends RuntimeException {
    private final int line;
    private final int column;

    public BpmnImportException(String problem, int line, int column, Throwable cause) {
        super(line > 0 ? "line " + line + (column > 0 ? ", column " + column : "") + ": " + problem : problem, cause);
        this.line = line;
        this.column = column;
    }

    public BpmnImportException(String problem) {
        this(problem, -1, -1, null);
    }

    /** 1-based line of the problem, or -1 when unknown. */
    public int line() {
        return line;
    }

    /** 1-based column of the problem, or -1 when unknown. */
    public int column() {
        return column;
    }
}
