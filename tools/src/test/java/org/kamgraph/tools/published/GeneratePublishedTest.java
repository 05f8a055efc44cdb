package org.kamgraph.tools.published;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamgraph.readers.PublishedFile;
import org.kamgraph.readers.ReadContext;
import org.kamgraph.readers.Shape;
import org.kamgraph.readers.SourceFormat;
import org.kamgraph.readers.Translator;

/** The generated files: published headers, valid NPIs, suppression, one nation across files, determinism. */
class GeneratePublishedTest {
    private static final long UNIVERSE = 36_000;

    @TempDir
    Path dir;

    /** A format that only reads: the generated files must parse as their publisher's files do. */
    private static SourceFormat reading(char delimiter) {
        return new SourceFormat() {
            public String name() {
                return "test";
            }

            public String description() {
                return "";
            }

            public String dictionary() {
                return "";
            }

            public List<String> requiredColumns() {
                return List.of();
            }

            public int order() {
                return 0;
            }

            public boolean fullSnapshot() {
                return false;
            }

            public char delimiter() {
                return delimiter;
            }

            public List<Shape> shapes() {
                return List.of();
            }

            public Translator translator(ReadContext context) {
                return (row, out) -> { };
            }
        };
    }

    private Path generate(String format, long rows, String... more) {
        Path out = dir.resolve(format + "-" + rows + ".csv");
        List<String> args = new ArrayList<>(List.of("--format=" + format, "--rows=" + rows, "--out=" + out,
                "--universe=" + UNIVERSE, "--quiet"));
        args.addAll(List.of(more));
        assertThat(GeneratePublishedCommand.run(args.toArray(String[]::new))).isZero();
        return out;
    }

    private static List<Map<String, String>> rows(Path file, List<String> columns) {
        List<Map<String, String>> rows = new ArrayList<>();
        PublishedFile.of(file).rows(reading(','), r -> {
            Map<String, String> m = new HashMap<>();
            for (String c : columns) {
                m.put(c, r.get(c));
            }
            rows.add(m);
        });
        return rows;
    }

    @Test
    void npisCarryTheLuhnCheckDigitWithPrefix80840() {
        assertThat(Npi.of(110_000_001L)).isEqualTo(1_100_000_011L); // the tiny market's Ada Larsen
        assertThat(Npi.valid(1_821_017_880L)).isTrue(); // SANFORD USD MEDICAL CENTER
        assertThat(Npi.valid(1_568_460_772L)).isTrue();
        assertThat(Npi.valid(1_100_000_012L)).isFalse();
        for (long r = 0; r < 1000; r++) {
            assertThat(Npi.valid(Universe.npiOfRow(r))).isTrue();
        }
    }

    @Test
    void nppesHasThePublished330ColumnsQuotedAndBothEntityTypes() throws IOException {
        Path f = generate("nppes", 9_000);
        String header = Files.newBufferedReader(f).readLine();
        assertThat(NppesFile.HEADER).hasSize(330).startsWith("NPI", "Entity Type Code")
                .contains("Healthcare Provider Primary Taxonomy Switch_15", "Other Provider Identifier Issuer_50",
                        "Parent Organization LBN", "Provider Sex Code")
                .endsWith("Healthcare Provider Taxonomy Group_15", "Certification Date");
        assertThat(header).startsWith("\"NPI\",\"Entity Type Code\",\"Replacement NPI\",");
        List<String> header330 = PublishedFile.of(f).header(reading(','));
        assertThat(header330).isEqualTo(NppesFile.HEADER);
        List<Map<String, String>> rows = rows(f, NppesFile.HEADER);
        assertThat(rows).hasSize(9_000);
        Map<String, Long> types = new HashMap<>();
        int deactivated = 0;
        for (Map<String, String> r : rows) {
            assertThat(Npi.valid(Long.parseLong(r.get("NPI")))).isTrue();
            String type = r.get("Entity Type Code");
            if (type == null) {
                deactivated++;
                assertThat(r.get("NPI Deactivation Date")).matches("\\d\\d/\\d\\d/\\d{4}");
                continue;
            }
            types.merge(type, 1L, Long::sum);
            assertThat(r.get("Provider Business Practice Location Address State Name")).hasSize(2);
            assertThat(r.get("Provider Enumeration Date")).matches("\\d\\d/\\d\\d/\\d{4}");
            int primaries = 0;
            for (int i = 1; i <= 15; i++) {
                primaries += "Y".equals(r.get("Healthcare Provider Primary Taxonomy Switch_" + i)) ? 1 : 0;
            }
            assertThat(primaries).isEqualTo(1);
            if (type.equals("1")) {
                assertThat(r.get("Provider Last Name (Legal Name)")).isNotBlank();
            } else {
                assertThat(r.get("Provider Organization Name (Legal Business Name)")).isNotBlank();
            }
        }
        assertThat(types.get("1")).isBetween(6_700L, 7_000L); // seven rows in nine
        assertThat(types.get("2")).isBetween(1_900L, 2_000L);
        assertThat(deactivated).isBetween(10, 100);
    }

