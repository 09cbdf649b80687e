package io.buildify.core.validation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * PostgreSQL 17's reserved key words, read once from {@code postgres-reserved-words.txt} next to this class.
 * Kept as a resource so the list can be compared line by line with the PostgreSQL manual when it changes.
 */
final class ReservedWords {
    private static final String RESOURCE = "postgres-reserved-words.txt";
    private static final Set<String> WORDS = load();

    private ReservedWords() {
    }

    static boolean contains(String word) {
        return word != null && WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    static Set<String> all() {
        return WORDS;
    }

    private static Set<String> load() {
        try (InputStream in = ReservedWords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE + " next to " + ReservedWords.class);
            }
            Set<String> words = new TreeSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
