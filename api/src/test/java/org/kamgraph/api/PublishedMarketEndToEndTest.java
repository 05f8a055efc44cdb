package org.kamgraph.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kamgraph.api.Http.at;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 12's end-to-end test: the TINY MARKET (South Dakota oncology; /work/briefs of the readers and
 * readers/src/test/resources/published) assembled from files in the publishers' own formats (NPPES, CMS hospitals
 * and the Synthea provider rows with real CCNs and NPIs, AHRQ health systems, Part D formulary and prescribers, Open
 * Payments, shared patients, Veeva and Salesforce exports), plus the two things no published format carries, in our
 * dialect: the company's product catalog and its contract money from the Part D plan to the PBM and pharmacies.
 * Loaded through the service's upload, influence inferred by the mutation; then the KAM's and market access's
 * questions answer on it, and the explanations cite the evidence.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublishedMarketEndToEndTest extends ServiceTest {
    static final Path PUBLISHED = Path.of("..", "readers", "src", "test", "resources", "published");
    static final Path DIALECT = Path.of("src", "test", "resources", "published-market");
    static final String AS_OF = "2025-06-30";
    static final String DECISION = "SFDC-006US00000SVRZF001";

    @DynamicPropertySource
    static void freshDataDirectory(DynamicPropertyRegistry registry) throws IOException {
        ServiceTest.freshDataDirectory(registry, "kam-published-market");
    }

    private Map<String, Object> query(String graphql) {
        Map<String, Object> r = http.graphql(graphql);
        assertThat(r.get("errors")).as(String.valueOf(r.get("errors"))).isNull();
        return r;
    }

    @BeforeAll
    void load() throws IOException {
        Http.Response catalog = http.upload("/api/import", List.of(DIALECT.resolve("Product.csv")));
        assertThat(catalog.status()).as(catalog.body()).isEqualTo(200);

        List<Path> published = List.of(
                PUBLISHED.resolve("salesforce/OpportunityContactRole.csv"), // any order: the import orders by format
                PUBLISHED.resolve("salesforce/Opportunity.csv"),
                PUBLISHED.resolve("salesforce/AccountContactRelation.csv"),
                PUBLISHED.resolve("salesforce/Contact.csv"),
                PUBLISHED.resolve("salesforce/Account.csv"),
                PUBLISHED.resolve("veeva/Call2_vod__c.csv"),
                PUBLISHED.resolve("veeva/Child_Account_vod__c.csv"),
                PUBLISHED.resolve("veeva/User.csv"),
                PUBLISHED.resolve("veeva/Account.csv"),
                PUBLISHED.resolve("physician-shared-patient-patterns-2024-days30.txt"),
                PUBLISHED.resolve("OP_DTL_GNRL_PGYR2024_P06302025_06162025.csv"),
                PUBLISHED.resolve("OP_DTL_RSRCH_PGYR2024_P06302025_06162025.csv"),
                PUBLISHED.resolve("MUP_DPR_RY26_P04_V10_DY24_NPIBN.csv"),
                PUBLISHED.resolve("partd-formulary/pharmacy networks file  PPUF_2025Q2 part 1.txt"),
                PUBLISHED.resolve("partd-formulary/basic drugs formulary file  PPUF_2025Q2.txt"),
                PUBLISHED.resolve("partd-formulary/plan information  PPUF_2025Q2.txt"),
                PUBLISHED.resolve("nppes/npidata_pfile_20050523-20250309.csv"),
                PUBLISHED.resolve("provider-crosswalk/hospitals.csv"),
                PUBLISHED.resolve("hospitals/Hospital_General_Information.csv"),
                PUBLISHED.resolve("ahrq/chsp-hospital-linkage-2023.csv"),
                PUBLISHED.resolve("ahrq/chsp-compendium-2023.csv"));
        Http.Response r = http.upload("/api/import?format=auto&states=SD&asOf=" + AS_OF, published);
        System.out.println(r.body());
        assertThat(r.status()).as(r.body()).isEqualTo(200);

        Http.Response money = http.upload("/api/import", List.of(DIALECT.resolve("Pbm.csv"),
                DIALECT.resolve("CONTRACTS_WITH-Payer-Pbm.csv"), DIALECT.resolve("REIMBURSES-Pbm-Pharmacy.csv")));
        assertThat(money.status()).as(money.body()).isEqualTo(200);
    }

    @Test
    @Order(1)
    void entitiesFromSeveralSourcesAreOneNodeEach() {
        Map<String, Object> r = query("""
                { larsen: node(kind: Clinician, id: "NPI-1100000011") { id name }
                  hospital: node(kind: Hospital, id: "CCN-430027") { id name } }""");
        assertThat(at(r, "data.larsen.id").toString()).isEqualTo("NPI-1100000011");
        assertThat(at(r, "data.hospital.name").toString()).isNotBlank();
    }

    @Test
    @Order(2)
    void inferenceDerivesInfluenceFromTheEvidenceAndARerunChangesNothing() {
        Map<String, Object> first = query("mutation { inferInfluence(asOf: \"" + AS_OF + "\") { created updated unchanged ended } }");
        assertThat(((Number) at(first, "data.inferInfluence.created")).longValue()).isPositive();

        Map<String, Object> again = query("mutation { inferInfluence(asOf: \"" + AS_OF + "\") { created updated unchanged ended } }");
        assertThat(((Number) at(again, "data.inferInfluence.created")).longValue()).isZero();
        assertThat(((Number) at(again, "data.inferInfluence.updated")).longValue()).isZero();
        assertThat(((Number) at(again, "data.inferInfluence.unchanged")).longValue())
                .isEqualTo(((Number) at(first, "data.inferInfluence.created")).longValue());
    }

    @Test
    @Order(3)
    void decisionInfluencersExplainTheirChainsWithTheEvidence() {
        Map<String, Object> r = query("""
                { decisionInfluencers(decision: "%s", asOf: "%s", first: 10, chains: 1) {
                    seeds { role node { id } }
                    people { rank person { id name } dmuRoles
                             chains { hops { from { id } to { id } type strength basis source evidence } } } } }"""
                .formatted(DECISION, AS_OF));
        List<Map<String, Object>> people = at(r, "data.decisionInfluencers.people");
        assertThat(people).isNotEmpty();
        List<Map<String, Object>> seeds = at(r, "data.decisionInfluencers.seeds");
        assertThat(seeds).extracting(s -> at(s, "node.id").toString()).contains("NPI-1100000011"); // Larsen decides
        List<String> evidence = people.stream()
                .flatMap(p -> ((List<Map<String, Object>>) p.get("chains")).stream())
                .flatMap(c -> ((List<Map<String, Object>>) c.get("hops")).stream())
                .filter(h -> "inferred".equals(h.get("source")))
                .map(h -> String.valueOf(h.get("evidence"))).toList();
        // Patel influences Larsen through the patients Larsen refers to him; Hoff sits on Larsen's P&T committee.
        assertThat(evidence).anyMatch(e -> e.contains("150 shared patients 2024"));
        assertThat(evidence).anyMatch(e -> e.contains("P&T COMMITTEE"));
    }

    @Test
    @Order(4)
    void brokersAnswerOnTheAccountsPeople() {
        Map<String, Object> r = query("""
                { brokers(scope: {region: "SD"}, asOf: "%s", first: 5) { people { rank score person { id } } } }"""
                .formatted(AS_OF));
        List<Map<String, Object>> people = at(r, "data.brokers.people");
        assertThat(people).isNotEmpty();
    }

    @Test
    @Order(5)
    void pathwaysFollowThePlansMoneyWithItsPublishedFormularyListing() {
        Map<String, Object> r = query("""
                { pathways(from: {kind: Payer, id: "CMS-H4321"}, to: {pharmacyType: "specialty"}, product: "PRD-VRZ", k: 2, asOf: "%s") {
                    flow routes { spend hops { from { id } to { id } }
                                  formulary { listedBy { id } tier priorAuth stepTherapy } } } }""".formatted(AS_OF));
        assertThat(((Number) at(r, "data.pathways.flow")).doubleValue()).isEqualTo(1_500_000.0);
        List<Map<String, Object>> routes = at(r, "data.pathways.routes");
        assertThat(routes).hasSize(1);
        assertThat(((Number) routes.getFirst().get("spend")).doubleValue()).isEqualTo(1_500_000.0);
        // VERZENIO on formulary 00025123 of contract H4321: tier 5 with prior authorization, no step therapy.
        assertThat((List<Map<String, Object>>) routes.getFirst().get("formulary")).anySatisfy(l -> {
            assertThat(at(l, "listedBy.id").toString()).isEqualTo("CMS-H4321");
            assertThat(((Number) l.get("tier")).intValue()).isEqualTo(5);
            assertThat(l.get("priorAuth")).isEqualTo(true);
            assertThat(l.get("stepTherapy")).isEqualTo(false);
        });
    }

    @Test
    @Order(6)
    void spendFlowCountsThePlansMoneyToEveryPharmacy() {
        Map<String, Object> r = query("""
                { spendFlow(sources: {nodes: [{kind: Payer, id: "CMS-H4321"}]}, sinks: {kinds: [Pharmacy]}, asOf: "%s") {
                    value rows { source { id } target { id } value } } }""".formatted(AS_OF));
        assertThat(((Number) at(r, "data.spendFlow.value")).doubleValue()).isEqualTo(3_000_000.0);
    }
}
