package io.buildify.app.workflow;

import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Completes the role being typed in a role list box from the roles the project already uses (ControlsFX
 * auto-completion). A suggestion is the whole list with the typed role completed, shown as just that role; free
 * text stays possible. The known roles are read on the FX thread when the box gets the focus, because ControlsFX
 * asks for suggestions on a background thread.
 */
final class RoleCompletion {
    private RoleCompletion() {
    }

    /** @param width how wide the list is: the role box with its "+" button (wider, it would pass the window's edge) */
    static AutoCompletionBinding<String> bind(TextField field, ObservableDoubleValue width,
                                              Supplier<List<String>> known) {
        AtomicReference<List<String>> roles = new AtomicReference<>(List.of());
        field.focusedProperty().addListener((obs, was, is) -> {
            if (is) {
                roles.set(List.copyOf(known.get()));
            }
        });
        AutoCompletionBinding<String> binding = TextFields.bindAutoCompletion(field,
                request -> RoleEntries.completions(request.getUserText(), roles.get()));
        binding.setDelay(0);
        binding.prefWidthProperty().bind(width);
        binding.setVisibleRowCount(8); // app.css: 8 rows of 26 px fit the height ControlsFX gives them
        binding.getAutoCompletionPopup().getStyleClass().add("role-completion");
        binding.getAutoCompletionPopup().setConverter(new StringConverter<>() {
            @Override
            public String toString(String completedList) {
                return RoleEntries.typed(completedList);
            }

            @Override
            public String fromString(String role) {
                return role;
            }
        });
        return binding;
    }
}
