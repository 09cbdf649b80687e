package io.buildify.core.migration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SqlIdentifiersTest {

    @Test
    void validNamesAreDoubleQuoted() {
        assertThat(SqlIdentifiers.quote("credit_limit")).isEqualTo("\"credit_limit\"");
    }

    @Test
    void reservedWordsAreQuotedBecauseQuotingMakesThemSafe() {
        assertThat(SqlIdentifiers.quote("order")).isEqualTo("\"order\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Name", "a\"b", "a b", "x;drop table t", "1a", "é"})
    void anythingElseIsRefused(String name) {
        assertThatThrownBy(() -> SqlIdentifiers.quote(name)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a valid SQL identifier");
    }

    @Test
    void namesLongerThanPostgresKeepsAreRefused() {
        assertThat(SqlIdentifiers.quote("a".repeat(63))).hasSize(65);
        assertThatThrownBy(() -> SqlIdentifiers.quote("a".repeat(64))).hasMessageContaining("63 bytes");
    }

    @Test
    void stringLiteralsDoubleQuotesAndProtectBackslashes() {
        assertThat(SqlLiterals.string("O'Brien")).isEqualTo("'O''Brien'");
        assertThat(SqlLiterals.string("a\\'b")).isEqualTo("E'a\\\\''b'");
        assertThatThrownBy(() -> SqlLiterals.string("a\0b")).hasMessageContaining("NUL");
        assertThat(SqlLiterals.textArray(List.of())).isEqualTo("'{}'::text[]");
    }

    @Test
    void shortConstraintNamesAreKeptAsIs() {
        assertThat(ConstraintNames.of("customer", "email", "key")).isEqualTo("customer_email_key");
    }

    @Test
    void longConstraintNamesAreCutDeterministicallyAndStayDistinct() {
        // both names share their first 54 bytes, so plain truncation would make them equal
        String a = ConstraintNames.of("t".repeat(40), "column_" + "x".repeat(20) + "_a", "key");
        String b = ConstraintNames.of("t".repeat(40), "column_" + "x".repeat(20) + "_b", "key");
        assertThat(a).hasSize(63).matches("[a-z0-9_]+").isEqualTo(
                ConstraintNames.of("t".repeat(40), "column_" + "x".repeat(20) + "_a", "key"));
        assertThat(a.substring(0, 54)).isEqualTo(b.substring(0, 54));
        assertThat(a).isNotEqualTo(b);
    }
}
