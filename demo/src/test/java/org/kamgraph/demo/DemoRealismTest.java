package org.kamgraph.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamgraph.demo.MarketFiles.Row;
import org.kamgraph.model.NodeKind;

/** The regional demo market reads as real: dated, distinctly named, formularies within their tiers, sane reporting lines. */
class DemoRealismTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    static Path tmp;
    static MarketFiles demo;

    @BeforeAll
    static void generateTheRegionalDemo() throws IOException {
        new DemoMarketGenerator(new DemoMarketSpec(42, 1, TODAY)).writeTo(tmp.resolve("regional"));
        demo = MarketFiles.read(tmp.resolve("regional"));
    }

    @Test
    void theSameSeedScaleAndDateGiveByteIdenticalFilesAndAnotherDateMovesTheDates() throws IOException {
        LocalDate later = LocalDate.of(2028, 3, 5);
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        Path c = tmp.resolve("c");
        new DemoMarketGenerator(new DemoMarketSpec(5, 0.1, later)).writeTo(a);
        new DemoMarketGenerator(new DemoMarketSpec(5, 0.1, later)).writeTo(b);
        new DemoMarketGenerator(new DemoMarketSpec(5, 0.1, TODAY)).writeTo(c);
        try (Stream<Path> files = Stream.concat(Files.list(a), Files.list(a.resolve(PublishedFiles.DIRECTORY)))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.mismatch(f, b.resolve(a.relativize(f)))).as(f.getFileName().toString()).isEqualTo(-1L);
            }
        }
        assertThat(Files.mismatch(a.resolve("Decision.csv"), c.resolve("Decision.csv"))).isNotEqualTo(-1L);
        MarketFiles moved = MarketFiles.read(a);
        assertThat(moved.rows("Decision.csv")).filteredOn(r -> r.get("status").equals("open"))
                .isNotEmpty().allMatch(r -> LocalDate.parse(r.get("dueDate")).isAfter(later));
        // the calendar moves with today: this year's prescriptions start on January 1st of today's year
        assertThat(moved.rows("PRESCRIBES-")).anyMatch(r -> r.get("validFrom").equals("2028-01-01"))
                .noneMatch(r -> LocalDate.parse(r.get("validFrom")).isAfter(later));
    }

    @Test
    void openDecisionsFallDueInTheComingMonthsAndSettledOnesLieInThePast() {
        List<Row> decisions = demo.rows("Decision.csv");
        assertThat(decisions).hasSizeGreaterThan(40);
        for (Row d : decisions) {
            LocalDate due = LocalDate.parse(d.get("dueDate"));
            LocalDate opened = LocalDate.parse(d.get("validFrom"));
            assertThat(opened).as(d.get("id")).isBefore(TODAY);
            if (d.get("status").equals("open")) {
                assertThat(due).as(d.get("id")).isAfter(TODAY).isBefore(TODAY.plusMonths(9));
            } else {
                assertThat(d.get("status")).as(d.get("id")).isIn("won", "lost", "deferred");
                assertThat(due).as(d.get("id")).isBefore(TODAY).isAfterOrEqualTo(opened);
            }
        }
        assertThat(decisions).anyMatch(d -> d.get("status").equals("open")).anyMatch(d -> d.get("status").equals("deferred"));
    }

    @Test
    void theFlagshipDecisionIsOpenDueWithinThreeMonthsWithAFullDmuAndACommitteeAtAnIdn() {
        Row flagship = demo.rows("Decision.csv").stream().filter(r -> r.get("id").equals("DEC-0001")).findFirst().orElseThrow();
        assertThat(flagship.get("status")).isEqualTo("open");
        assertThat(LocalDate.parse(flagship.get("dueDate"))).isAfter(TODAY).isBeforeOrEqualTo(TODAY.plusMonths(3));
        Set<String> roles = new HashSet<>();
        demo.each("IN_DMU-", r -> {
            if (r.end().equals("DEC-0001") && r.get("validTo") == null) {
                roles.add(r.get("role"));
            }
        });
        assertThat(roles).contains("decider", "approver", "influencer", "gatekeeper");
        String account = demo.rows("AT-Decision-Idn.csv").stream().filter(r -> r.start().equals("DEC-0001")).findFirst()
                .orElseThrow().end();
        String committee = demo.rows("DECIDES-").stream().filter(r -> r.end().equals("DEC-0001")).findFirst().orElseThrow().start();
        assertThat(demo.rows("PART_OF-Committee-Idn.csv")).anyMatch(r -> r.start().equals(committee) && r.end().equals(account));
        assertThat(demo.rows("CONCERNS-")).anyMatch(r -> r.start().equals("DEC-0001") && r.end().equals("PRD-022"));
    }

    @Test
    void namesAreNeverNumberedAndUniquePerKind() throws IOException {
        assertDistinctNames(demo, false);
        Path dir = tmp.resolve("regions");
        new DemoMarketGenerator(new DemoMarketSpec(11, 0.6, TODAY), 3).writeTo(dir);
        assertDistinctNames(MarketFiles.read(dir), true);
    }

    private static void assertDistinctNames(MarketFiles market, boolean perRegion) {
        List<String> kinds = new ArrayList<>();
        NodeKind.organizations().forEach(k -> kinds.add(k.label()));
        kinds.addAll(List.of("Decision", "Initiative", "Milestone", "TeamMember", "Product"));
        for (String kind : kinds) {
            Map<String, String> seen = new HashMap<>();
            for (Row r : market.rows(kind + ".csv")) {
                String name = r.get("name");
                assertThat(name).as(kind + " " + r.get("id")).doesNotMatch(".*\\s#?\\d+$").doesNotMatch(".*#\\d+.*");
                String key = (perRegion ? r.get("region") + "|" : "") + name;
                assertThat(seen.put(key, r.get("id"))).as(kind + " name '" + name + "' of " + r.get("id")).isNull();
            }
        }
    }

    @Test
    void everyRelationshipIsDated() {
        for (String file : demo.relationshipFiles()) {
            assertThat(demo.rows(file)).as(file).isNotEmpty().allMatch(r -> r.get("validFrom") != null);
        }
    }

    @Test
    void everyListingIsWithinItsFormularysTiers() {
        Map<String, Integer> tiers = new HashMap<>();
        for (String kind : List.of("Payer.csv", "Pbm.csv")) {
            demo.property(kind, "formularyTiers").forEach((id, t) -> tiers.put(id, Integer.parseInt(t)));
        }
        assertThat(tiers.values()).allMatch(t -> t >= 3 && t <= 6).contains(3, 6);
        List<Row> lists = new ArrayList<>(demo.rows("LISTS-Payer-"));
        lists.addAll(demo.rows("LISTS-Pbm-"));
        assertThat(lists).isNotEmpty().allMatch(r -> r.get("tier") == null || Integer.parseInt(r.get("tier")) <= tiers.get(r.start()));
        // specialty products sit on the highest tier of some formularies
        assertThat(lists).anyMatch(r -> r.get("tier") != null && Integer.parseInt(r.get("tier")) == tiers.get(r.start()));
    }

    @Test
    void reportingLinesPointUpAnOrderedTreeWithoutCycles() {
        Map<String, String> title = new HashMap<>(demo.property("Person.csv", "title"));
        title.putAll(demo.property("Clinician.csv", "title"));
        Map<String, List<String>> managers = new HashMap<>();
        for (Row r : demo.rows("REPORTS_TO-")) {
            if (r.file().contains("TeamMember")) {
                continue;
            }
            managers.computeIfAbsent(r.start(), k -> new ArrayList<>()).add(r.end());
            String report = title.get(r.start());
            String manager = title.get(r.end());
            assertThat(rank(report)).as(report + " (" + r.start() + ") reports to " + manager + " (" + r.end() + ")")
                    .isGreaterThanOrEqualTo(rank(manager));
        }
        // no chain of reporting lines, past or present, comes back to where it began
        Map<String, Integer> state = new HashMap<>();
        for (String p : managers.keySet()) {
            assertThat(cycleFrom(p, managers, state)).as("a REPORTS_TO cycle through " + p).isFalse();
        }
    }

    /** 0 the top executive, 1 chiefs, 2 vice presidents and department chairs, 3 directors and managers, 4 everyone else. */
    static int rank(String title) {
        if (Set.of("President and CEO", "Chief Executive Officer", "Hospital President", "Administrator",
                "Medicaid Director", "ACO Executive Director").contains(title)) {
            return 0;
        }
        if (title.startsWith("Chief of ")) {
            return 3;
        }
        if (title.startsWith("Chief ") || title.startsWith("System Chief ")) {
            return 1;
        }
        if (title.startsWith("Vice President") || title.startsWith("Chair,")) {
            return 2;
        }
        return title.contains("Director") || title.contains("Manager") ? 3 : 4;
    }

    private static boolean cycleFrom(String p, Map<String, List<String>> managers, Map<String, Integer> state) {
        Integer s = state.get(p);
        if (s != null) {
            return s == 1; // 1: on the current path
        }
        state.put(p, 1);
        for (String q : managers.getOrDefault(p, List.of())) {
            if (cycleFrom(q, managers, state)) {
                return true;
            }
        }
        state.put(p, 2);
        return false;
    }

    @Test
    void influenceOnTheBasisOfReportingLinesRunsFromTheManagerToTheReport() {
        Set<String> current = new HashSet<>();
        for (Row r : demo.rows("REPORTS_TO-")) {
            if (r.get("validTo") == null) {
                current.add(r.start() + ">" + r.end() + "@" + r.get("validFrom"));
            }
        }
        List<Row> lineInfluence = demo.rows("INFLUENCES-").stream().filter(r -> "reports_to".equals(r.get("basis"))).toList();
        assertThat(lineInfluence).hasSizeGreaterThan(1_000)
                .allMatch(r -> current.contains(r.end() + ">" + r.start() + "@" + r.get("validFrom")));
    }

    @Test
    void onePersonInfluencesAnotherThroughOneRelationshipAtMost() {
        Set<String> pairs = new HashSet<>();
        for (Row r : demo.rows("INFLUENCES-")) {
            assertThat(pairs.add(r.start() + ">" + r.end())).as("%s influences %s twice", r.start(), r.end()).isTrue();
        }
    }
}
