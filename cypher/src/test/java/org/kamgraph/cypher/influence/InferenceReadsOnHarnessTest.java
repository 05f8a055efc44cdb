package org.kamgraph.cypher.influence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kamgraph.cypher.influence.InferenceStore.Batch;
import org.kamgraph.cypher.influence.InferenceStore.Run;
import org.kamgraph.cypher.influence.InferenceStore.Window;
import org.kamgraph.cypher.support.GraphTarget;
import org.kamgraph.cypher.support.TestDatabases;
import org.neo4j.driver.Driver;

/**
 * The two ways a run reads its evidence, in-process through the kernel API (embedded, no territory) and through the
 * inference-*.cypher statements, give the same evidence, own evidence and existing inferred edges, on a graph with
 * every kind of evidence and its edge cases (outside the window, a deactivated person, a seat that does not overlap,
 * a non-KOL payment, a prescription after the as-of day, an entered INFLUENCES, an ended inferred one); and both
 * write the same edges.
 */
class InferenceReadsOnHarnessTest extends GraphTarget {
    private static final Window WINDOW = new Window(LocalDate.of(2025, 6, 30), LocalDate.of(2023, 7, 1), null,
            Set.of("speaking", "consulting", "education"));

    @Override
    protected Driver driver() {
        return TestDatabases.harnessDriver();
    }

    private void market() {
        runner.write("""
                CREATE (larsen:Clinician:Person {id: 'NPI-1100000011', name: 'ADA LARSEN'}),
                       (olson:Clinician:Person {id: 'NPI-1100000029', name: 'BEN OLSON'}),
                       (nguyen:Clinician:Person {id: 'NPI-1100000037', name: 'CARA NGUYEN'}),
                       (patel:Clinician:Person {id: 'NPI-1100000045', name: 'DEV PATEL'}),
                       (hoff:Clinician:Person {id: 'NPI-1100000052', name: 'ERIN HOFF'}),
                       (lund:Clinician:Person {id: 'NPI-1100000078', name: 'GRETA LUND', validTo: date('2025-03-31')}),
                       (moe:Clinician:Person {id: 'NPI-1100000086', name: 'HANS MOE'}),
                       (quinn:Person {id: 'SF-003Q', name: 'PAT QUINN'}),
                       (vrz:Product {id: 'PRD-VRZ', name: 'VERZENIO'}),
                       (ibr:Product {id: 'PRD-IBR', name: 'IBRANCE'}),
                       (pt:Committee {id: 'CMT-PT', name: 'SANFORD USD P&T COMMITTEE'}),
                       (nguyen)-[:REFERS_TO {patients: 412, claims: 640, sameDay: 12, validFrom: date('2024-01-01'), validTo: date('2024-12-31')}]->(larsen),
                       (nguyen)-[:REFERS_TO {patients: 300, claims: 500, validFrom: date('2022-01-01'), validTo: date('2022-12-31')}]->(larsen),
                       (moe)-[:REFERS_TO {claims: 120, validFrom: date('2024-01-01'), validTo: date('2024-12-31')}]->(larsen),
                       (larsen)-[:REFERS_TO {patients: 150, claims: 210, validFrom: date('2024-01-01'), validTo: date('2024-12-31')}]->(patel),
                       (nguyen)-[:REFERS_TO {patients: 60, claims: 75, validFrom: date('2024-01-01')}]->(olson),
                       (lund)-[:REFERS_TO {patients: 90, validFrom: date('2024-01-01')}]->(larsen),
                       (larsen)-[:SITS_ON {validFrom: date('2022-03-01')}]->(pt),
                       (hoff)-[:SITS_ON {validFrom: date('2022-05-01')}]->(pt),
                       (olson)-[:SITS_ON {validFrom: date('2019-01-01'), validTo: date('2020-12-31')}]->(pt),
                       (quinn)-[:REPORTS_TO {validFrom: date('2021-01-01')}]->(hoff),
                       (larsen)-[:RECEIVED_PAYMENT {nature: 'speaking', amount: 7500.0, payments: 3, validFrom: date('2024-03-10'), validTo: date('2024-09-20')}]->(vrz),
                       (larsen)-[:RECEIVED_PAYMENT {nature: 'food_and_beverage', amount: 45.12, validFrom: date('2024-02-02')}]->(vrz),
                       (olson)-[:RECEIVED_PAYMENT {nature: 'consulting', amount: 5000, validFrom: date('2024-05-01'), validTo: date('2024-05-01')}]->(ibr),
                       (larsen)-[:PRESCRIBES {validFrom: date('2023-01-01'), validTo: date('2024-12-31')}]->(vrz),
                       (larsen)-[:PRESCRIBES {validFrom: date('2026-01-01')}]->(ibr),
                       (patel)-[:PRESCRIBES {validFrom: date('2024-01-01'), validTo: date('2024-12-31')}]->(vrz),
                       (olson)-[:PRESCRIBES {validFrom: date('2021-01-01'), validTo: date('2022-12-31')}]->(ibr),
                       (nguyen)-[:PRESCRIBES {validFrom: date('2024-01-01')}]->(ibr),
                       (larsen)-[:INFLUENCES {source: 'inferred', strength: 0.5, basis: 'shared_patients', evidence: 'old', validFrom: date('2024-01-01')}]->(nguyen),
                       (larsen)-[:INFLUENCES {source: 'inferred', strength: 0.2, validFrom: date('2023-01-01'), validTo: date('2023-12-31')}]->(moe),
                       (larsen)-[:INFLUENCES {source: 'veeva-crm', strength: 0.9, validFrom: date('2024-01-01')}]->(nguyen),
                       (larsen)-[:INFLUENCES {source: 'inferred', strength: 0.3, validFrom: date('2024-01-01')}]->(lund)
                """, Map.of());
    }

