package io.buildify.app.entitywizard;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DestructiveChangeTest {

    @Test
    void archivingSaysTheDataIsKept() {
        DestructiveChange change = DestructiveChange.of("archive_column", "customer.phone");

        assertThat(change.keepsData()).isTrue();
        assertThat(change.sentence()).startsWith("Archive column customer.phone").contains("kept");
    }

    @Test
    void droppingSaysTheDataIsGone() {
        DestructiveChange column = DestructiveChange.of("drop_column", "customer.phone");
        DestructiveChange table = DestructiveChange.of("drop_table", "customer");

        assertThat(column.keepsData()).isFalse();
        assertThat(column.sentence()).contains("deleted for good");
        assertThat(table.sentence()).startsWith("Drop table customer").contains("rows are deleted");
    }

    @Test
    void anUnknownKindStillNamesTheObject() {
        assertThat(DestructiveChange.of("drop_constraint", null).sentence()).isEqualTo(
                "drop constraint this object: may lose data.");
    }
}
