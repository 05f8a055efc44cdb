package org.kamgraph.readers.openpayments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.RelKind;
import org.kamgraph.readers.PublishedFile;
import org.kamgraph.readers.RecordingEmit;
import org.kamgraph.readers.RecordingEmit.Rel;
import org.kamgraph.readers.RecordingEmit.Reject;
import org.kamgraph.readers.Region;
import org.kamgraph.readers.SourceFormat;
import org.kamgraph.readers.SourceFormats;
import org.kamgraph.readers.claims.TinyMarket;

class OpenPaymentsTest {
    static final String GENERAL = "OP_DTL_GNRL_PGYR2024_P06302025_06162025.csv";
    static final String RESEARCH = "OP_DTL_RSRCH_PGYR2024_P06302025_06162025.csv";
    static final String GENERAL_EDGE = "claims-edge/OP_DTL_GNRL_PGYR2024_P06302025_06162025_edge.csv";
    static final String RESEARCH_EDGE = "claims-edge/OP_DTL_RSRCH_PGYR2024_P06302025_06162025_edge.csv";
    static final String SPEAKING = "Compensation for services other than consulting, including serving as faculty or as a"
            + " speaker at a venue other than a continuing education program";
    static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

    static RecordingEmit read(SourceFormat format, String name, Region region) {
        return RecordingEmit.translate(format, TinyMarket.published(name),
                TinyMarket.identities().context(Path.of(name).getFileName().toString(), AS_OF, region));
    }

