package org.kamgraph.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/MODEL.md in step with the model: the section between the markers must be what
 * {@link ModelReference} generates, and the Mermaid diagram must show every legal join (at the level of its
 * boxes) and nothing the model forbids. Run with {@code -Dkam.updateModelDoc=true} to rewrite the section.
 */
class ModelDocTest {
    static final String BEGIN = "<!-- model:begin -->";
    static final String END = "<!-- model:end -->";
    static final String UPDATE_PROPERTY = "kam.updateModelDoc";

    @Test
    void modelDocMatchesTheModel() throws IOException {
        Path doc = modelDoc();
        String text = Files.readString(doc, StandardCharsets.UTF_8).replace("\r\n", "\n");
        String generated = ModelReference.markdown();
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        if (Boolean.getBoolean(UPDATE_PROPERTY)) {
            String updated = begin >= 0 && end > begin
                    ? text.substring(0, begin + BEGIN.length()) + "\n" + generated + text.substring(end)
                    : text + (text.endsWith("\n") ? "" : "\n") + "\n" + BEGIN + "\n" + generated + END + "\n";
            if (!updated.equals(text)) {
                Files.writeString(doc, updated, StandardCharsets.UTF_8);
            }
            return;
        }
        if (begin < 0 || end < begin) {
            fail(doc + " has no section between " + BEGIN + " and " + END
                    + "; run with -D" + UPDATE_PROPERTY + "=true to refresh");
        }
        String current = text.substring(begin + BEGIN.length(), end);
        if (!current.strip().equals(generated.strip())) {
            fail(doc + " is out of date with the model (" + firstDifference(current.strip(), generated.strip())
                    + "); run with -D" + UPDATE_PROPERTY + "=true to refresh");
        }
    }

