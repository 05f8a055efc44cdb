package org.kamgraph.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.RelKind;
import org.kamgraph.readers.RecordingEmit;
import org.kamgraph.readers.Region;
import org.kamgraph.readers.SourceFormat;
import org.kamgraph.readers.SourceFormats;
import org.kamgraph.readers.TestIdentities;

/**
 * The demo's published files read through the readers that read the publishers' files, as the service's demo load
 * reads them: every row is taken (nothing rejected), and what the readers make of them is the market the generator
 * writes in the import format ({@link DemoMarketGenerator#importFormatOnly()}): the same clinicians, prescriptions and
 * referrals.
 */
class PublishedFormatsTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    static Path tmp;
    static Path published;
    static MarketFiles market;
    static MarketFiles plain;
    /** The identities the import has when it reaches the evidence files: the registry's clinicians, our products. */
    static TestIdentities identities = new TestIdentities();

    @BeforeAll
    static void generate() throws IOException {
        DemoMarketGenerator generator = new DemoMarketGenerator(new DemoMarketSpec(7, 0.1, TODAY));
        generator.writeTo(tmp.resolve("market"));
        generator.importFormatOnly().writeTo(tmp.resolve("plain"));
        published = tmp.resolve("market").resolve(PublishedFiles.DIRECTORY);
        market = MarketFiles.read(tmp.resolve("market"));
        plain = MarketFiles.read(tmp.resolve("plain"));
        market.each("Product.csv", r -> identities.withProduct(r.get("id"), r.get("name"), r.get("genericName")));
        market.each("Clinician.csv", r -> identities.withClinician(r.get("id").substring(4)));
    }

    static RecordingEmit read(String formatName, String file) {
        SourceFormat format = SourceFormats.byName(formatName).orElseThrow();
        assertThat(format.recognizes(Set.copyOf(market.published.get(file).header()))).as(file).isTrue();
        RecordingEmit out = RecordingEmit.translate(format, published.resolve(file), identities.context(file, TODAY, Region.ALL));
        assertThat(out.rejects).as(file).isEmpty();
        assertThat(out.outsideRegion).isZero();
        return out;
    }

    @Test
    void theNpiRegistryFileGivesEveryClinicianTheirNpiAndProfession() {
        RecordingEmit out = read("nppes", PublishedFiles.nppesName(TODAY));
        Map<String, String> profession = plain.property("Clinician.csv", "profession");
        Map<String, String> npi = plain.property("Clinician.csv", "npi");
        assertThat(out.nodes(NodeKind.CLINICIAN)).hasSize(profession.size());
        for (RecordingEmit.Node n : out.nodes) {
            assertThat(n.kind()).isEqualTo(NodeKind.CLINICIAN);
            assertThat(n.props().get("npi")).as(n.id()).isEqualTo(npi.get(n.id()));
            assertThat(n.props().get("profession")).as(n.id()).isEqualTo(profession.get(n.id()));
            assertThat(n.props()).containsKeys("name", "taxonomy", "credential");
        }
    }

    @Test
    void partDGivesTheSamePrescriptionsByDataYear() {
        Set<String> read = new HashSet<>();
        for (String file : files("MUP_DPR_")) {
            for (RecordingEmit.Rel r : read("partd-prescribers", file).relationships(RelKind.PRESCRIBES)) {
                read.add(r.start() + " " + r.end() + " " + r.props().get("claims") + " " + r.props().get("amount") + " "
                        + ((LocalDate) r.props().get("validFrom")).getYear());
            }
        }
        Set<String> expected = new HashSet<>();
        plain.each("PRESCRIBES-", r -> expected.add(r.start() + " " + r.end() + " " + r.get("claims") + " "
                + Double.parseDouble(r.get("amount")) + " " + r.get("validFrom").substring(0, 4)));
        assertThat(read).isEqualTo(expected);
    }

    @Test
    void sharedPatientsGiveTheSameReferralsAYearLater() {
        Set<String> read = new HashSet<>();
        for (String file : files("DocGraph_Hop_Teaming_")) {
            for (RecordingEmit.Rel r : read("shared-patients-hop-teaming", file).relationships(RelKind.REFERS_TO)) {
                read.add(r.start() + " " + r.end() + " " + r.props().get("patients") + " " + r.props().get("claims") + " "
                        + ((LocalDate) r.props().get("validFrom")).getYear());
            }
        }
        Set<String> expected = new HashSet<>();
        plain.each("REFERS_TO-", r -> expected.add(r.start() + " " + r.end() + " " + r.get("patients") + " " + r.get("claims")
                + " " + (Integer.parseInt(r.get("validFrom").substring(0, 4)) + 1)));
        assertThat(read).isEqualTo(expected);
    }

    @Test
    void openPaymentsGivesEveryPaymentToAKeyOpinionLeader() {
        long rows = 0;
        List<RecordingEmit.Rel> paid = new ArrayList<>();
        for (String file : files("OP_DTL_GNRL_")) {
            rows += market.published.get(file).rows().size();
            paid.addAll(read("open-payments-general", file).relationships(RelKind.RECEIVED_PAYMENT));
        }
        assertThat(paid).hasSize((int) rows).isNotEmpty();
        Map<String, Integer> natures = new HashMap<>();
        paid.forEach(r -> natures.merge((String) r.props().get("nature"), 1, Integer::sum));
        assertThat(natures.keySet()).contains("speaking", "consulting", "food_and_beverage");
    }

    private static List<String> files(String prefix) {
        List<String> names = market.published.keySet().stream().filter(n -> n.startsWith(prefix)).sorted().toList();
        assertThat(names).isNotEmpty();
        return names;
    }
}
