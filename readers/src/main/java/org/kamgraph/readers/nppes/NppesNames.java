package org.kamgraph.readers.nppes;

import java.util.Locale;

/** How the registry's upper-case names read in kam-graph: title case, the credential as registered. */
final class NppesNames {
    private NppesNames() {
    }

    /** {@code Ada M. Larsen Jr., MD}: the registry's upper-case names in title case, the credential as registered. */
    static String displayName(String first, String middle, String last, String suffix, String credential) {
        StringBuilder sb = new StringBuilder();
        if (first != null) {
            sb.append(titleCase(first));
        }
        if (middle != null) {
            sb.append(sb.isEmpty() ? "" : " ").append(Character.toUpperCase(middle.charAt(0))).append('.');
        }
        if (last != null) {
            sb.append(sb.isEmpty() ? "" : " ").append(titleCase(last));
        }
        if (suffix != null) {
            sb.append(' ').append(suffix.matches("[IVXivx]+") ? suffix.toUpperCase(Locale.ROOT) : titleCase(suffix));
        }
        if (credential != null) {
            sb.append(", ").append(credential);
        }
        return sb.toString();
    }

    static String titleCase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean start = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = c == ' ' || c == '-' || c == '\'' || c == '.';
        }
        return sb.toString();
    }
}
