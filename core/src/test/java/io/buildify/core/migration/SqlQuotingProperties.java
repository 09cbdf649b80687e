package io.buildify.core.migration;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

import static org.assertj.core.api.Assertions.assertThat;

/** Properties of quoting that must hold for any input, not just the examples in SqlIdentifiersTest. */
class SqlQuotingProperties {

    @Property(tries = 2000)
    void quoteEitherRefusesOrWrapsExactlyOneBalancedIdentifier(@ForAll @StringLength(max = 80) String name) {
        String quoted;
        try {
            quoted = SqlIdentifiers.quote(name);
        } catch (IllegalArgumentException refused) {
            return;
        }
        assertThat(quoted).startsWith("\"").endsWith("\"");
        assertThat(quoted.substring(1, quoted.length() - 1)).isEqualTo(name).doesNotContain("\"");
    }

    @Property(tries = 2000)
    void stringLiteralReadsBackAsTheOriginalValue(@ForAll @StringLength(max = 60) String value) {
        if (value.indexOf('\0') >= 0) {
            return; // refused: PostgreSQL text cannot hold NUL
        }
        assertThat(unquote(SqlLiterals.string(value))).isEqualTo(value);
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
                assertThat(i).as("literal ends only at its last character: " + literal).isEqualTo(body.length() - 1);
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