    @Test
    void partDRowsAreUniquePrescriberDrugPairsOfNppesCliniciansWithSuppressedCountsAbsent() {
        Path nppes = generate("nppes", UNIVERSE);
        Map<String, String> stateOf = new HashMap<>();
        PublishedFile.of(nppes).rows(reading(','), r -> {
            if ("1".equals(r.get("Entity Type Code"))) {
                stateOf.put(r.get("NPI"), r.get("Provider Business Practice Location Address State Name"));
            }
        });
        Path partd = generate("partd-prescribers", 10_000);
        assertThat(PublishedFile.of(partd).header(reading(','))).containsExactly(PartDFile.HEADER);
        List<Map<String, String>> rows = rows(partd, List.of(PartDFile.HEADER));
        assertThat(rows).hasSize(10_000);
        Set<String> keys = new HashSet<>();
        Set<String> prescribers = new HashSet<>();
        int suppressedBenes = 0;
        for (Map<String, String> r : rows) {
            String npi = r.get("Prscrbr_NPI");
            assertThat(stateOf).containsEntry(npi, r.get("Prscrbr_State_Abrvtn"));
            assertThat(keys.add(npi + "|" + r.get("Brnd_Name") + "|" + r.get("Gnrc_Name"))).isTrue();
            prescribers.add(npi);
            assertThat(Long.parseLong(r.get("Tot_Clms"))).isGreaterThanOrEqualTo(11);
            assertThat(r.get("Tot_Drug_Cst")).matches("\\d+\\.\\d\\d");
            if (r.get("Tot_Benes") == null) {
                suppressedBenes++;
            } else {
                assertThat(Long.parseLong(r.get("Tot_Benes"))).isGreaterThanOrEqualTo(11);
            }
            String flag = r.get("GE65_Sprsn_Flag");
            assertThat(flag == null ? r.get("GE65_Tot_Clms") : "suppressed").isNotNull();
            if (flag != null) {
                assertThat(flag).isIn("*", "#");
                assertThat(r.get("GE65_Tot_Clms")).isNull();
            }
        }
        assertThat(suppressedBenes).isPositive();
        assertThat(10_000.0 / prescribers.size()).isBetween(15.0, 40.0);
    }

    @Test
    void theCatalogNamesAFewHundredOfTheDrugsThePartDFileUses() throws IOException {
        Path catalog = generate("product-catalog", 0);
        List<String> lines = Files.readAllLines(catalog);
        assertThat(lines.getFirst()).isEqualTo("id:ID(Product),name,genericName,therapeuticArea,rxcui,ours:boolean");
        assertThat(lines).hasSize(301);
        Set<String> brands = new HashSet<>();
        for (String l : lines.subList(1, lines.size())) {
            brands.add(l.split(",")[1]);
        }
        Path partd = generate("partd-prescribers", 10_000);
        long matched = rows(partd, List.of("Brnd_Name")).stream()
                .filter(r -> brands.contains(r.get("Brnd_Name").toUpperCase(java.util.Locale.ROOT))).count();
        assertThat(matched).isBetween(100L, 5_000L);
        Set<String> names = new HashSet<>();
        rows(partd, List.of("Brnd_Name", "Gnrc_Name")).forEach(r -> names.add(r.get("Brnd_Name") + "|" + r.get("Gnrc_Name")));
        assertThat(names.size()).isBetween(500, 3_000);
    }

