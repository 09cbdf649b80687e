package io.buildify.core.sql;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Which names of a WHERE are surely column references, and which words are left out as something else. */
class WhereReferencesTest {

    @Test
    void listsBareNamesInLowerCaseAndQuotedNamesAsWritten() {
        assertThat(WhereReferences.columnNames("Status = 'open' AND \"Amount\" > 0 AND status IS NOT NULL"))
                .hasValueSatisfying(names -> assertThat(names).containsExactly("status", "Amount"));
    }

    @Test
    void leavesOutLiteralsNumbersFunctionsAndKeywords() {
        assertThat(WhereReferences.columnNames("lower(name) LIKE 'a%' AND total BETWEEN 1e5 AND 2 "
                + "AND CASE WHEN flag THEN true ELSE false END AND kind IN ('a', 'b') AND code IS DISTINCT FROM x"))
                .hasValueSatisfying(names -> assertThat(names)
                        .containsExactly("name", "total", "flag", "kind", "code", "x"));
    }

    @Test
    void leavesOutMultiWordTypesAfterCastsAndInTypedLiterals() {
        assertThat(WhereReferences.columnNames("a::double precision > 0 AND b::character varying <> '' "
                + "AND cast(c as double precision) > 0 AND d::timestamp with time zone > timestamp with time zone "
                + "'2024-01-01' AND e::time without time zone > time '08:00' AND f > double precision '1.5' "
                + "AND g::character varying(20) <> '' AND h::timestamp(3) with time zone IS NOT NULL"))
                .hasValueSatisfying(names -> assertThat(names)
                        .containsExactly("a", "b", "c", "d", "e", "f", "g", "h"));
    }

    @Test
    void leavesOutExtractFieldsIntervalsCollationsAndQualifiedNames() {
        assertThat(WhereReferences.columnNames("extract(year from a) = 2024 AND extract(epoch from b) > 0 "
                + "AND c > date '2024-01-01' + interval '1 day' AND d < interval '1' day to second "
                + "AND e COLLATE \"C\" > 'x' AND customer.f IS NULL AND g AT TIME ZONE 'UTC' > '2024-01-01' "
                + "AND substring(h from 1 for 2) = 'ab' AND i <> U&'abc' AND j IS NFC NORMALIZED "
                + "AND k > current_date"))
                .hasValueSatisfying(names -> assertThat(names)
                        .containsExactly("a", "b", "c", "d", "e", "g", "h", "i", "j", "k"));
    }

    @Test
    void namesNextToContinuationWordsStillCountWhenNoTypeIsOpen() {
        assertThat(WhereReferences.columnNames("status = 1 AND day = 2 AND year IS NULL"))
                .hasValueSatisfying(names -> assertThat(names).containsExactly("status", "day", "year"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"name ~ E'\\\\d+'", "\"a\\b\" IS NULL"})
    void aBackslashIsNotFollowedSoNothingIsClaimed(String where) {
        assertThat(WhereReferences.columnNames(where)).isEmpty();
    }

    @Test
    void nothingToReadIsNoNames() {
        assertThat(WhereReferences.columnNames("true")).hasValueSatisfying(names -> assertThat(names).isEmpty());
        assertThat(WhereReferences.columnNames(null)).isEmpty();
    }
}
