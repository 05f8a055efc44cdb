package org.kamgraph.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.PropertySpec;
import org.kamgraph.model.PropertyType;
import org.kamgraph.model.RelKind;
import org.kamgraph.model.Validator;
import org.kamgraph.model.Violation;

class DemoMarketGeneratorTest {
    private static final double SMALL = 0.1;

    @TempDir
    static Path tmp;

    /** The small market, parsed once: every file's header and rows. */
    private static Path small;
    private static GenerationSummary smallSummary;
    private static final Map<String, Parsed> files = new TreeMap<>();

    record Parsed(String name, List<String> header, List<List<String>> rows) {
    }

    @BeforeAll
    static void generateSmallMarket() throws IOException {
        small = tmp.resolve("small");
        smallSummary = new DemoMarketGenerator(new DemoMarketSpec(7, SMALL)).writeTo(small);
        files.putAll(readAll(small));
    }

    static Map<String, Parsed> readAll(Path dir) throws IOException {
        Map<String, Parsed> all = new TreeMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.sorted().toList()) {
                all.put(p.getFileName().toString(), read(p));
            }
        }
        return all;
    }

    private static Parsed read(Path p) {
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(p)) {
            List<List<String>> rows = new ArrayList<>();
            List<String> header = null;
            for (CsvRecord r : reader) {
                if (header == null) {
                    header = r.getFields();
                } else {
                    rows.add(r.getFields());
                }
            }
            return new Parsed(p.getFileName().toString(), header, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void sameSeedWritesByteIdenticalFilesAndAnotherSeedDoesNot() throws IOException {
        Path again = tmp.resolve("again");
        Path other = tmp.resolve("other");
        new DemoMarketGenerator(new DemoMarketSpec(7, SMALL)).writeTo(again);
        new DemoMarketGenerator(new DemoMarketSpec(8, SMALL)).writeTo(other);
        for (String name : files.keySet()) {
            assertThat(Files.mismatch(small.resolve(name), again.resolve(name))).as(name).isEqualTo(-1L);
        }
        try (Stream<Path> list = Files.list(again)) {
            assertThat(list.count()).isEqualTo(files.size());
        }
        assertThat(Files.mismatch(small.resolve("Clinician.csv"), other.resolve("Clinician.csv"))).isNotEqualTo(-1L);
        assertThat(Files.mismatch(small.resolve("Hospital.csv"), other.resolve("Hospital.csv"))).isNotEqualTo(-1L);
    }

    @Test
    void summaryMatchesTheFilesAndSizesFitTheScale() {
        Map<String, Long> all = new HashMap<>(smallSummary.nodesPerFile());
        all.putAll(smallSummary.relationshipsPerFile());
        assertThat(all.keySet()).isEqualTo(files.keySet());
        all.forEach((name, count) -> assertThat((long) files.get(name).rows().size()).as(name).isEqualTo(count));

        assertThat(smallSummary.nodes()).isBetween(1_800L, 3_500L);
        assertThat(smallSummary.relationships()).isBetween(25_000L, 55_000L);
        for (NodeKind k : NodeKind.values()) {
            assertThat(smallSummary.nodesPerFile().get(k.label() + ".csv")).as(k.label()).isPositive();
        }
        Map<String, Long> n = smallSummary.nodesPerFile();
        assertThat(n.get("Product.csv")).isEqualTo(30);
        assertThat(n.get("Pbm.csv")).isEqualTo(3);
        assertThat(n.get("HealthAuthority.csv")).isEqualTo(2);
        assertThat(n.get("Idn.csv")).isEqualTo(4);
        assertThat(n.get("Hospital.csv")).isEqualTo(15);
        assertThat(n.get("Clinic.csv")).isEqualTo(30);
        assertThat(n.get("Decision.csv")).isEqualTo(6);
        assertThat(n.get("Initiative.csv")).isEqualTo(4);
        assertThat(n.get("Pharmacy.csv")).isBetween(280L, 320L);
        assertThat(n.get("Clinician.csv") + n.get("Person.csv")).isBetween(1_400L, 2_600L);
        assertThat(n.get("Clinician.csv")).isGreaterThan(3 * n.get("Person.csv"));
        Map<String, Long> r = smallSummary.relationshipsPerFile();
        assertThat(r.keySet()).allMatch(f -> f.matches("[A-Z_]+-[A-Za-z]+-[A-Za-z]+\\.csv"));
        assertThat(sumOf(r, "INFLUENCES-")).isGreaterThan(sumOf(r, "REFERS_TO-"));
        for (RelKind k : RelKind.values()) {
            if (k == RelKind.RECEIVED_PAYMENT) {
                continue; // industry payments arrive in CMS Open Payments files, not in our dialect
            }
            assertThat(sumOf(r, k.type() + "-")).as(k.type()).isPositive();
        }
    }

    private static long sumOf(Map<String, Long> counts, String prefix) {
        return counts.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).mapToLong(Map.Entry::getValue).sum();
    }

    @Test
    void everyRowPassesTheValidatorEndpointsExistAndIdentitiesAreUnique() {
        List<String> problems = problems(files);
        assertThat(problems).as("first problems: %s", problems.stream().limit(10).toList()).isEmpty();
    }

    @Test
    void aMultiRegionMarketIsValidToo() throws IOException {
        Path dir = tmp.resolve("regions");
        new DemoMarketGenerator(new DemoMarketSpec(11, 0.3), 3).writeTo(dir);
        Map<String, Parsed> market = readAll(dir);
        List<String> problems = problems(market);
        assertThat(problems).as("first problems: %s", problems.stream().limit(10).toList()).isEmpty();
        Map<String, String> regionOfIdn = new HashMap<>();
        Parsed idns = market.get("Idn.csv");
        int region = idns.header().indexOf("region");
        idns.rows().forEach(r -> regionOfIdn.put(r.get(0), r.get(region)));
        assertThat(new HashSet<>(regionOfIdn.values())).hasSize(3);
        Set<String> reached = new HashSet<>();
        market.get("REIMBURSES-Payer-Idn.csv").rows().stream().filter(r -> r.get(0).equals("PAY-001"))
                .forEach(r -> reached.add(regionOfIdn.get(r.get(1))));
        assertThat(reached).as("a national payer pays IDNs in every region").hasSize(3);
    }

    /** Validates any generated directory: {@code -Ddemo.validate=/tmp/demo-market} (not run by default). */
    @Test
    @EnabledIfSystemProperty(named = "demo.validate", matches = ".+")
    void validateADirectory() throws IOException {
        List<String> problems = problems(readAll(Path.of(System.getProperty("demo.validate"))));
        assertThat(problems).as("first problems: %s", problems.stream().limit(10).toList()).isEmpty();
    }

    /** Everything wrong with a market's files: validator violations, duplicate ids and identities, dangling ends. */
    static List<String> problems(Map<String, Parsed> files) {
        Map<NodeKind, Set<String>> ids = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (Parsed f : files.values()) {
            String stem = f.name().substring(0, f.name().length() - 4);
            if (stem.contains("-")) {
                continue;
            }
            NodeKind kind = NodeKind.byLabel(stem).orElseThrow();
            assertThat(f.header().getFirst()).isEqualTo("id:ID(" + kind.label() + ")");
            List<Column> columns = columns(f.header(), name -> java.util.Optional.ofNullable(kind.properties().get(name)), 0);
            Set<String> seen = new HashSet<>();
            for (List<String> row : f.rows()) {
                Map<String, Object> props = typed(columns, row, 0);
                String id = (String) props.get("id");
                if (!seen.add(id)) {
                    problems.add(f.name() + ": duplicate id " + id);
                }
                for (Violation v : Validator.validateNode(kind, props)) {
                    problems.add(f.name() + " " + id + ": " + v);
                }
            }
            ids.put(kind, seen);
        }
        for (Parsed f : files.values()) {
            String[] parts = f.name().substring(0, f.name().length() - 4).split("-");
            if (parts.length != 3) {
                continue;
            }
            RelKind rel = RelKind.byType(parts[0]).orElseThrow();
            NodeKind from = NodeKind.byLabel(parts[1]).orElseThrow();
            NodeKind to = NodeKind.byLabel(parts[2]).orElseThrow();
            assertThat(rel.allows(from, to)).as(f.name()).isTrue();
            assertThat(f.header().subList(0, 2)).containsExactly(":START_ID(" + from.label() + ")", ":END_ID(" + to.label() + ")");
            List<Column> columns = columns(f.header(), rel::property, 2);
            Set<String> identities = new HashSet<>();
            for (List<String> row : f.rows()) {
                String start = row.get(0);
                String end = row.get(1);
                Map<String, Object> props = typed(columns, row, 2);
                for (Violation v : Validator.validateRelationship(rel, from, to, props)) {
                    problems.add(f.name() + " " + start + "->" + end + ": " + v);
                }
                if (!ids.get(from).contains(start) || !ids.get(to).contains(end)) {
                    problems.add(f.name() + ": dangling endpoint " + start + "->" + end);
                }
                if (!identities.add(start + "|" + end + "|" + props.get("validFrom"))) {
                    problems.add(f.name() + ": duplicate identity " + start + "->" + end + " validFrom " + props.get("validFrom"));
                }
                if (rel.isMoney()) {
                    if (props.get("amount") == null || !"USD".equals(props.get("currency"))) {
                        problems.add(f.name() + ": money without amount or USD " + row);
                    }
                }
                if (props.get("source") == null || props.get("lastVerified") == null) {
                    problems.add(f.name() + ": no provenance " + row);
                }
            }
        }
        return problems;
    }

    @Test
    void everyDecisionHasADeciderACommitteeAProductAndAnAccount() {
        Set<String> decisions = new HashSet<>(column("Decision.csv", 0));
        assertThat(decisions).isNotEmpty();
        Set<String> withDecider = new HashSet<>();
        for (Parsed f : relationshipFiles("IN_DMU-")) {
            int role = f.header().indexOf("role");
            f.rows().stream().filter(r -> r.get(role).equals("decider")).forEach(r -> withDecider.add(r.get(1)));
        }
        assertThat(withDecider).containsAll(decisions);
        assertThat(endsOf("DECIDES-")).containsAll(decisions);
        assertThat(startsOf("CONCERNS-")).containsAll(decisions);
        assertThat(startsOf("AT-Decision-")).containsAll(decisions);
        Set<String> initiatives = new HashSet<>(column("Initiative.csv", 0));
        assertThat(endsOf("OWNS-")).containsAll(initiatives);
        assertThat(startsOf("TARGETS-")).containsAll(initiatives);
        assertThat(startsOf("AT-Initiative-")).containsAll(initiatives);
    }

    @Test
    void theMarketHasTheShapeTheAnalyticsNeed() {
        // key opinion leaders: a few people influence many
        Map<String, Integer> out = new HashMap<>();
        for (Parsed f : relationshipFiles("INFLUENCES-")) {
            f.rows().forEach(r -> out.merge(r.get(0), 1, Integer::sum));
        }
        List<Integer> degrees = out.values().stream().sorted().toList();
        int median = degrees.get(degrees.size() / 2);
        assertThat(degrees.getLast()).isGreaterThan(10 * median);
        // history and open-ended validity (every relationship has a validFrom: DemoRealismTest)
        Parsed works = files.get("WORKS_AT-Clinician-Hospital.csv");
        int validTo = works.header().indexOf("validTo:date");
        assertThat(works.rows()).anyMatch(r -> r.get(validTo).isEmpty());
        assertThat(works.rows()).anyMatch(r -> !r.get(validTo).isEmpty() && r.get(validTo).compareTo("2026-11-22") < 0);
        // the three big wholesalers hold most of the supplied spend
        double big = 0;
        double all = 0;
        for (Parsed f : relationshipFiles("SUPPLIES-")) {
            int amount = f.header().indexOf("amount:double");
            for (List<String> r : f.rows()) {
                double a = Double.parseDouble(r.get(amount));
                all += a;
                if (Set.of("WHS-001", "WHS-002", "WHS-003").contains(r.get(0))) {
                    big += a;
                }
            }
        }
        assertThat(big / all).isBetween(0.8, 0.97);
        // some of the most influential people are nobody's contact
        Set<String> covered = endsOf("COVERS-");
        List<String> top = out.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(30).map(Map.Entry::getKey).toList();
        assertThat(top).anyMatch(p -> !covered.contains(p)).anyMatch(covered::contains);
        // suppressed referral counts: present patients are at least 11
        Parsed refers = files.get("REFERS_TO-Clinician-Clinician.csv");
        int patients = refers.header().indexOf("patients:long");
        assertThat(refers.rows()).allMatch(r -> r.get(patients).isEmpty() || Long.parseLong(r.get(patients)) >= 11)
                .anyMatch(r -> r.get(patients).isEmpty());
    }

    @Test
    void regionalScaleHitsTheTargets() throws IOException {
        GenerationSummary s = new DemoMarketGenerator(DemoMarketSpec.regional()).writeTo(tmp.resolve("regional"));
        assertThat(s.nodes()).isBetween(20_000L, 30_000L);
        assertThat(s.relationships()).isBetween(300_000L, 500_000L);
        assertThat(s.nodesPerFile().get("TeamMember.csv")).isBetween(35L, 45L);
        assertThat(s.nodesPerFile().get("Payer.csv")).isBetween(12L, 18L);
        assertThat(s.nodesPerFile().get("Wholesaler.csv")).isBetween(6L, 10L);
    }

    @Test
    void staleGeneratedFilesAreRemovedAndOthersKept() throws IOException {
        Path dir = tmp.resolve("stale");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("REFERS_TO-Person-Person.csv"), "stale");
        Files.writeString(dir.resolve("notes.csv"), "mine");
        new DemoMarketGenerator(new DemoMarketSpec(1, 0.02)).writeTo(dir);
        assertThat(dir.resolve("REFERS_TO-Person-Person.csv")).doesNotExist();
        assertThat(dir.resolve("notes.csv")).hasContent("mine");
        assertThat(dir.resolve("Hospital.csv")).exists();
    }

    @Test
    void specsAreCheckedAndNamed() {
        assertThat(DemoMarketSpec.regional()).isEqualTo(new DemoMarketSpec(42, 1));
        assertThat(DemoMarketSpec.national().seed()).isEqualTo(42);
        assertThat(DemoMarketSpec.national().scale()).isGreaterThan(40);
        for (double bad : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY, 1_000}) {
            assertThatThrownBy(() -> new DemoMarketSpec(1, bad)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    record Column(int index, String name, PropertyType type) {
    }

    static List<Column> columns(List<String> header, java.util.function.Function<String, java.util.Optional<PropertySpec>> specs, int from) {
        List<Column> columns = new ArrayList<>();
        for (int i = from; i < header.size(); i++) {
            String cell = header.get(i);
            int colon = cell.indexOf(':');
            String name = colon < 0 ? cell : cell.substring(0, colon);
            String declared = colon < 0 ? "string" : cell.substring(colon + 1);
            PropertyType type = declared.startsWith("ID(") ? PropertyType.STRING : PropertyType.fromCsvName(declared);
            assertThat(type).as(cell).isNotNull();
            assertThat(specs.apply(name)).as(cell).isPresent();
            assertThat(specs.apply(name).orElseThrow().type()).as(cell).isEqualTo(type);
            columns.add(new Column(i, name, type));
        }
        return columns;
    }

    static Map<String, Object> typed(List<Column> columns, List<String> row, int from) {
        assertThat(row).hasSize(columns.size() + from);
        Map<String, Object> props = new HashMap<>();
        for (Column c : columns) {
            String cell = row.get(c.index());
            if (!cell.isEmpty()) {
                props.put(c.name(), c.type().parse(cell));
            }
        }
        return props;
    }

    private static List<String> column(String file, int index) {
        return files.get(file).rows().stream().map(r -> r.get(index)).toList();
    }

    private static List<Parsed> relationshipFiles(String prefix) {
        return files.values().stream().filter(f -> f.name().startsWith(prefix)).toList();
    }

    private static Set<String> startsOf(String prefix) {
        Set<String> s = new HashSet<>();
        relationshipFiles(prefix).forEach(f -> f.rows().forEach(r -> s.add(r.get(0))));
        return s;
    }

    private static Set<String> endsOf(String prefix) {
        Set<String> s = new HashSet<>();
        relationshipFiles(prefix).forEach(f -> f.rows().forEach(r -> s.add(r.get(1))));
        return s;
    }
}
