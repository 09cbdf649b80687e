package io.buildify.app.ui;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import java.util.Locale;
import java.util.Objects;

/**
 * Read-only SQL with simple syntax highlighting: a {@link TextFlow} of one {@link Text} per {@link SqlTokens token}
 * (style classes {@code sql-keyword}, {@code sql-type}, {@code sql-identifier}, {@code sql-literal},
 * {@code sql-comment}, {@code sql-plain}) in a scroll pane. No editor component is needed for text nobody edits.
 */
public final class SqlText extends ScrollPane {
    /** Colours of the highlighting and of the migration screens; views that use them add it to their stylesheets. */
    public static final String STYLESHEET = Objects.requireNonNull(SqlText.class.getResource(
            "/io/buildify/app/ui/migration.css"), "missing migration.css").toExternalForm();

    private final TextFlow flow = new TextFlow();

    public SqlText() {
        getStyleClass().add("sql-view");
        flow.getStyleClass().add("sql-flow");
        setContent(flow);
        setFitToWidth(true);
    }

    /** Shows {@code sql} now and whenever {@code source} changes. */
    public SqlText(ObservableStringValue source) {
        this();
        source.addListener((obs, old, now) -> setSql(now));
        setSql(source.get());
    }

    public void setSql(String sql) {
        flow.getChildren().setAll(SqlTokens.tokenize(sql == null ? "" : sql).stream().map(SqlText::text).toList());
    }

    /** The text shown, for tests and copy. */
    public String getSql() {
        StringBuilder all = new StringBuilder();
        flow.getChildren().forEach(node -> all.append(((Text) node).getText()));
        return all.toString();
    }

    private static Text text(SqlTokens.Token token) {
        Text text = new Text(token.text());
        text.getStyleClass().addAll("sql-token", "sql-" + token.kind().name().toLowerCase(Locale.ROOT));
        return text;
    }
}