    static Rel paid(long line, String npi, String product, double amount, String nature, long payments,
            String manufacturer, LocalDate day) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("amount", amount);
        props.put("currency", "USD");
        props.put("nature", nature);
        props.put("payments", payments);
        props.put("manufacturer", manufacturer);
        props.put("validFrom", day);
        props.put("validTo", day);
        return new Rel(line, RelKind.RECEIVED_PAYMENT, NodeKind.CLINICIAN, "NPI-" + npi, NodeKind.PRODUCT, product, props);
    }

    static LocalDate day(int month, int day) {
        return LocalDate.of(2024, month, day);
    }

    @Test
    void tinyMarketGeneralPaymentsBecomeDatedPayments() {
        RecordingEmit out = read(OpenPayments.GENERAL, GENERAL, new Region(Set.of("SD")));

        assertThat(out.relationships).containsExactly(
                paid(2, "1100000011", "PRD-VRZ", 2500.0, "speaking", 1, "Eli Lilly and Company", day(3, 10)),
                paid(3, "1100000011", "PRD-VRZ", 2500.0, "speaking", 1, "Eli Lilly and Company", day(6, 12)),
                paid(4, "1100000011", "PRD-VRZ", 2500.0, "speaking", 1, "Eli Lilly and Company", day(9, 20)),
                paid(5, "1100000029", "PRD-IBR", 5000.0, "consulting", 1, "Pfizer Inc.", day(5, 1)),
                paid(6, "1100000045", "PRD-VRZ", 45.12, "food_and_beverage", 1, "Eli Lilly and Company", day(2, 2)));
        assertThat(out.rejects).isEmpty();
        assertThat(out.outsideRegion).isZero();
    }

    @Test
    void tinyMarketResearchPaymentIsResearch() {
        RecordingEmit out = read(OpenPayments.RESEARCH, RESEARCH, Region.ALL);

        assertThat(out.relationships).containsExactly(
                paid(2, "1100000029", "PRD-IBR", 20000.0, "research", 1, "Pfizer Inc.", day(7, 15)));
        assertThat(out.rejects).isEmpty();
    }

    @Test
    void researchPaidToATeachingHospitalGoesToItsFirstPrincipalInvestigator() {
        RecordingEmit out = read(OpenPayments.RESEARCH, RESEARCH_EDGE, Region.ALL);

        assertThat(out.relationships).containsExactly(
                paid(2, "1100000011", "PRD-IBR", 8000.0, "research", 1, "Pfizer Inc.", day(8, 1)));
    }

    @Test
    void paymentsOfOneDayForOneProductAreSummedWithTheLargestPaymentsNature() {
        RecordingEmit out = read(OpenPayments.GENERAL, GENERAL_EDGE, new Region(Set.of("SD")));

        assertThat(out.relationships).first().isEqualTo(
                paid(2, "1100000011", "PRD-VRZ", 2530.0, "speaking", 2, "Eli Lilly and Company", day(3, 10)));
    }

    @Test
    void aPaymentNamingTwoOfOurProductsIsSplitEvenly() {
        RecordingEmit out = read(OpenPayments.GENERAL, GENERAL_EDGE, Region.ALL);

        assertThat(out.relationships(RelKind.RECEIVED_PAYMENT)).filteredOn(r -> r.line() == 4).containsExactly(
                paid(4, "1100000029", "PRD-VRZ", 500.0, "speaking", 1, "Pfizer Inc.", day(4, 4)),
                paid(4, "1100000029", "PRD-IBR", 500.0, "speaking", 1, "Pfizer Inc.", day(4, 4)));
    }

    @Test
    void numberOfPaymentsCountsAndAnUnknownNatureIsOther() {
        RecordingEmit out = read(OpenPayments.GENERAL, GENERAL_EDGE, Region.ALL);

        assertThat(out.relationships).filteredOn(r -> r.line() >= 13).containsExactly(
                paid(13, "1100000045", "PRD-VRZ", 135.0, "travel", 3, "Eli Lilly and Company", day(2, 3)),
                paid(15, "1100000045", "PRD-VRZ", 20.0, "other", 1, "Eli Lilly and Company", day(2, 5)));
    }

    @Test
    void unusableRowsAreRejectedNamingTheColumn() {
        RecordingEmit out = read(OpenPayments.GENERAL, GENERAL_EDGE, new Region(Set.of("SD")));

        String product = "Name_of_Drug_or_Biological_or_Device_or_Medical_Supply_1";
        assertThat(out.rejects).containsExactly(
                new Reject(5, product, "no product named 'ELIQUIS'"),
                new Reject(6, product, "no product named 'MAKO SmartRobotics'"),
                new Reject(7, "Covered_Recipient_Type",
                        "payment to a teaching hospital (the model records payments to clinicians)"),
                new Reject(8, "Date_of_Payment", "not a date (MM/DD/YYYY)"),
                new Reject(9, "Total_Amount_of_Payment_USDollars", "not an amount in US dollars"),
                new Reject(10, "Covered_Recipient_NPI", "not a valid NPI (10 digits with a valid check digit)"),
                new Reject(11, "Covered_Recipient_NPI", OpenPayments.RECIPIENT_NOT_LOADED),
                new Reject(14, product, "payment not related to a product"),
                new Reject(16, "Number_of_Payments_Included_in_Total_Amount", "not a count of payments"),
                new Reject(17, "Covered_Recipient_NPI", "no recipient NPI"));
        assertThat(out.outsideRegion).isEqualTo(1);
    }

    @Test
    void theProgramYearZipIsReadForEachFile(@TempDir Path dir) throws IOException {
        Path zip = dir.resolve("PGYR2024_P06302025_06162025.zip");
        try (OutputStream os = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(os)) {
            for (String name : List.of("OP_PGYR2024_README_P06302025.txt", GENERAL, RESEARCH)) {
                z.putNextEntry(new ZipEntry(name));
                z.write(name.endsWith(".txt") ? "Read me".getBytes() : Files.readAllBytes(TinyMarket.published(name)));
                z.closeEntry();
            }
        }
        RecordingEmit general = RecordingEmit.translate(OpenPayments.GENERAL, zip,
                TinyMarket.identities().context(zip.getFileName().toString(), AS_OF, Region.ALL));
        RecordingEmit research = RecordingEmit.translate(OpenPayments.RESEARCH, zip,
                TinyMarket.identities().context(zip.getFileName().toString(), AS_OF, Region.ALL));

        assertThat(general.relationships).hasSize(5);
        assertThat(research.relationships).containsExactly(
                paid(2, "1100000029", "PRD-IBR", 20000.0, "research", 1, "Pfizer Inc.", day(7, 15)));
    }

    @Test
    void everyPublishedNatureMapsToAModelNature() {
        assertThat(Natures.PUBLISHED.values()).allMatch(Natures.MODEL::contains);
        assertThat(Natures.of(SPEAKING.toUpperCase())).isEqualTo("speaking");
        assertThat(Natures.of("Consulting Fee")).isEqualTo("consulting");
        assertThat(Natures.of("Current or prospective ownership or investment interest")).isEqualTo("ownership");
        assertThat(Natures.of("A nature CMS adds next year")).isEqualTo("other");
    }

    @Test
    void publicationDateComesFromTheFileName() {
        assertThat(OpenPayments.GENERAL.dateFromName(GENERAL)).contains(AS_OF);
        assertThat(OpenPayments.RESEARCH.dateFromName("payments.csv")).isEmpty();
    }

    @Test
    void eachFileIsDetectedAsItsFormat() {
        for (String name : List.of(GENERAL, RESEARCH)) {
            List<String> header = PublishedFile.of(TinyMarket.published(name)).header(OpenPayments.GENERAL);
            SourceFormat expected = name.equals(GENERAL) ? OpenPayments.GENERAL : OpenPayments.RESEARCH;
            assertThat(SourceFormats.detect(Set.copyOf(header))).as(name).containsSame(expected);
        }
    }
}