    /** Keys of both runs (element ids, node ids) in the nodes' own ids. */
    private Map<String, String> names() {
        Map<String, String> names = new HashMap<>();
        runner.read("MATCH (n) WHERE n.id IS NOT NULL RETURN elementId(n) AS e, toString(id(n)) AS i, n.id AS id", Map.of(), r -> {
            names.put(r.get("e").asString(), r.get("id").asString());
            names.put(r.get("i").asString(), r.get("id").asString());
            return null;
        });
        return names;
    }

    private static List<String> text(Batch b, Map<String, String> n) {
        List<String> out = new ArrayList<>();
        for (InferenceStore.Evidence e : b.evidence()) {
            List<String> x = new ArrayList<>();
            for (InferenceStore.Prescription p : e.prescribing()) {
                x.add(n.get(p.product()) + " " + p.from() + " " + p.current());
            }
            x.sort(null);
            List<String> c = new ArrayList<>(e.committees().stream().map(Object::toString).toList());
            c.sort(null);
            List<String> r = new ArrayList<>(e.referrals().stream().map(Object::toString).toList());
            r.sort(null);
            out.add("pair " + n.get(e.a()) + " -> " + n.get(e.b()) + " referrals " + r + " committees " + c + " reports " + e.reports()
                    + " prescribing " + x);
        }
        for (InferenceStore.Own o : b.own().values()) {
            List<String> p = new ArrayList<>(o.payments().stream().map(x -> n.get(x.product()) + " " + x.productName() + " " + x.nature()
                    + " " + x.payments() + " " + x.amount() + " " + x.date()).toList());
            p.sort(null);
            List<String> x = new ArrayList<>(o.prescribing().stream().map(y -> n.get(y.product()) + " " + y.productName() + " " + y.from()).toList());
            x.sort(null);
            out.add("own " + n.get(o.a()) + " payments " + p + " prescribing " + x);
        }
        for (InferenceStore.Existing e : b.existing()) {
            out.add("existing " + n.get(e.a()) + " -> " + n.get(e.b()) + " " + e.strength() + " " + e.basis() + " " + e.evidence() + " " + e.validFrom());
        }
        out.sort(null);
        return out;
    }

    @Test
    void kernelAndCypherReadTheSameEvidence() {
        market();
        Map<String, String> n = names();
        Run kernel = new InferenceStore(runner, TestDatabases.harnessDatabase()).start(WINDOW);
        Run cypher = new InferenceStore(runner).start(WINDOW);
        assertThat(kernel.inProcess()).isTrue();
        assertThat(cypher.inProcess()).isFalse();
        assertThat(kernel.people()).isEqualTo(cypher.people()).isEqualTo(7); // Lund deactivated
        List<String> fromKernel = text(kernel.read(0, kernel.people(), true), n);
        List<String> fromCypher = text(cypher.read(0, cypher.people(), true), n);
        assertThat(fromKernel).isEqualTo(fromCypher);
        assertThat(fromKernel).contains(
                "pair NPI-1100000011 -> NPI-1100000037 referrals [Referral[patients=412, claims=640, sameDay=12, from=2024-01-01]] "
                        + "committees [] reports [] prescribing [PRD-IBR 2024-01-01 true]",
                "pair NPI-1100000011 -> NPI-1100000052 referrals [] committees [Committee[name=SANFORD USD P&T COMMITTEE, "
                        + "aFrom=2022-03-01, bFrom=2022-05-01]] reports [] prescribing []",
                "pair NPI-1100000052 -> SF-003Q referrals [] committees [] reports [2021-01-01] prescribing []",
                "own NPI-1100000011 payments [PRD-VRZ VERZENIO speaking 3 7500.0 2024-03-10] prescribing [PRD-VRZ VERZENIO 2023-01-01]",
                "existing NPI-1100000011 -> NPI-1100000037 0.5 shared_patients old 2024-01-01",
                "existing NPI-1100000011 -> NPI-1100000078 0.3 null null 2024-01-01");
        assertThat(String.join("\n", fromKernel)).doesNotContain("NPI-1100000029 -> NPI-1100000011").doesNotContain("veeva");
        // batches: the same evidence whatever the batch boundaries
        List<String> inTwo = new ArrayList<>(text(kernel.read(0, 3, true), n));
        inTwo.addAll(text(kernel.read(3, kernel.people(), true), n));
        inTwo.sort(null);
        assertThat(inTwo).isEqualTo(fromKernel);
        // a run that knows there is no inferred edge reads none
        assertThat(kernel.read(0, kernel.people(), false).existing()).isEmpty();
    }