    @Test
    void diagramShowsExactlyTheLegalJoins() throws IOException {
        String text = Files.readString(modelDoc(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        Matcher block = Pattern.compile("```mermaid\n(.*?)```", Pattern.DOTALL).matcher(text);
        assertThat(block.find()).as("a ```mermaid block in MODEL.md").isTrue();

        Pattern nodePattern = Pattern.compile("^\\s*(\\w+)\\s*[\\[(]+\"([^\"]*)\"[\\])]+\\s*(?::::\\w+)?\\s*;?\\s*$");
        Pattern edgePattern = Pattern.compile("^\\s*(\\w+)\\s*-->\\|([^|]+)\\|\\s*(\\w+)\\s*;?\\s*$");
        Map<String, Set<NodeKind>> boxes = new LinkedHashMap<>();
        record Edge(String from, RelKind type, String to) {
        }
        List<Edge> edges = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String line : block.group(1).split("\n")) {
            Matcher n = nodePattern.matcher(line);
            Matcher e = edgePattern.matcher(line);
            if (e.matches()) {
                for (String t : e.group(2).split("[^A-Z_]+")) {
                    if (t.isEmpty()) {
                        continue;
                    }
                    RelKind.byType(t).ifPresentOrElse(r -> edges.add(new Edge(e.group(1), r, e.group(3))),
                            () -> problems.add("unknown relationship type " + t + " in: " + line.strip()));
                }
            } else if (line.contains("--")) {
                problems.add("edge not in the form A -->|TYPE, TYPE| B: " + line.strip());
            } else if (n.matches()) {
                boxes.put(n.group(1), boxKinds(n.group(2)));
                if (boxes.get(n.group(1)).isEmpty()) {
                    problems.add("box " + n.group(1) + " names no node kind: " + n.group(2));
                }
            }
        }
        Set<NodeKind> shown = EnumSet.noneOf(NodeKind.class);
        boxes.values().forEach(shown::addAll);
        assertThat(shown).as("node kinds in the diagram").containsExactlyInAnyOrder(NodeKind.values());

        for (Edge e : edges) {
            Set<NodeKind> from = boxes.get(e.from());
            Set<NodeKind> to = boxes.get(e.to());
            if (from == null || to == null) {
                problems.add("edge " + e + " uses an undeclared box");
                continue;
            }
            boolean someLegal = from.stream().anyMatch(f -> to.stream().anyMatch(t -> e.type().allows(f, t)));
            if (!someLegal) {
                problems.add(e.from() + " -" + e.type() + "-> " + e.to() + " joins no legal pair of kinds");
            }
        }
        for (RelKind r : RelKind.values()) {
            for (RelKind.Join j : r.joins()) {
                for (NodeKind f : j.from()) {
                    for (NodeKind t : j.to()) {
                        boolean drawn = edges.stream().anyMatch(e -> e.type() == r
                                && boxes.getOrDefault(e.from(), Set.of()).contains(f)
                                && boxes.getOrDefault(e.to(), Set.of()).contains(t));
                        if (!drawn) {
                            problems.add("no edge for " + f.label() + " -" + r.type() + "-> " + t.label());
                        }
                    }
                }
            }
        }
        assertThat(problems).as("problems with the Mermaid diagram in MODEL.md (written by hand; "
                + UPDATE_PROPERTY + " does not change it)").isEmpty();
    }

    @Test
    void referenceNamesEveryKindAndProperty() {
        String md = ModelReference.markdown();
        for (NodeKind k : NodeKind.values()) {
            assertThat(md).contains("\n#### " + k.label() + "\n").contains(k.description());
            k.properties().keySet().forEach(p -> assertThat(md).contains("| `" + p + "` |"));
        }
        for (RelKind r : RelKind.values()) {
            assertThat(md).contains("\n#### " + r.type() + "\n").contains(r.description());
        }
        assertThat(md).contains("| `strength` | double | yes | 0 to 1 |  | Strength of influence");
        assertThat(md).contains("- Department → Hospital, Clinic\n");
        assertThat(md).contains("- Person, Clinician → any organization\n");
        assertThat(md).contains("Labels: `Hospital`, `Organization`, `Account`.");
        assertThat(md).endsWith("\n").doesNotContain(BEGIN).doesNotContain(END);
    }

    @Test
    void numbersInRanges() {
        assertThat(ModelReference.number(0)).isEqualTo("0");
        assertThat(ModelReference.number(100_000)).isEqualTo("100000");
        assertThat(ModelReference.number(1e9)).isEqualTo("1e9");
        assertThat(ModelReference.number(1e15)).isEqualTo("1e15");
        assertThat(ModelReference.number(2_500_000)).isEqualTo("2500000");
        assertThat(ModelReference.number(0.5)).isEqualTo("0.5");
    }

    /** The kinds a diagram box stands for: "any organization", or the node labels it names. */
    private static Set<NodeKind> boxKinds(String text) {
        if (text.toLowerCase().contains("any organization")) {
            return EnumSet.copyOf(NodeKind.organizations());
        }
        Set<NodeKind> kinds = EnumSet.noneOf(NodeKind.class);
        for (String word : text.split("[^A-Za-z]+")) {
            for (NodeKind k : NodeKind.values()) {
                if (k.label().equals(word)) {
                    kinds.add(k);
                }
            }
        }
        return kinds;
    }

    private static String firstDifference(String a, String b) {
        String[] x = a.split("\n", -1);
        String[] y = b.split("\n", -1);
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            String l = i < x.length ? x[i] : "<end of section>";
            String r = i < y.length ? y[i] : "<end of section>";
            if (!l.equals(r)) {
                return "line " + (i + 1) + " of the section is '" + PropertyType.abbreviate(l) + "' but the model gives '"
                        + PropertyType.abbreviate(r) + "'";
            }
        }
        return "white space differs";
    }

    /** docs/MODEL.md of the project, found from the working directory (the module or the project root). */
    static Path modelDoc() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            Path candidate = d.resolve("docs").resolve("MODEL.md");
            if (Files.isDirectory(d.resolve("graph-model")) && Files.exists(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("docs/MODEL.md not found above " + dir);
    }
}
