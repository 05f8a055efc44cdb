package org.kamgraph.cypher.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.kamgraph.cypher.ingest.GraphWriter.RelRow;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.RelKind;

/**
 * Validation with no database: inputs written as text ({@link CsvFiles}) and the problems expected, each naming
 * its file, line and column. Endpoints not in the import are missing (there is no database to find them in).
 */
class ImportValidationTest {

    @Test
    void goodFilesHaveNoProblems() {
        assertThat(CsvFiles.problems("""
                == Idn.csv
                id:ID(Idn),name
                IDN-1,Riverside Health
                == Hospital.csv
                id:ID(Hospital),name,beds:long
                HOS-1,Riverside General,420
                == PART_OF-Hospital-Idn.csv
                :START_ID(Hospital),:END_ID(Idn),validFrom:date
                HOS-1,IDN-1,2010-01-01
                """)).isEmpty();
    }

    @Test
    void aValueOutsideTheModelsRangeNamesItsFileLineAndColumn() {
        assertThat(CsvFiles.problems("""
                == Hospital.csv
                id:ID(Hospital),name,beds:long
                HOS-1,Riverside General,420
                HOS-2,Riverside North,-5
                """)).singleElement().asString().startsWith("Hospital.csv:3 column 'beds': ");
    }

    @Test
    void aDuplicateIdNamesWhereItWasFirstDefinedAcrossFilesOfOneIdSpace() {
        assertThat(CsvFiles.problems("""
                == Person.csv
                id:ID(Person),name
                CLN-1,Erin Walsh
                == Clinician.csv
                id:ID(Clinician),name
                CLN-2,Dr. Ben Okafor
                CLN-2,Dr. Ben Okafor again
                """)).containsExactly(
                "Clinician.csv:3 column 'id': duplicate id 'CLN-2' for Person (first at Clinician.csv:2)");
    }

    /** NPI ids are kept as numbers: a duplicate still names the first definition's file and line. */
    @Test
    void aDuplicateNpiIdNamesWhereItWasFirstDefined() {
        assertThat(CsvFiles.problems("""
                == Clinician.csv
                id:ID(Clinician),name
                NPI-1100000011,ADA LARSEN
                == Person.csv
                id:ID(Person),name
                NPI-1100000029,BEN OLSON
                NPI-1100000011,ADA LARSEN again
                == Hospital.csv
                id:ID(Hospital),name
                NPI-1100000011,another id space
                """)).containsExactly(
                "Person.csv:3 column 'id': duplicate id 'NPI-1100000011' for Person (first at Clinician.csv:2)");
    }

    @Test
    void anEndpointMustBeAValidRowOfTheRightKind() {
        assertThat(CsvFiles.problems("""
                == Person.csv
                id:ID(Person),name
                PER-1,Erin Walsh
                == Idn.csv
                id:ID(Idn),name
                IDN-1,Riverside Health
                IDN-2,
                == WORKS_AT-Clinician-Idn.csv
                :START_ID(Clinician),:END_ID(Idn),title
                PER-1,IDN-1,Chief
                ,IDN-1,Chief
                """)).containsExactly(
                "Idn.csv:3 column 'name': is required for Idn",
                "WORKS_AT-Clinician-Idn.csv:2 column ':START_ID(Clinician)': 'PER-1' is a Person in this import, not a Clinician",
                "WORKS_AT-Clinician-Idn.csv:3 column ':START_ID(Clinician)': is empty; the relationship needs both endpoints");
    }

    /** Looked up after the pass, kind by kind (in the model's order of kinds). */
    @Test
    void anEndpointInNeitherTheImportNorTheDatabaseIsMissingWhereItIsUsed() {
        assertThat(CsvFiles.problems("""
                == PART_OF-Hospital-Idn.csv
                :START_ID(Hospital),:END_ID(Idn)
                HOS-9,IDN-9
                """)).containsExactly(
                "PART_OF-Hospital-Idn.csv:2 column ':END_ID(Idn)': no Idn with id 'IDN-9' in this import (as a valid row) or in the database",
                "PART_OF-Hospital-Idn.csv:2 column ':START_ID(Hospital)': no Hospital with id 'HOS-9' in this import (as a valid row) or in the database");
    }

