package io.buildify.app.ui;

import io.buildify.app.entitywizard.ItemRow;
import io.buildify.core.model.FieldDefinition;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableRow;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Objects;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** What the wizard's click-through tests do again and again, done the way a user does it. */
public final class WizardRobot extends FxRobot {

    /** Selects the whole text of a field and types {@code text} over it. */
    public WizardRobot replaceText(String query, String text) {
        clickOn(query);
        push(KeyCode.CONTROL, KeyCode.A);
        if (text.isEmpty()) {
            push(KeyCode.BACK_SPACE);
        } else {
            write(text);
        }
        assertThat(lookup(query).queryAs(TextInputControl.class).getText()).isEqualTo(text);
        return this;
    }

    /** Opens the combo box and clicks the item shown as {@code shownText}. */
    public WizardRobot choose(String comboQuery, String shownText) {
        ComboBox<?> combo = lookup(comboQuery).queryAs(ComboBox.class);
        clickOn(combo);
        Node cell = lookup(".combo-box-popup .list-cell")
                .match((ListCell<?> c) -> c.isVisible() && shownText.equals(c.getText())).query();
        clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(combo.getConverter() == null ? String.valueOf(combo.getValue())
                : ((ComboBox<Object>) combo).getConverter().toString(combo.getValue())).isEqualTo(shownText);
        return this;
    }

    /** Clicks the item of a list view that prints as {@code text}. */
    public WizardRobot clickListItem(String listQuery, String text) {
        return clickListItem(listQuery, item -> text.equals(String.valueOf(item)), text);
    }

    /** Scrolls to and clicks the first item of a list view that {@code matches}. */
    public WizardRobot clickListItem(String listQuery, Predicate<Object> matches, String description) {
        @SuppressWarnings("unchecked")
        ListView<Object> list = lookup(listQuery).queryAs(ListView.class);
        Object item = list.getItems().stream().filter(matches).findFirst()
                .orElseThrow(() -> new AssertionError("no item '" + description + "' in " + listQuery));
        interact(() -> list.scrollTo(item));
        WaitForAsyncUtils.waitForFxEvents(); // cells follow the scroll on the next pulse
        Node cell = from(list).lookup(".list-cell").match((ListCell<?> c) -> item.equals(c.getItem())).query();
        clickOn(cell);
        return this;
    }

    /** The row of table {@code tableQuery} whose item prints as {@code text} ({@link Object#toString}). */
    public TableRow<?> tableRow(String tableQuery, String text) {
        return from(lookup(tableQuery).queryParent()).lookup(".table-row-cell")
                .match((TableRow<?> r) -> r.getItem() != null && Objects.equals(text, shown(r.getItem())))
                .query();
    }

    /** What identifies a row's item for a test: a field's name, else the item's text. */
    private static String shown(Object item) {
        return item instanceof ItemRow<?> row && row.item() instanceof FieldDefinition field ? field.name()
                : item.toString();
    }

    /** The first visible error message beside a control (warnings, such as publish order, are skipped). */
    public String visibleProblem() {
        return lookup(".problem-message").match(n -> n.isVisible() && n.getPseudoClassStates().stream()
                .noneMatch(p -> p.getPseudoClassName().equals("warning"))).queryAs(Label.class).getText();
    }

    /** The first visible warning beside a control. */
    public String visibleWarning() {
        return lookup(".problem-message").match(n -> n.isVisible() && n.getPseudoClassStates().stream()
                .anyMatch(p -> p.getPseudoClassName().equals("warning"))).queryAs(Label.class).getText();
    }

    public boolean nextDisabled() {
        return lookup("#nextButton").query().isDisabled();
    }

    public String stepProblems() {
        return lookup("#stepProblems").queryAs(Label.class).getText();
    }
}
