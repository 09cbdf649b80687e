package io.buildify.app.workflow;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Role list text: problems named, completions of the role being typed, the text after choosing one. */
class RoleEntriesTest {
    private static final List<String> KNOWN = List.of("clerk", "finance_clerk", "finance_manager", "manager");

    @Test
    void wellFormedListsAndTheRoleBeingTypedAreFine() {
        assertThat(RoleEntries.problem("")).isEmpty();
        assertThat(RoleEntries.problem("manager")).isEmpty();
        assertThat(RoleEntries.problem(" manager ,finance ")).isEmpty();
        assertThat(RoleEntries.problem("manager, ")).isEmpty(); // the next role is being typed
    }

    @Test
    void emptyEntriesSpacesInNamesAndDuplicatesAreNamed() {
        assertThat(RoleEntries.problem("manager,, finance")).isEqualTo(
                "An empty role between commas: remove the extra comma");
        assertThat(RoleEntries.problem(" , manager")).contains("empty role");
        assertThat(RoleEntries.problem("area manager")).isEqualTo(
                "A role name has no spaces: 'area manager' (e.g. area_manager)");
        assertThat(RoleEntries.problem("manager,\tfinance\tlead")).contains("'finance\tlead'");
        assertThat(RoleEntries.problem("manager, finance, manager")).isEqualTo("'manager' is listed twice");
    }

    @Test
    void completionsFitTheRoleBeingTypedAndSkipListedOnes() {
        assertThat(RoleEntries.completions("fin", KNOWN)).containsExactly("finance_clerk", "finance_manager");
        assertThat(RoleEntries.completions("FIN", KNOWN)).containsExactly("finance_clerk", "finance_manager");
        assertThat(RoleEntries.completions("finance_clerk, fin", KNOWN)).containsExactly(
                "finance_clerk, finance_manager");
        assertThat(RoleEntries.completions("manager, ", KNOWN)).containsExactly(
                "manager, clerk", "manager, finance_clerk", "manager, finance_manager");
        assertThat(RoleEntries.completions("manager", KNOWN)).isEmpty(); // typed out in full
        assertThat(RoleEntries.completions("auditor", KNOWN)).isEmpty();
    }

    @Test
    void choosingReplacesOnlyTheRoleBeingTyped() {
        assertThat(RoleEntries.typed("manager, fi")).isEqualTo("fi");
        assertThat(RoleEntries.complete("man", "manager")).isEqualTo("manager");
        assertThat(RoleEntries.complete("manager,fi", "finance_clerk")).isEqualTo("manager, finance_clerk");
        assertThat(RoleEntries.typed(RoleEntries.complete("a, b, c", "clerk"))).isEqualTo("clerk");
    }
}
