package org.kamgraph.cypher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.RelKind;

/**
 * Named Cypher statements kept as resources under {@code /cypher/NAME.cypher}, with {@code $parameters} for
 * every value. Labels and relationship types cannot be parameters where Neo4j must use an index, so a
 * statement may contain the placeholders {@code {{label}}}, {@code {{extraLabels}}}, {@code {{setExtraLabels}}}, {@code {{from}}},
 * {@code {{to}}} and {@code {{type}}}; they are filled only from the model's enums ({@link NodeKind},
 * {@link RelKind}), never from user input. A rule several statements share is written once, as a fragment that
 * they include when loaded: {@code {{include fragment-NAME}}}, or {@code {{include fragment-NAME VAR}}} to apply it to
 * the variable {@code VAR} (the fragment's {@code _v_}).
 */
public final class Cypher {
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern INCLUDE = Pattern.compile("\\{\\{include (fragment-[\\w-]+)(?: ([A-Za-z_][A-Za-z0-9_]*))?}}");
    private static final Pattern FRAGMENT_VARIABLE = Pattern.compile("\\b_v_\\b");

    private Cypher() {
    }

    /** The statement's text as stored. */
    public static String load(String name) {
        return CACHE.computeIfAbsent(name, Cypher::read);
    }

    /** A statement about nodes of one kind: fills {{label}} and {{extraLabels}} (e.g. {@code :Organization:Account}). */
    public static String forKind(String name, NodeKind kind) {
        String extra = String.join("", kind.extraLabels().stream().map(l -> ":" + quote(l)).toList());
        return fill(load(name), Map.of("label", quote(kind.label()), "extraLabels", extra,
                "setExtraLabels", extra.isEmpty() ? "" : ", n" + extra));
    }

    /** A statement about one relationship kind between two node kinds: fills {{type}}, {{from}} and {{to}}. */
    public static String forRelationship(String name, RelKind rel, NodeKind from, NodeKind to) {
        return fill(load(name), Map.of("type", quote(rel.type()), "from", quote(from.label()), "to", quote(to.label())));
    }

    /** A statement about one relationship kind, whatever it joins: fills {{type}}. */
    public static String forType(String name, RelKind rel) {
        return fill(load(name), Map.of("type", quote(rel.type())));
    }

    private static String fill(String text, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String v = values.get(m.group(1));
            if (v == null) {
                throw new IllegalStateException("No value for placeholder " + m.group(0));
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(v));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String quote(String identifier) {
        if (!IDENTIFIER.matcher(identifier).matches()) {
            throw new IllegalArgumentException("Not an identifier from the model: " + identifier);
        }
        return "`" + identifier + "`";
    }

    private static String read(String name) {
        String path = "/cypher/" + name + ".cypher";
        try (InputStream in = Cypher.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No Cypher statement named " + name + " (" + path + ")");
            }
            return include(stripComments(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Expands {@code {{include fragment-NAME [VAR]}}} with the fragment's text (itself expanded), {@code _v_} as VAR. */
    private static String include(String text) {
        Matcher m = INCLUDE.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String fragment = read(m.group(1));
            if (m.group(2) != null) {
                fragment = FRAGMENT_VARIABLE.matcher(fragment).replaceAll(Matcher.quoteReplacement(m.group(2)));
            } else if (FRAGMENT_VARIABLE.matcher(fragment).find()) {
                throw new IllegalStateException(m.group(1) + " applies to a variable: include it as {{include " + m.group(1) + " VAR}}");
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(fragment));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Drops whole-line {@code //} comments so statement files can explain themselves. */
    static String stripComments(String text) {
        return String.join("\n", text.lines().filter(l -> !l.strip().startsWith("//")).toList()).strip();
    }

    /** Splits a migration script into statements at semicolons that end a line. */
    public static List<String> statements(String script) {
        return java.util.Arrays.stream(stripComments(script).split(";\\s*(\\n|$)"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * The parameters of a statement over pairs of nodes and relationship kinds on a day: {@code $pairs} as
     * {@code {a, b}} element ids, {@code $types} and {@code $asOf}. Mutable, for a statement's own parameters besides.
     */
    public static Map<String, Object> pairParameters(List<Map.Entry<String, String>> pairs, Set<RelKind> kinds, LocalDate asOf) {
        List<Map<String, Object>> ps = new ArrayList<>(pairs.size());
        for (Map.Entry<String, String> e : pairs) {
            ps.add(Map.of("a", e.getKey(), "b", e.getValue()));
        }
        Map<String, Object> p = new HashMap<>();
        p.put("pairs", ps);
        p.put("types", kinds.stream().map(RelKind::type).toList());
        p.put("asOf", asOf);
        return p;
    }
}
