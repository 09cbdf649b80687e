package io.buildify.app.ui;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;

/** Read-only table columns as the app's lists use them. */
public final class Tables {
    /** Times in lists: "Nov 22, 23:05:12" in the computer's time zone. */
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MMM d, HH:mm:ss", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    private Tables() {
    }

    /** A text column at least {@code width} wide (the last column takes what is left; short ones never truncate). */
    public static <T> TableColumn<T, String> column(String title, double width, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setMinWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    /** {@link #TIME}, or empty for null. */
    public static String time(Instant at) {
        return at == null ? "" : TIME.format(at);
    }
}
