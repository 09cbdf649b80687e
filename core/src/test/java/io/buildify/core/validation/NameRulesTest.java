package io.buildify.core.validation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class NameRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"customer", "credit_limit", "a", "x1", "order_line_2", "name"})
    void snakeCaseNamesAreAccepted(String name) {
        assertThat(NameRules.checkIdentifier(name)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Customer", "1abc", "_name", "credit-limit", "credit limit", "café", "a\"b", "x;drop"})
    void namesThatAreNotSnakeCaseAreRefused(String name) {
        assertThat(NameRules.checkIdentifier(name)).hasValueSatisfying(m -> assertThat(m).contains("snake_case"));
    }

    @Test
    void emptyAndNullNamesAreRefused() {
        assertThat(NameRules.checkIdentifier("")).contains("a name is required");
        assertThat(NameRules.checkIdentifier(null)).contains("a name is required");
    }

    @Test
    void sixtyThreeBytesFitButSixtyFourDoNot() {
        assertThat(NameRules.checkIdentifier("a".repeat(63))).isEmpty();
        assertThat(NameRules.checkIdentifier("a".repeat(64)))
                .hasValueSatisfying(m -> assertThat(m).contains("64 bytes").contains("at most 63"));
    }

    @Test
    void lengthIsCountedInUtf8Bytes() {
        // 32 two-byte characters are 64 bytes: too long, whatever else is wrong with the name
        assertThat(NameRules.checkIdentifier("é".repeat(32))).hasValueSatisfying(m -> assertThat(m).contains("64 bytes"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"select", "table", "user", "order", "group", "all", "analyse", "analyze", "check",
            "system_user", "authorization", "join", "left", "verbose", "tablesample", "current_schema"})
    void reservedWordsAreRefusedWithAMessageSayingSo(String word) {
        assertThat(NameRules.checkIdentifier(word)).contains("'" + word + "' is a PostgreSQL reserved word");
    }

    @ParameterizedTest
    @ValueSource(strings = {"name", "type", "value", "date", "comment", "index", "key", "status", "integer"})
    void nonReservedKeyWordsAreAllowed(String word) {
        assertThat(NameRules.checkIdentifier(word)).isEmpty();
    }

    @Test
    void reservedWordListHasBothPostgresCategories() {
        // PostgreSQL 17: 78 "reserved" (system_user joined in 16) + 23 "reserved (can be function or type)"
        assertThat(ReservedWords.all()).hasSize(101);
        assertThat(NameRules.isReservedWord("SELECT")).isTrue();
    }
}
