package org.kamgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Cypher statement is parameterized, and labels and relationship types come only from the model's enums:
 * <ul>
 * <li>Cypher text in Java (string literals and text blocks of the api and cypher main sources) is never built by
 * concatenation or formatting;</li>
 * <li>statements run through the driver or the embedded database get a literal or a named statement
 * ({@code Cypher.load/forKind/forRelationship/forType}), never an expression with {@code +};</li>
 * <li>named statements are chosen by literal names;</li>
 * <li>the statement resources under {@code cypher/src/main/resources/cypher} use only the placeholders
 * {@code org.kamgraph.cypher.Cypher} fills from {@code NodeKind}/{@code RelKind}, and dynamic labels and types
 * ({@code $(x)}) only from parameters;</li>
 * <li>the parameters that feed dynamic labels and types ({@code labels}, {@code types}) are built from
 * {@code NodeKind::label}/{@code RelKind::type} in the same file.</li>
 * </ul>
 */
class CypherHygieneTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final List<Path> SOURCES = List.of(ROOT.resolve("api/src/main/java"), ROOT.resolve("cypher/src/main/java"));
    private static final Pattern CYPHER = Pattern.compile(
            "\\b(MATCH \\(|OPTIONAL MATCH|MERGE \\(|CREATE \\(|DETACH DELETE|UNWIND \\$|RETURN [a-z*(]|CALL [a-z]+\\.|SET [a-z]+[.:+ ]|WHERE [a-z]+[.:])");
    private static final Pattern LITERAL = Pattern.compile("\"\"\"(?s:.*?)\"\"\"|\"(?:\\\\.|[^\"\\\\\\n])*\"");
    private static final Pattern EXECUTES = Pattern.compile(
            "\\b(tx|session|runner|db|embedded|transaction|database)\\s*\\.\\s*(run|read|write|execute|executeTransactionally|schema)\\s*\\(");
    private static final Pattern NAMED = Pattern.compile("\\bCypher\\s*\\.\\s*(load|forKind|forRelationship|forType)\\s*\\(");
    private static final Set<String> PLACEHOLDERS = Set.of("label", "extraLabels", "setExtraLabels", "from", "to", "type");

    @Test
    void cypherInJavaIsNeverConcatenatedOrFormatted() {
        List<String> offences = new ArrayList<>();
        int literals = 0;
        for (Path file : javaFiles()) {
            String code = withoutComments(read(file));
            Matcher m = LITERAL.matcher(code);
            while (m.find()) {
                if (!CYPHER.matcher(m.group()).find()) {
                    continue;
                }
                literals++;
                String before = code.substring(Math.max(0, m.start() - 40), m.start()).stripTrailing();
                String after = code.substring(m.end(), Math.min(code.length(), m.end() + 40)).stripLeading();
                if (before.endsWith("+") || after.startsWith("+") || after.startsWith(".formatted(") || after.startsWith(".replace")
                        || before.endsWith("format(") || before.endsWith("append(")) {
                    offences.add(where(file, code, m.start()) + ": " + abbreviate(m.group()));
                }
            }
        }
        assertThat(literals).as("Cypher literals found (the scan works)").isPositive();
        assertThat(offences).as("Cypher built by concatenation or formatting").isEmpty();
    }

    @Test
    void statementsRunAreLiteralsOrNamedStatements() {
        List<String> offences = new ArrayList<>();
        int calls = 0;
        for (Path file : javaFiles()) {
            String code = withoutLiterals(withoutComments(read(file)));
            for (Pattern p : List.of(EXECUTES, NAMED)) {
                Matcher m = p.matcher(code);
                while (m.find()) {
                    calls++;
                    String first = firstArgument(code, m.end());
                    if (first.contains("+") || first.contains("format") || first.contains("concat") || first.contains("StringBuilder")) {
                        offences.add(where(file, code, m.start()) + ": " + m.group().strip() + first + ")");
                    }
                    if (p == NAMED && !first.matches("[\\s\"?:A-Za-z0-9_().!]*")) {
                        offences.add(where(file, code, m.start()) + ": statement name " + first);
                    }
                }
            }
        }
        assertThat(calls).as("statement calls found (the scan works)").isGreaterThan(20);
        assertThat(offences).as("statements built from expressions").isEmpty();
    }

    @Test
    void statementResourcesUseOnlyModelPlaceholdersAndParameters() throws IOException {
        Path dir = ROOT.resolve("cypher/src/main/resources/cypher");
        List<String> offences = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(f -> f.toString().endsWith(".cypher")).toList();
        }
        assertThat(files).hasSizeGreaterThan(20);
        Pattern placeholder = Pattern.compile("\\{\\{(\\w+)}}");
        Pattern dynamic = Pattern.compile("\\$\\(([^)]*)\\)");
        for (Path f : files) {
            String text = read(f);
            Matcher m = placeholder.matcher(text);
            while (m.find()) {
                if (!PLACEHOLDERS.contains(m.group(1))) {
                    offences.add(f.getFileName() + ": placeholder " + m.group());
                }
            }
            Matcher d = dynamic.matcher(text);
            while (d.find()) {
                String inner = d.group(1).strip();
                boolean parameter = inner.matches("\\$[A-Za-z_][A-Za-z0-9_]*");
                boolean fromParameterList = inner.matches("[A-Za-z_][A-Za-z0-9_]*")
                        && Pattern.compile("UNWIND\\s+\\$(labels|types)\\s+AS\\s+" + inner + "\\b").matcher(text).find();
                if (!parameter && !fromParameterList) {
                    offences.add(f.getFileName() + ": dynamic label or type " + d.group());
                }
            }
        }
        assertThat(offences).isEmpty();
    }

    @Test
    void labelAndTypeParametersComeFromTheModel() {
        Pattern param = Pattern.compile("\"(labels|types)\"\\s*,");
        List<String> offences = new ArrayList<>();
        for (Path file : javaFiles()) {
            if (file.toString().contains("/bench/")) {
                continue; // the GDS benchmark passes labels to GDS procedures, not to Cypher
            }
            String code = withoutComments(read(file));
            Matcher m = param.matcher(code);
            while (m.find()) {
                String value = firstArgument(code, m.end());
                boolean direct = value.contains("NodeKind::label") || value.contains("RelKind::type") || value.contains(".label()")
                        || value.contains(".labels()") || value.contains(".type()");
                boolean viaVariable = value.matches("\\s*[A-Za-z_][A-Za-z0-9_]*\\s*")
                        && (code.contains("NodeKind::label") || code.contains("RelKind::type") || code.contains(".label()") || code.contains(".type()"));
                if (!direct && !viaVariable) {
                    offences.add(where(file, code, m.start()) + ": " + m.group() + value);
                }
            }
        }
        assertThat(offences).isEmpty();
    }

    private static List<Path> javaFiles() {
        List<Path> out = new ArrayList<>();
        for (Path root : SOURCES) {
            try (Stream<Path> s = Files.walk(root)) {
                s.filter(p -> p.toString().endsWith(".java")).forEach(out::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertThat(out).hasSizeGreaterThan(50);
        return out;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The code with comments blanked (string literals kept; offsets kept). */
    static String withoutComments(String code) {
        StringBuilder sb = new StringBuilder(code);
        int i = 0;
        while (i < code.length()) {
            if (code.startsWith("\"\"\"", i)) {
                int end = code.indexOf("\"\"\"", i + 3);
                i = end < 0 ? code.length() : end + 3;
            } else if (code.charAt(i) == '"') {
                i++;
                while (i < code.length() && code.charAt(i) != '"' && code.charAt(i) != '\n') {
                    i += code.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
            } else if (code.charAt(i) == '\'') {
                int end = code.indexOf('\'', i + (code.startsWith("'\\", i) ? 3 : 2));
                i = end < 0 ? i + 1 : end + 1;
            } else if (code.startsWith("//", i)) {
                int end = code.indexOf('\n', i);
                end = end < 0 ? code.length() : end;
                blank(sb, i, end);
                i = end;
            } else if (code.startsWith("/*", i)) {
                int end = code.indexOf("*/", i + 2);
                end = end < 0 ? code.length() : end + 2;
                blank(sb, i, end);
                i = end;
            } else {
                i++;
            }
        }
        return sb.toString();
    }

    /** The code with every string literal's content blanked to {@code "x"}-like text of the same length. */
    private static String withoutLiterals(String code) {
        StringBuilder sb = new StringBuilder(code);
        Matcher m = LITERAL.matcher(code);
        while (m.find()) {
            for (int i = m.start() + 1; i < m.end() - 1; i++) {
                if (sb.charAt(i) != '\n') {
                    sb.setCharAt(i, 'x');
                }
            }
        }
        return sb.toString();
    }

    private static void blank(StringBuilder sb, int from, int to) {
        for (int i = from; i < to; i++) {
            if (sb.charAt(i) != '\n') {
                sb.setCharAt(i, ' ');
            }
        }
    }

    /** The text of the first argument of a call whose '(' ends just before {@code from}. */
    private static String firstArgument(String code, int from) {
        int depth = 0;
        for (int i = from; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    return code.substring(from, i);
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                return code.substring(from, i);
            }
        }
        return code.substring(from);
    }

    private static String where(Path file, String code, int offset) {
        long line = code.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
        return ROOT.relativize(file) + ":" + line;
    }

    private static String abbreviate(String s) {
        String t = s.replaceAll("\\s+", " ");
        return t.length() > 100 ? t.substring(0, 100) + "..." : t;
    }
}