    @Test
    void theVeevaProductExportIsTheCatalogInVeevasLayoutAndItsReaderTakesEveryProduct() throws IOException {
        Path catalog = generate("product-catalog", 0);
        Path veeva = generate("veeva-product", 0);
        assertThat(PublishedFile.of(veeva).header(reading(','))).containsExactly(VeevaProductFile.HEADER);
        Map<String, String> catalogNames = new HashMap<>();
        for (String l : Files.readAllLines(catalog).subList(1, 301)) {
            String[] f = l.split(",");
            catalogNames.put(f[0], f[1] + "|" + f[2] + "|" + f[3] + "|" + f[5]);
        }
        Map<String, String> veevaNames = new HashMap<>();
        PublishedFile.of(veeva).rows(reading(','), r -> veevaNames.put(r.get("External_ID_vod__c"), r.get("Name") + "|"
                + r.get("Description_vod__c") + "|" + r.get("Therapeutic_Area_vod__c") + "|" + r.get("Company_Product_vod__c")));
        assertThat(veevaNames).isEqualTo(catalogNames);

        org.kamgraph.readers.SourceFormat format = org.kamgraph.readers.SourceFormats.byName("veeva-product").orElseThrow();
        assertThat(org.kamgraph.readers.SourceFormats.detect(Set.copyOf(PublishedFile.of(veeva).header(format)), "Product_vod__c.csv"))
                .contains(format);
        ReadPublishedCommand.Result read = ReadPublishedCommand.read(format, veeva,
                new UniverseIdentities(new Universe(42, UNIVERSE), null), org.kamgraph.readers.Region.ALL);
        assertThat(read.nodes()).isEqualTo(300);
        assertThat(read.rejected()).isZero();
    }

    @Test
    void sharedPatientPairsAreDistinctCliniciansWithAtLeastElevenBeneficiaries() {
        Path nppes = generate("nppes", UNIVERSE);
        Set<String> clinicians = new HashSet<>();
        PublishedFile.of(nppes).rows(reading(','), r -> {
            if ("1".equals(r.get("Entity Type Code"))) {
                clinicians.add(r.get("NPI"));
            }
        });
        Path shared = generate("shared-patients", 20_000, "--header=yes");
        List<Map<String, String>> rows = rows(shared, List.of(SharedPatientsFile.DOCGRAPH_HEADER));
        assertThat(rows).hasSize(20_000);
        Set<String> pairs = new HashSet<>();
        int sameDaySuppressed = 0;
        for (Map<String, String> r : rows) {
            assertThat(r.get("npi1")).isNotEqualTo(r.get("npi2"));
            assertThat(clinicians).contains(r.get("npi1"), r.get("npi2"));
            assertThat(pairs.add(r.get("npi1") + ">" + r.get("npi2"))).isTrue();
            long benes = Long.parseLong(r.get("bene_count"));
            assertThat(benes).isGreaterThanOrEqualTo(11);
            assertThat(Long.parseLong(r.get("pair_count"))).isGreaterThanOrEqualTo(benes);
            if (r.get("same_day_count") == null) {
                sameDaySuppressed++;
            } else {
                assertThat(Long.parseLong(r.get("same_day_count"))).isGreaterThanOrEqualTo(11);
            }
        }
        assertThat(sameDaySuppressed).isPositive();
    }

    @Test
    void hopTeamingLayoutHasItsHeaderAndTheDocGraphLayoutNoneAsPublished() throws IOException {
        Path hop = generate("shared-patients", 100, "--layout=hop-teaming");
        assertThat(Files.readAllLines(hop).getFirst())
                .isEqualTo("from_npi,to_npi,patient_count,transaction_count,average_day_wait,std_day_wait");
        Path bare = dir.resolve("bare.csv");
        assertThat(GeneratePublishedCommand.run(new String[] {"--format=shared-patients", "--rows=100", "--out=" + bare,
                "--universe=" + UNIVERSE, "--quiet"})).isZero();
        List<String> lines = Files.readAllLines(bare);
        assertThat(lines).hasSize(100);
        assertThat(lines.getFirst()).matches("\\d{10},\\d{10},\\d+,\\d+,\\d*");
    }