    @Test
    void aHeaderProblemIsAtLineOneAndNoneOfTheFileIsRead() {
        ImportValidation validation = new ImportValidation(CsvFiles.readers("""
                == Hospital.csv
                id:ID(Hospital),color
                HOS-1,red
                """), ImportProgress.NONE, null);
        validation.validate();

        ImportReport report = validation.report(false, false, 0, 0, 0);
        assertThat(report.problems()).singleElement().matches(p -> p.line() == 1 && p.column().equals("color"));
        assertThat(report.files()).containsExactly(new ImportReport.FileReport("Hospital.csv", "unreadable", 0, 0, 0));
    }

    @Test
    void aReportingLineThatClosesACycleIsAProblemOnItsRow() {
        assertThat(CsvFiles.problems("""
                == Person.csv
                id:ID(Person),name
                PER-1,Erin Walsh
                PER-2,Sam Reyes
                == REPORTS_TO-Person-Person.csv
                :START_ID,:END_ID,validFrom:date
                PER-1,PER-2,2020-01-01
                PER-2,PER-1,2021-01-01
                """)).singleElement().asString()
                .startsWith("REPORTS_TO-Person-Person.csv:3 column ':END_ID': this REPORTS_TO row closes ")
                .endsWith("; REPORTS_TO goes from the report to the manager");
    }

    /** Validation reads rows, not files: any reader of typed rows gets the same checks (the seam for new formats). */
    @Test
    void rowsFromAnyReaderAreValidatedTheSameWay() {
        RowReader crmExport = new RowReader() {
            public String name() {
                return "crm-export.json";
            }

            public InputShape shape(Problems problems) {
                return InputShape.relationships(RelKind.INFLUENCES, NodeKind.PERSON, "from", NodeKind.CLINICIAN, "to", List.of(
                        new InputShape.Field("strength", RelKind.INFLUENCES.property("strength").orElseThrow())));
            }

            public void read(Problems problems, Consumer<InputRow> rows) {
                rows.accept(new InputRow.Relationship(7, RelKind.INFLUENCES, new RelRow("PER-1", "CLN-1", Map.of("strength", 0.5)), true));
                rows.accept(new InputRow.Relationship(9, RelKind.INFLUENCES, new RelRow("PER-1", " ", Map.of("strength", 0.5)), true));
            }
        };
        List<RowReader> readers = new ArrayList<>(CsvFiles.readers("""
                == Person.csv
                id:ID(Person),name
                PER-1,Erin Walsh
                """));
        readers.add(crmExport);
        ImportValidation validation = new ImportValidation(readers, ImportProgress.NONE, null);
        validation.validate();
        validation.resolveEndpointsInDatabase(GraphWriter.none());

        // The row's own problems as it is read; a missing endpoint once the database was asked.
        assertThat(validation.report(false, false, 0, 0, 0).problems()).map(ImportProblem::toString).containsExactly(
                "crm-export.json:9 column 'to': is blank",
                "crm-export.json:7 column 'to': no Clinician with id 'CLN-1' in this import (as a valid row) or in the database");
        assertThat(validation.inputs).extracting(ImportInput::holds)
                .containsExactly("Person", "INFLUENCES Person->Clinician");
    }

    @Test
    void theNewStoreExportNumbersValidNodesWithoutGaps(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        CsvImporter.AdminExport export = new CsvImporter(GraphWriter.none()).exportForAdminImport(CsvFiles.of("""
                == Idn.csv
                id:ID(Idn),name
                IDN-1,Riverside Health
                IDN-2,
                IDN-3,Lakeshore
                == PART_OF-Hospital-Idn.csv
                :START_ID(Hospital),:END_ID(Idn)
                == Hospital.csv
                id:ID(Hospital),name,beds:long
                HOS-1,Riverside General,420
                """), ImportOptions.defaults().withSkipInvalid(true), dir);

        assertThat(export.usable()).isTrue();
        assertThat(export.nodeFiles()).extracting(AdminFile::labelsOrType)
                .containsExactly("Idn:Organization:Account", "Hospital:Organization:Account");
        assertThat(java.nio.file.Files.readString(export.nodeFiles().get(0).path()))
                .isEqualTo(":ID,id,name\r\n0,IDN-1,Riverside Health\r\n1,IDN-3,Lakeshore\r\n");
        assertThat(java.nio.file.Files.readString(export.nodeFiles().get(1).path()))
                .isEqualTo(":ID,id,name,beds:long\r\n2,HOS-1,Riverside General,420\r\n");
        assertThat(export.report().nodesWritten()).isEqualTo(3);
    }

}
