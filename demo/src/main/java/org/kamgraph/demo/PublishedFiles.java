package org.kamgraph.demo;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategies;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The parts of the demo market that public US files carry, written as their publishers ship them (column names as
 * in the publishers' data dictionaries, see docs/formats/), into the subdirectory {@value #DIRECTORY} of the market's
 * directory, so that the service builds the demo through the same readers as a user's real files:
 * <ul>
 *   <li>{@code npidata_pfile_20050523-YYYYMMDD.csv}: the NPPES NPI registry (full file, as of today), one entity
 *       type 1 row per clinician ({@link #NPPES_COLUMNS});</li>
 *   <li>{@code MUP_DPR_RYyy_P04_V10_DYyy_NPIBN.csv}: Medicare Part D Prescribers by Provider and Drug, one file per
 *       data year ({@link #PARTD_COLUMNS});</li>
 *   <li>{@code DocGraph_Hop_Teaming_YYYY.csv}: shared patients between clinicians (the DocGraph hop teaming layout),
 *       one file per year ({@link #HOP_COLUMNS});</li>
 *   <li>{@code OP_DTL_GNRL_PGYRYYYY_PMMDDYYYY.csv}: CMS Open Payments general payments to key opinion leaders, one
 *       file per program year ({@link #PAYMENT_COLUMNS}).</li>
 * </ul>
 * Each file is opened on its first row, its fields quoted as its publisher quotes them.
 */
final class PublishedFiles implements Closeable {
    /** The subdirectory of the market's directory that holds the published files. */
    static final String DIRECTORY = "published";

    private static final int BUFFER = 1 << 16;
    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("MM/dd/yyyy");
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.BASIC_ISO_DATE;

    /** The NPPES data dissemination file's columns the demo fills, in the file's order (the full file has ~330). */
    static final List<String> NPPES_COLUMNS = List.of("NPI", "Entity Type Code", "Replacement NPI",
            "Employer Identification Number (EIN)", "Provider Organization Name (Legal Business Name)",
            "Provider Last Name (Legal Name)", "Provider First Name", "Provider Middle Name", "Provider Name Prefix Text",
            "Provider Name Suffix Text", "Provider Credential Text", "Provider First Line Business Mailing Address",
            "Provider Business Mailing Address City Name", "Provider Business Mailing Address State Name",
            "Provider Business Mailing Address Postal Code", "Provider Business Mailing Address Country Code (If outside U.S.)",
            "Provider First Line Business Practice Location Address", "Provider Second Line Business Practice Location Address",
            "Provider Business Practice Location Address City Name", "Provider Business Practice Location Address State Name",
            "Provider Business Practice Location Address Postal Code",
            "Provider Business Practice Location Address Country Code (If outside U.S.)",
            "Provider Business Practice Location Address Telephone Number", "Provider Enumeration Date", "Last Update Date",
            "NPI Deactivation Reason Code", "NPI Deactivation Date", "NPI Reactivation Date",
            "Healthcare Provider Taxonomy Code_1", "Provider License Number_1", "Provider License Number State Code_1",
            "Healthcare Provider Primary Taxonomy Switch_1", "Healthcare Provider Taxonomy Code_2",
            "Provider License Number_2", "Provider License Number State Code_2", "Healthcare Provider Primary Taxonomy Switch_2",
            "Is Sole Proprietor", "Is Organization Subpart", "Parent Organization LBN", "Parent Organization TIN",
            "Certification Date");

    /** Medicare Part D Prescribers - by Provider and Drug, as data.cms.gov publishes it (data years 2013 on). */
    static final List<String> PARTD_COLUMNS = List.of("Prscrbr_NPI", "Prscrbr_Last_Org_Name", "Prscrbr_First_Name",
            "Prscrbr_City", "Prscrbr_State_Abrvtn", "Prscrbr_State_FIPS", "Prscrbr_Type", "Prscrbr_Type_Src", "Brnd_Name",
            "Gnrc_Name", "Tot_Clms", "Tot_30day_Fills", "Tot_Day_Suply", "Tot_Drug_Cst", "Tot_Benes", "GE65_Sprsn_Flag",
            "GE65_Tot_Clms", "GE65_Tot_30day_Fills", "GE65_Tot_Drug_Cst", "GE65_Tot_Day_Suply", "GE65_Bene_Sprsn_Flag",
            "GE65_Tot_Benes");

    /** DocGraph hop teaming (CareSet): first provider, second provider, patients, transactions, wait in days. */
    static final List<String> HOP_COLUMNS = List.of("from_npi", "to_npi", "patient_count", "transaction_count",
            "average_day_wait", "std_day_wait");

    /** CMS Open Payments general payments detail file: the columns the demo fills, in the file's order. */
    static final List<String> PAYMENT_COLUMNS = List.of("Change_Type", "Covered_Recipient_Type",
            "Covered_Recipient_Profile_ID", "Covered_Recipient_NPI", "Covered_Recipient_First_Name",
            "Covered_Recipient_Last_Name", "Recipient_City", "Recipient_State", "Recipient_Country",
            "Covered_Recipient_Primary_Type_1", "Covered_Recipient_Specialty_1",
            "Applicable_Manufacturer_or_Applicable_GPO_Making_Payment_ID",
            "Applicable_Manufacturer_or_Applicable_GPO_Making_Payment_Name",
            "Applicable_Manufacturer_or_Applicable_GPO_Making_Payment_State",
            "Applicable_Manufacturer_or_Applicable_GPO_Making_Payment_Country", "Total_Amount_of_Payment_USDollars",
            "Date_of_Payment", "Number_of_Payments_Included_in_Total_Amount", "Form_of_Payment_or_Transfer_of_Value",
            "Nature_of_Payment_or_Transfer_of_Value", "Physician_Ownership_Indicator", "Related_Product_Indicator",
            "Covered_or_Noncovered_Indicator_1", "Indicate_Drug_or_Biological_or_Device_or_Medical_Supply_1",
            "Product_Category_or_Therapeutic_Area_1", "Name_of_Drug_or_Biological_or_Device_or_Medical_Supply_1",
            "Associated_Drug_or_Biological_NDC_1", "Program_Year", "Payment_Publication_Date", "Record_ID");

    /** Names of the files this class writes (stale ones are deleted before a generation). */
    static final Pattern NAMES = Pattern.compile("npidata_pfile_\\d{8}-\\d{8}\\.csv|MUP_DPR_RY\\d\\d_P04_V10_DY\\d\\d_NPIBN\\.csv"
            + "|DocGraph_Hop_Teaming_\\d{4}\\.csv|OP_DTL_GNRL_PGYR\\d{4}_P\\d{8}\\.csv");

    /** One open file and its row count. */
    private static final class File {
        final CsvWriter writer;
        final boolean relationships;
        long rows;

        File(CsvWriter writer, boolean relationships) {
            this.writer = writer;
            this.relationships = relationships;
        }
    }

    private final Path dir;
    private final Map<String, File> files = new LinkedHashMap<>();

    /** Opens {@code <market dir>/published}, creating it, and deletes files an earlier generation wrote there. */
    PublishedFiles(Path marketDir) throws IOException {
        this.dir = marketDir.resolve(DIRECTORY);
        Files.createDirectories(dir);
        try (DirectoryStream<Path> old = Files.newDirectoryStream(dir, "*.csv")) {
            for (Path f : old) {
                if (Files.isRegularFile(f) && NAMES.matcher(f.getFileName().toString()).matches()) {
                    Files.delete(f);
                }
            }
        }
    }

    /** The NPPES full file's name as CMS names it: the registry's first day to the file's date. */
    static String nppesName(LocalDate asOf) {
        return "npidata_pfile_20050523-" + asOf.format(COMPACT) + ".csv";
    }

    /** The Part D prescribers file of a data year, released (RY) two years later as CMS releases them. */
    static String partDName(int dataYear) {
        return String.format(java.util.Locale.ROOT, "MUP_DPR_RY%02d_P04_V10_DY%02d_NPIBN.csv", (dataYear + 2) % 100, dataYear % 100);
    }

    static String hopTeamingName(int year) {
        return "DocGraph_Hop_Teaming_" + year + ".csv";
    }

    /**
     * Open Payments general payments of a program year, with its publication date as CMS names it ({@code _PMMDDYYYY});
     * the demo's payments are published on the market's today.
     */
    static String generalPaymentsName(int programYear, LocalDate published) {
        return "OP_DTL_GNRL_PGYR" + programYear + "_P" + published.format(DateTimeFormatter.ofPattern("MMddyyyy")) + ".csv";
    }

    /** Formats a date as the US publishers do: MM/DD/YYYY. */
    static String usDate(int epochDay) {
        return LocalDate.ofEpochDay(epochDay).format(US);
    }

    /** Writes one row to the named file, opening it (with its header) on first use. */
    void write(String fileName, List<String> header, boolean quoteAll, boolean relationships, String... fields) {
        File f = files.get(fileName);
        if (f == null) {
            try {
                CsvWriter.CsvWriterBuilder b = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).bufferSize(BUFFER);
                if (quoteAll) {
                    b.quoteStrategy(QuoteStrategies.ALWAYS);
                }
                f = new File(b.build(dir.resolve(fileName), StandardCharsets.UTF_8), relationships);
                f.writer.writeRecord(header);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            files.put(fileName, f);
        }
        if (fields.length != header.size()) {
            throw new IllegalArgumentException(fileName + ": " + fields.length + " fields for " + header.size() + " columns");
        }
        CsvWriter.CsvWriterRecord rec = f.writer.writeRecord();
        for (String v : fields) {
            rec.writeField(v == null ? "" : v);
        }
        rec.endRecord();
        f.rows++;
    }

    /** Rows per file that hold nodes (the NPI registry), by file name, sorted. */
    Map<String, Long> nodeCounts() {
        return counts(false);
    }

    /** Rows per file whose every row is one relationship (prescribing, shared patients, payments), sorted. */
    Map<String, Long> relationshipCounts() {
        return counts(true);
    }

    private Map<String, Long> counts(boolean relationships) {
        Map<String, Long> m = new TreeMap<>();
        files.forEach((k, v) -> {
            if (v.relationships == relationships) {
                m.put(k, v.rows);
            }
        });
        return m;
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (File f : files.values()) {
            try {
                f.writer.close();
            } catch (IOException | UncheckedIOException e) {
                IOException io = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
                if (first == null) {
                    first = io;
                } else {
                    first.addSuppressed(io);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