    @Test
    void openPaymentsGeneralHasThePublished91ColumnsAndPaysPopulationClinicians() throws IOException {
        Path f = generate("open-payments-general", 5_000);
        assertThat(PublishedFile.of(f).header(reading(','))).containsExactly(OpenPaymentsFile.HEADER).hasSize(91);
        List<Map<String, String>> rows = rows(f, List.of(OpenPaymentsFile.HEADER));
        assertThat(rows).hasSize(5_000);
        Map<String, Long> natures = new HashMap<>();
        for (Map<String, String> r : rows) {
            assertThat(Npi.valid(Long.parseLong(r.get("Covered_Recipient_NPI")))).isTrue();
            assertThat(r.get("Total_Amount_of_Payment_USDollars")).matches("\\d+\\.\\d\\d");
            assertThat(r.get("Date_of_Payment")).matches("\\d\\d/\\d\\d/2024");
            assertThat(r.get("Name_of_Drug_or_Biological_or_Device_or_Medical_Supply_1")).isNotBlank();
            assertThat(r.get("Program_Year")).isEqualTo("2024");
            natures.merge(r.get("Nature_of_Payment_or_Transfer_of_Value"), 1L, Long::sum);
        }
        assertThat(natures.get("Food and Beverage")).isGreaterThan(3_500L);
        assertThat(natures).containsKey("Consulting Fee");
        // every line has the 91 fields (text quoted, numbers and empty fields bare)
        assertThat(Files.readAllLines(f).subList(1, 100)).allSatisfy(l -> assertThat(l).startsWith("\"NEW\",\"Covered Recipient"));
    }

    @Test
    void theCliniciansCsvHoldsTheActiveIndividualsOfTheNppesFileInOurDialect() throws IOException {
        Path nppes = generate("nppes", UNIVERSE);
        Set<String> active = new HashSet<>();
        PublishedFile.of(nppes).rows(reading(','), r -> {
            if ("1".equals(r.get("Entity Type Code"))) {
                active.add("NPI-" + r.get("NPI"));
            }
        });
        Path clinicians = generate("clinicians-csv", 0);
        List<String> lines = Files.readAllLines(clinicians);
        assertThat(lines.getFirst()).isEqualTo("id:ID(Clinician),name,npi,credential,taxonomy,practiceCity,region,source");
        Set<String> ids = new HashSet<>();
        lines.subList(1, lines.size()).forEach(l -> ids.add(l.substring(0, l.indexOf(','))));
        assertThat(ids).isEqualTo(active);
    }

    @Test
    void theSameSeedWritesTheSameBytesAndAnotherSeedOthers() throws IOException {
        Path a = generate("partd-prescribers", 3_000);
        byte[] first = Files.readAllBytes(a);
        Path b = generate("partd-prescribers", 3_000);
        assertThat(Files.readAllBytes(b)).isEqualTo(first);
        Path c = generate("partd-prescribers", 3_000, "--seed=7");
        assertThat(Files.readAllBytes(c)).isNotEqualTo(first);
    }

    @Test
    void badOptionsAreRefused() {
        assertThat(GeneratePublishedCommand.run(new String[] {"--format=nppes", "--out=x.csv"})).isEqualTo(2);
        assertThat(GeneratePublishedCommand.run(new String[] {"--format=nope", "--rows=1", "--out=" + dir.resolve("x")}))
                .isEqualTo(2);
        assertThat(GeneratePublishedCommand.Options.count("25M", "--rows")).isEqualTo(25_000_000L);
        assertThat(GeneratePublishedCommand.Options.count("7_000_000", "--rows")).isEqualTo(7_000_000L);
        assertThatThrownBy(() -> GeneratePublishedCommand.Options.count("lots", "--rows"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
