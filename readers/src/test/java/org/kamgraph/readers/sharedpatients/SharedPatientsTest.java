package org.kamgraph.readers.sharedpatients;

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

class SharedPatientsTest {
    static final String CMS = "physician-shared-patient-patterns-2024-days30.txt";
    static final String HOP = "DocGraph_Hop_Teaming_2024.csv";
    static final String EDGE = "claims-edge/physician-shared-patient-patterns-2024-days30-edge.txt";
    static final String WITH_HEADER = "claims-edge/shared-patients-with-header-2024.csv";
    static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    static final LocalDate FROM = LocalDate.of(2024, 1, 1);
    static final LocalDate TO = LocalDate.of(2024, 12, 31);
    static final String FIRST_NOT_LOADED = "first NPI not loaded (not in the NPI registry data, or outside the region)";

    static RecordingEmit read(SourceFormat format, Path file) {
        return RecordingEmit.translate(format, file,
                TinyMarket.identities().context(file.getFileName().toString(), AS_OF, new Region(Set.of("SD"))));
    }

    static RecordingEmit read(SourceFormat format, String name) {
        return read(format, TinyMarket.published(name));
    }

    static Rel refers(long line, String from, String to, Long patients, Long claims, Long sameDay) {
        Map<String, Object> props = new LinkedHashMap<>();
        if (patients != null) {
            props.put("patients", patients);
        }
        if (claims != null) {
            props.put("claims", claims);
        }
        if (sameDay != null) {
            props.put("sameDay", sameDay);
        }
        props.put("validFrom", FROM);
        props.put("validTo", TO);
        return new Rel(line, RelKind.REFERS_TO, NodeKind.CLINICIAN, "NPI-" + from, NodeKind.CLINICIAN, "NPI-" + to, props);
    }

    @Test
    void headerlessCmsFileBecomesReferralsFromTheFirstSeen() {
        RecordingEmit out = read(SharedPatients.CMS, CMS);

        assertThat(out.relationships).containsExactly(
                refers(1, "1100000037", "1100000011", 412L, 640L, 12L),
                refers(2, "1100000086", "1100000011", 85L, 120L, 0L),
                refers(3, "1100000029", "1100000011", 30L, 44L, 0L),
                refers(4, "1100000011", "1100000045", 150L, 210L, 0L),
                refers(5, "1100000037", "1100000029", 60L, 75L, 0L));
        assertThat(out.rejects).containsExactly(new Reject(6, "npi1", FIRST_NOT_LOADED));
    }

    @Test
    void hopTeamingFileBecomesTheSameReferrals() {
        RecordingEmit out = read(SharedPatients.HOP_TEAMING, HOP);

        assertThat(out.relationships).containsExactly(
                refers(2, "1100000037", "1100000011", 412L, 640L, null),
                refers(3, "1100000086", "1100000011", 85L, 120L, null),
                refers(4, "1100000029", "1100000011", 30L, 44L, null),
                refers(5, "1100000011", "1100000045", 150L, 210L, null),
                refers(6, "1100000037", "1100000029", 60L, 75L, null));
        assertThat(out.rejects).containsExactly(new Reject(7, "from_npi", FIRST_NOT_LOADED));
    }

    @Test
    void aHeaderRowTheUserAddedIsReadAsAHeader() {
        RecordingEmit out = read(SharedPatients.CMS, WITH_HEADER);

        assertThat(out.relationships).containsExactly(refers(2, "1100000037", "1100000011", 412L, 640L, 12L));
    }

    @Test
    void theZipCmsShipsIsRead(@TempDir Path dir) throws IOException {
        Path zip = dir.resolve("physician-shared-patient-patterns-2024-days30.zip");
        try (OutputStream os = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(os)) {
            z.putNextEntry(new ZipEntry(CMS));
            z.write(Files.readAllBytes(TinyMarket.published(CMS)));
            z.closeEntry();
        }
        RecordingEmit out = read(SharedPatients.CMS, zip);

        assertThat(out.relationships).hasSize(5).first().isEqualTo(refers(1, "1100000037", "1100000011", 412L, 640L, 12L));
    }

    @Test
    void unusablePairsAreRejectedNamingTheEnd() {
        RecordingEmit out = read(SharedPatients.CMS, EDGE);

        assertThat(out.rejects).containsExactly(
                new Reject(1, "npi1", "first not a valid NPI (10 digits with a valid check digit)"),
                new Reject(2, "npi2", "second not a valid NPI (10 digits with a valid check digit)"),
                new Reject(3, "npi1", FIRST_NOT_LOADED),
                new Reject(4, "npi2", "second NPI not loaded (not in the NPI registry data, or outside the region)"),
                new Reject(5, "npi2", "the same NPI at both ends"),
                new Reject(6, "pair_count", "not a count"),
                new Reject(8, "npi1", "no first NPI"));
    }

    @Test
    void suppressedCountsStayAbsentNeverZero() {
        RecordingEmit out = read(SharedPatients.CMS, EDGE);

        assertThat(out.relationships).containsExactly(refers(7, "1100000029", "1100000045", null, 48L, null));
    }

    @Test
    void yearComesFromTheFileName() {
        assertThat(SharedPatients.CMS.dateFromName(CMS)).contains(TO);
        assertThat(SharedPatients.HOP_TEAMING.dateFromName(HOP)).contains(TO);
        assertThat(SharedPatients.CMS.dateFromName("pairs-days180.txt")).isEmpty();
    }

    @Test
    void headerlessFileGetsTheImpliedHeaderAndIsDetected() {
        List<String> firstRow = List.of("1100000037", "1100000011", "640       ", "412       ", "12");
        assertThat(SourceFormats.detect(Set.copyOf(firstRow))).containsSame(SharedPatients.CMS);
        // A first row whose same-day count is suppressed (empty) is detected all the same.
        assertThat(SourceFormats.detect(Set.of("1100000037", "1100000011", "640", "412", ""))).containsSame(SharedPatients.CMS);
        assertThat(SourceFormats.detect(Set.of("", "x"))).isEmpty();
        assertThat(PublishedFile.of(TinyMarket.published(CMS)).header(SharedPatients.CMS))
                .isEqualTo(SharedPatients.CMS_COLUMNS);
    }

    @Test
    void hopTeamingIsDetectedByItsHeader() {
        List<String> header = PublishedFile.of(TinyMarket.published(HOP)).header(SharedPatients.HOP_TEAMING);
        assertThat(SourceFormats.detect(Set.copyOf(header))).containsSame(SharedPatients.HOP_TEAMING);
    }
}
