package org.kamgraph.cypher.query;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Turns a user's search text into a safe Lucene query for the full-text index: every Lucene operator is
 * escaped (the text cannot inject syntax), and each word matches as typed, as a prefix, or fuzzily.
 */
public final class LuceneQuery {
    private static final String SPECIAL = "+-&|!(){}[]^\"~*?:\\/";
    /** Longest search text accepted, in characters. */
    public static final int MAX_LENGTH = 200;

    private LuceneQuery() {
    }

    public static String of(String text) {
        String[] words = text.strip().split("\\s+");
        return Arrays.stream(words).filter(w -> !w.isEmpty()).limit(10).map(LuceneQuery::term)
                .collect(Collectors.joining(" AND "));
    }

    private static String term(String word) {
        String w = escape(word.toLowerCase(java.util.Locale.ROOT));
        // Exact, prefix and (for longer words) one-edit fuzzy matches, exact ranking highest.
        return word.length() >= 4 ? "(" + w + "^3 OR " + w + "* OR " + w + "~1)" : "(" + w + "^3 OR " + w + "*)";
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (char c : s.toCharArray()) {
            if (SPECIAL.indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
