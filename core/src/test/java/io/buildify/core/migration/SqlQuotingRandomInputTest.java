package io.buildify.core.migration;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quoting must hold for any input, not just the examples in SqlIdentifiersTest: thousands of random strings
 * (fixed seed, so a failure is reproducible) drawn from an alphabet rich in quotes, backslashes and separators.
 */
class SqlQuotingRandomInputTest {
    private static final String ALPHABET = "abcxyz019_AZ \"'\\;-/*$\té€\n";
    private static final int TRIES = 5000;

    private static String randomString(Random random, int maxLength) {
        int length = random.nextInt(maxLength + 1);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(random.nextInt(4) == 0 ? (char) random.nextInt(0x3000)
                    : ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }

    @Test
    void quoteEitherRefusesOrWrapsExactlyOneBalancedIdentifier() {
        Random random = new Random(20261122L);
        int accepted = 0;
        for (int i = 0; i < TRIES; i++) {
            String name = i % 2 == 0 ? randomString(random, 70) : "a" + randomString(random, 70)
                    .replaceAll("[^a-z0-9_]", "");
            String quoted;
            try {
                quoted = SqlIdentifiers.quote(name);
            } catch (IllegalArgumentException refused) {
                continue;
            }
            accepted++;
            assertThat(quoted).startsWith("\"").endsWith("\"");
            assertThat(quoted.substring(1, quoted.length() - 1)).isEqualTo(name).doesNotContain("\"");
        }
        assertThat(accepted).as("some inputs must be valid, or the test proves nothing").isGreaterThan(TRIES / 4);
    }

    @Test
    void stringLiteralReadsBackAsTheOriginalValue() {
        Random random = new Random(42L);
        for (int i = 0; i < TRIES; i++) {
            String value = randomString(random, 60).replace("\0", "");
            assertThat(unquote(SqlLiterals.string(value))).isEqualTo(value);
        }
    }

    /** Reads a literal the way PostgreSQL does, failing on any quote that would end it early. */
    private static String unquote(String literal) {
        boolean escaped = literal.startsWith("E'");
        String body = literal.substring(escaped ? 2 : 1);
        StringBuilder value = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\'') {
                if (i + 1 < body.length() && body.charAt(i + 1) == '\'') {
                    value.append('\'');
                    i++;
                    continue;
                }
                assertThat(i).as("the literal ends only at its last character: " + literal)
                        .isEqualTo(body.length() - 1);
                return value.toString();
            }
            if (escaped && c == '\\') {
                assertThat(body.charAt(i + 1)).as("only doubled backslashes in " + literal).isEqualTo('\\');
                value.append('\\');
                i++;
                continue;
            }
            value.append(c);
        }
        throw new AssertionError("unterminated literal " + literal);
    }
}