    /** A node's key in a run: its internal id in-process, its element id over Cypher. */
    private String key(boolean inProcess, String id) {
        return runner.read("MATCH (n {id: $id}) RETURN elementId(n) AS e, toString(id(n)) AS i", Map.of("id", id),
                r -> r.get(inProcess ? "i" : "e").asString()).getFirst();
    }

    @Test
    void kernelAndCypherWriteTheSameEdges() {
        for (boolean inProcess : new boolean[] {true, false}) {
            TestDatabases.wipe(driver());
            market();
            Run run = inProcess ? new InferenceStore(runner, TestDatabases.harnessDatabase()).start(WINDOW) : new InferenceStore(runner).start(WINDOW);
            Batch b = run.read(0, run.people(), true);
            String larsen = key(inProcess, "NPI-1100000011");
            String nguyen = key(inProcess, "NPI-1100000037");
            String patel = key(inProcess, "NPI-1100000045");
            String lund = key(inProcess, "NPI-1100000078");
            InferenceStore.Existing toNguyen = b.existing().stream().filter(e -> e.b().equals(nguyen)).findFirst().orElseThrow();
            InferenceStore.Existing toLund = b.existing().stream().filter(e -> e.b().equals(lund)).findFirst().orElseThrow();
            String tag = inProcess ? "kernel" : "cypher";
            run.write(List.of(new InferenceStore.Write(larsen, patel, null, Map.of("source", "inferred", "strength", 0.3, "basis", tag))),
                    List.of(new InferenceStore.Write(larsen, nguyen, toNguyen.rel(), Map.of("strength", 0.64375, "basis", tag))),
                    List.of(new InferenceStore.Write(larsen, lund, toLund.rel(),
                            Map.of("validTo", LocalDate.of(2025, 6, 29), "lastVerified", LocalDate.of(2025, 6, 30)))));
            assertThat(count("MATCH (:Person {id: 'NPI-1100000011'})-[r:INFLUENCES {source: 'inferred', basis: '" + tag
                    + "'}]->(x) WHERE x.id IN ['NPI-1100000045', 'NPI-1100000037'] RETURN count(r)")).isEqualTo(2);
            assertThat(count("MATCH ()-[r:INFLUENCES {source: 'inferred'}]->(:Person {id: 'NPI-1100000078'}) "
                    + "WHERE r.validTo = date('2025-06-29') AND r.lastVerified = date('2025-06-30') RETURN count(r)")).isEqualTo(1);
            // the entered edge is never touched
            assertThat(count("MATCH ()-[r:INFLUENCES {source: 'veeva-crm', strength: 0.9}]->() WHERE r.basis IS NULL RETURN count(r)"))
                    .isEqualTo(1);
            // an update or end aimed at an entered edge leaves it as it is
            String entered = runner.read("MATCH ()-[r:INFLUENCES {source: 'veeva-crm'}]->() RETURN elementId(r) AS e, toString(id(r)) AS i",
                    Map.of(), r -> r.get(inProcess ? "i" : "e").asString()).getFirst();
            run.write(List.of(), List.of(new InferenceStore.Write(larsen, nguyen, entered, Map.of("strength", 0.1))),
                    List.of(new InferenceStore.Write(larsen, nguyen, entered, Map.of("validTo", LocalDate.of(2025, 6, 29),
                            "lastVerified", LocalDate.of(2025, 6, 30)))));
            assertThat(count("MATCH ()-[r:INFLUENCES {source: 'veeva-crm', strength: 0.9}]->() WHERE r.validTo IS NULL RETURN count(r)"))
                    .isEqualTo(1);
        }
    }
}
