package org.kamgraph.readers.formulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kamgraph.readers.formulary.PartDFixtures.SD;
import static org.kamgraph.readers.formulary.PartDFixtures.fixture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.RelKind;
import org.kamgraph.readers.PublishedFile;
import org.kamgraph.readers.RecordingEmit;
import org.kamgraph.readers.RecordingEmit.Rel;
import org.kamgraph.readers.RecordingEmit.Reject;
import org.kamgraph.readers.Region;
import org.kamgraph.readers.SourceFormats;

class PartDFormularyTest {
    static final String FORMULARY = "basic drugs formulary file  PPUF_2025Q2.txt";
    static final String EDGE = "basic drugs formulary file  PPUF_2025Q2 edge cases.txt";
    static final LocalDate YEAR_2025 = LocalDate.of(2025, 1, 1);
    private final PartDFormulary format = new PartDFormulary();

    private RecordingEmit read(Path file, PartDFixtures ids, Region region) {
        return RecordingEmit.translate(format, file, ids.context(file.getFileName().toString(), region));
    }

    /** The TINY MARKET: the Sanford plan's formulary 00025123. */
    private static PartDFixtures sanford() {
        return new PartDFixtures().payer("cms-formulary:00025123", "H4321");
    }

    static Rel lists(String payer, String product, long tier, boolean pa, boolean st, boolean ql) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("tier", tier);
        p.put("priorAuth", pa);
        p.put("stepTherapy", st);
        p.put("quantityLimit", ql);
        p.put("excluded", false);
        p.put("validFrom", YEAR_2025);
        return new Rel(0, RelKind.LISTS, NodeKind.PAYER, payer, NodeKind.PRODUCT, product, p);
    }

    @Test
    void theFormularysPayerListsEachCatalogProductOnce() {
        RecordingEmit out = read(fixture(FORMULARY), sanford(), SD);
        PartDFixtures.assertModelValid(out);
        assertThat(out.relationships).containsExactly(
                lists("CMS-H4321", "PRD-VRZ", 5, true, false, true),
                lists("CMS-H4321", "PRD-IBR", 5, true, true, false),
                lists("CMS-H4321", "PRD-KIS", 4, false, false, false));
    }

    @Test
    void anRxcuiOutsideTheCatalogIsRejectedWithOneReason() {
        RecordingEmit out = read(fixture(FORMULARY), sanford(), SD);
        assertThat(out.rejects).containsExactly(new Reject(6, "RXCUI", "RXCUI not in the product catalog"));
    }

    @Test
    void aFormularySharedByContractsIsListedByEach() {
        PartDFixtures ids = sanford().payer("cms-formulary:00025123", "H5555");
        RecordingEmit out = read(fixture(FORMULARY), ids, SD);
        assertThat(out.relationships).extracting(Rel::start, Rel::end).containsExactly(
                org.assertj.core.groups.Tuple.tuple("CMS-H4321", "PRD-VRZ"),
                org.assertj.core.groups.Tuple.tuple("CMS-H5555", "PRD-VRZ"),
                org.assertj.core.groups.Tuple.tuple("CMS-H4321", "PRD-IBR"),
                org.assertj.core.groups.Tuple.tuple("CMS-H5555", "PRD-IBR"),
                org.assertj.core.groups.Tuple.tuple("CMS-H4321", "PRD-KIS"),
                org.assertj.core.groups.Tuple.tuple("CMS-H5555", "PRD-KIS"));
    }

    @Test
    void aContractWithSeveralFormulariesGetsTheLeastRestrictiveListing(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("basic drugs formulary file  PPUF_2025Q2.txt");
        Files.write(file, List.of(
                "FORMULARY_ID|FORMULARY_VERSION|CONTRACT_YEAR|RXCUI|NDC|TIER_LEVEL_VALUE|QUANTITY_LIMIT_YN|QUANTITY_LIMIT_AMOUNT|QUANTITY_LIMIT_DAYS|PRIOR_AUTHORIZATION_YN|STEP_THERAPY_YN|SELECTED_DRUG_YN",
                "00025123|18|2025|1946840|00002448354|5|Y|56|28|Y|N|N",
                "00025124|11|2025|1946840|00002448354|5|Y|56|28|N|N|N",
                "00025124|11|2025|1946840|00002448307|6|N|||N|N|N"));
        PartDFixtures ids = sanford().payer("cms-formulary:00025124", "H4321");
        RecordingEmit out = read(file, ids, SD);
        assertThat(out.relationships).containsExactly(lists("CMS-H4321", "PRD-VRZ", 5, false, false, true));
    }

    @Test
    void badTiersFlagsYearsAndUnloadedFormulariesAreRejected() {
        PartDFixtures ids = new PartDFixtures().payer("cms-formulary:00025124", "H4321").payer("cms-formulary:00025001", "S5601");
        RecordingEmit out = read(fixture(EDGE), ids, Region.ALL);
        assertThat(out.rejects).containsExactly(
                new Reject(5, "FORMULARY_ID", "formulary of no plan loaded (import the plan information file first)"),
                new Reject(6, "TIER_LEVEL_VALUE", "tier outside the model's tiers 1 to 6"),
                new Reject(7, "TIER_LEVEL_VALUE", "not a tier number"),
                new Reject(8, "PRIOR_AUTHORIZATION_YN", "expected Y or N"),
                new Reject(9, "RXCUI", "no RXCUI"),
                new Reject(10, "CONTRACT_YEAR", "not a year"));
        assertThat(out.relationships).containsExactly(
                lists("CMS-H4321", "PRD-VRZ", 4, false, false, true),
                lists("CMS-H4321", "PRD-IBR", 5, true, true, false),
                lists("CMS-S5601", "PRD-VRZ", 5, true, false, true));
    }

    @Test
    void underARegionFilterAFormularyOfNoPlanLoadedIsOutsideTheRegion() {
        PartDFixtures ids = new PartDFixtures().payer("cms-formulary:00025124", "H4321");
        RecordingEmit out = read(fixture(EDGE), ids, SD);
        assertThat(out.outsideRegion).isEqualTo(2); // 00025001 (S5601 not loaded) and 00025999
        assertThat(out.rejects).extracting(Reject::reason).doesNotContain(
                "formulary of no plan loaded (import the plan information file first)");
    }

    @Test
    void readFromTheZipCmsShips(@TempDir Path dir) throws IOException {
        Path zip = PartDPlansTest.zipped(dir, "basic drugs formulary file  PPUF_2025Q2.zip", fixture(FORMULARY));
        RecordingEmit out = read(zip, sanford(), SD);
        assertThat(out.relationships).isEqualTo(read(fixture(FORMULARY), sanford(), SD).relationships);
        assertThat(format.dateFromName(zip.getFileName().toString())).contains(LocalDate.of(2025, 6, 30));
    }

    @Test
    void detectedFromItsHeaderAndImportedAfterThePlans() {
        List<String> header = PublishedFile.of(fixture(FORMULARY)).header(format);
        assertThat(SourceFormats.detect(Set.copyOf(header))).containsInstanceOf(PartDFormulary.class);
        assertThat(format.order()).isGreaterThan(new PartDPlans().order());
        assertThat(SourceFormats.all().indexOf(SourceFormats.byName("partd-formulary").orElseThrow()))
                .isGreaterThan(SourceFormats.all().indexOf(SourceFormats.byName("partd-plans").orElseThrow()));
    }
}
