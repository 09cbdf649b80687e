package io.buildify.app.ui;

import io.buildify.app.ui.SqlTokens.Kind;
import io.buildify.app.ui.SqlTokens.Token;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class SqlTokensTest {

    private static List<Token> of(Kind kind, List<Token> tokens) {
        return tokens.stream().filter(t -> t.kind() == kind).toList();
    }

    @Test
    void keywordsTypesIdentifiersAndLiteralsAreTold() {
        List<Token> tokens = SqlTokens.tokenize(
                "ALTER TABLE \"customer\" ADD COLUMN \"credit_limit\" NUMERIC(12, 2) DEFAULT 'none';");

        assertThat(of(Kind.KEYWORD, tokens)).extracting(Token::text)
                .containsExactly("ALTER", "TABLE", "ADD", "COLUMN", "DEFAULT");
        assertThat(of(Kind.TYPE, tokens)).extracting(Token::text).containsExactly("NUMERIC");
        assertThat(of(Kind.IDENTIFIER, tokens)).extracting(Token::text)
                .containsExactly("\"customer\"", "\"credit_limit\"");
        assertThat(of(Kind.LITERAL, tokens)).extracting(Token::text).containsExactly("12", "2", "'none'");
    }

    @Test
    void doubledQuotesStayInsideTheirTokenAndKeywordsInsideQuotesAreNotKeywords() {
        List<Token> tokens = SqlTokens.tokenize("COMMENT ON TABLE \"a\"\"b\" IS 'it''s a TABLE';");

        assertThat(of(Kind.IDENTIFIER, tokens)).extracting(Token::text).containsExactly("\"a\"\"b\"");
        assertThat(of(Kind.LITERAL, tokens)).extracting(Token::text).containsExactly("'it''s a TABLE'");
        assertThat(of(Kind.KEYWORD, tokens)).extracting(Token::text).containsExactly("COMMENT", "ON", "TABLE", "IS");
    }

    @Test
    void digitsInsideNamesAndCommentsAreNotLiterals() {
        List<Token> tokens = SqlTokens.tokenize("-- step 1\nDROP INDEX idx_2;");

        assertThat(of(Kind.COMMENT, tokens)).extracting(Token::text).containsExactly("-- step 1");
        assertThat(of(Kind.LITERAL, tokens)).isEmpty();
    }

    @Test
    void joiningTheTokensGivesTheInputBackEvenWhenAQuoteIsNotClosed() {
        String sql = "CREATE TABLE \"x\" (\n  \"id\" BIGSERIAL PRIMARY KEY,\n  \"n\" TEXT\n);\nSELECT 'open";

        assertThat(SqlTokens.tokenize(sql).stream().map(Token::text).collect(Collectors.joining())).isEqualTo(sql);
    }
}
