package io.buildify.canvas.internal;

import io.buildify.canvas.Marker;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.Circle;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

import java.util.List;
import java.util.stream.Collectors;

/** A round "!" badge for the worst of an element's markers; the tooltip lists every message. */
final class MarkerBadge extends Group {
    static final double RADIUS = 8;

    private final Tooltip tooltip = new Tooltip();

    MarkerBadge(List<Marker> markers) {
        boolean error = markers.stream().anyMatch(m -> m.severity() == Marker.Severity.ERROR);
        getStyleClass().addAll("marker-badge", error ? "error" : "warning");
        Circle circle = new Circle(RADIUS);
        circle.getStyleClass().add("badge-circle");
        Text mark = new Text(error ? "!" : "?");
        mark.getStyleClass().add("badge-text");
        mark.setTextOrigin(VPos.CENTER);
        mark.setTextAlignment(TextAlignment.CENTER);
        mark.setWrappingWidth(2 * RADIUS);
        mark.setX(-RADIUS);
        getChildren().addAll(circle, mark);
        tooltip.setText(markers.stream().map(m -> (m.severity() == Marker.Severity.ERROR ? "Error: " : "Warning: ")
                + m.message()).collect(Collectors.joining("\n")));
        Tooltip.install(this, tooltip);
    }

    String text() {
        return tooltip.getText();
    }
}
