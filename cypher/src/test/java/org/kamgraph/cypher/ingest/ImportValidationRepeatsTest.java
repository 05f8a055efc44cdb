package org.kamgraph.cypher.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Relationship rows that repeat an identity (type, endpoints, validFrom) of an earlier row: their inputs are flagged
 * (only upserts can merge them); in a new store's export those inputs are named and no files are given.
 */
class ImportValidationRepeatsTest {
    @TempDir
    Path dir;

    private static final String PEOPLE = """
            == Clinician.csv
            id:ID(Clinician),name
            NPI-1100000011,ADA LARSEN
            NPI-1100000029,BEN OLSON
            NPI-1100000037,CARA NGUYEN
            """;

    @Test
    void noRepeatFlagsNoInput() throws Exception {
        CsvImporter.AdminExport export = export(PEOPLE + """
                == REFERS_TO-a.csv
                :START_ID(Clinician),:END_ID(Clinician),patients:long
                NPI-1100000037,NPI-1100000011,412
                NPI-1100000037,NPI-1100000029,60
                == REFERS_TO-b.csv
                :START_ID(Clinician),:END_ID(Clinician),patients:long
                NPI-1100000029,NPI-1100000011,30
                """);
        assertThat(export.usable()).isTrue();
        assertThat(export.repeatingInputs()).isEmpty();
        assertThat(export.report().relationshipsWritten()).isEqualTo(3);
        // Endpoints by the nodes' numbers (Larsen 0, Olson 1, Nguyen 2): the store's node ids.
        assertThat(Files.readString(export.relationshipFiles().getFirst().path()))
                .isEqualTo(":START_ID,:END_ID,patients:long\r\n2,0,412\r\n2,1,60\r\n");
    }

    @Test
    void aRepeatWithinOneInputNamesIt() throws Exception {
        CsvImporter.AdminExport export = export(PEOPLE + """
                == REFERS_TO-a.csv
                :START_ID(Clinician),:END_ID(Clinician),patients:long
                NPI-1100000037,NPI-1100000011,412
                NPI-1100000029,NPI-1100000011,30
                NPI-1100000037,NPI-1100000011,413
                == REFERS_TO-b.csv
                :START_ID(Clinician),:END_ID(Clinician),patients:long
                NPI-1100000037,NPI-1100000029,60
                """);
        assertThat(export.usable()).isFalse();
        assertThat(export.repeatingInputs()).containsExactly("REFERS_TO-a.csv");
    }

    /** Only the later input repeats: the earlier one's rows can be created, the later's are upserted over them. */
    @Test
    void aRepeatAcrossTwoInputsNamesTheLaterOne() throws Exception {
        CsvImporter.AdminExport export = export(PEOPLE + """
                == REFERS_TO-a.csv
                :START_ID(Clinician),:END_ID(Clinician),patients:long
                NPI-1100000037,NPI-1100000011,412
                == REFERS_TO-b.csv
                :START_ID(Clinician),:END_ID(Clinician),patients:long
                NPI-1100000029,NPI-1100000011,30
                NPI-1100000037,NPI-1100000011,412
                """);
        assertThat(export.repeatingInputs()).containsExactly("REFERS_TO-b.csv");
    }

    /** A different validFrom (or type, or direction) is another identity. */
    @Test
    void theSamePairFromAnotherDayOrTheOtherWayIsNoRepeat() throws Exception {
        CsvImporter.AdminExport export = export(PEOPLE + """
                == REFERS_TO-a.csv
                :START_ID(Clinician),:END_ID(Clinician),validFrom:date
                NPI-1100000037,NPI-1100000011,2024-01-01
                NPI-1100000037,NPI-1100000011,2025-01-01
                NPI-1100000011,NPI-1100000037,2025-01-01
                NPI-1100000011,NPI-1100000037,
                """);
        assertThat(export.repeatingInputs()).isEmpty();
        assertThat(export.usable()).isTrue();
    }

    /** A buffer of two identities: the runs spilled to files are merged; the files are gone afterwards. */
    @Test
    void spilledRunsAreMergedAndDeleted() throws Exception {
        AdminImportFiles files = new AdminImportFiles(dir);
        ImportValidation validation = new ImportValidation(CsvFiles.readers(PEOPLE + """
                == REFERS_TO-a.csv
                :START_ID(Clinician),:END_ID(Clinician),patients:long
                NPI-1100000037,NPI-1100000011,412
                NPI-1100000037,NPI-1100000029,60
                NPI-1100000029,NPI-1100000011,30
                == REFERS_TO-b.csv
                :START_ID(Clinician),:END_ID(Clinician),patients:long
                NPI-1100000011,NPI-1100000029,1
                NPI-1100000011,NPI-1100000037,2
                == REFERS_TO-c.csv
                :START_ID(Clinician),:END_ID(Clinician),patients:long
                NPI-1100000029,NPI-1100000037,1
                NPI-1100000037,NPI-1100000029,2
                """), ImportProgress.NONE, files);
        validation.repeatBuffer(2);
        validation.validate();
        files.close();

        assertThat(validation.spilledIdentityRuns).isEqualTo(3);
        assertThat(validation.inputs).filteredOn(i -> i.possibleDuplicates).extracting(ImportInput::name)
                .containsExactly("REFERS_TO-c.csv");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).allMatch(p -> p.toString().endsWith(".csv"));
        }
    }

    /** Into a database with data, rows are upserted: no identity is tracked, none flagged. */
    @Test
    void withoutTrackingNothingIsFlagged() {
        ImportValidation validation = new ImportValidation(CsvFiles.readers(PEOPLE + """
                == REFERS_TO-a.csv
                :START_ID(Clinician),:END_ID(Clinician)
                NPI-1100000037,NPI-1100000011
                NPI-1100000037,NPI-1100000011
                """), ImportProgress.NONE, null);
        validation.trackRepeatedRelationships(false);
        validation.validate();
        assertThat(validation.inputs).noneMatch(i -> i.possibleDuplicates);
    }

    private CsvImporter.AdminExport export(String files) throws Exception {
        return new CsvImporter(GraphWriter.none()).exportForAdminImport(CsvFiles.of(files), ImportOptions.defaults(), dir);
    }
}
