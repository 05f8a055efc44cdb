package org.kamgraph.readers.nppes;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.RelKind;
import org.kamgraph.readers.PublishedFileException;
import org.kamgraph.readers.ReadContext;
import org.kamgraph.readers.Shape;
import org.kamgraph.readers.SourceFormat;
import org.kamgraph.readers.Translator;

/**
 * The NPPES NPI registry data file ({@code npidata_pfile_*.csv}), as CMS ships it in the NPPES Data Dissemination
 * zip: {@link #FULL} is the monthly full replacement file (a full snapshot), {@link #WEEKLY} the weekly update file
 * (an increment). One header, told apart by the file's name (see {@link NppesFileName}). See docs/formats/nppes.md.
 */
public final class NppesFormat implements SourceFormat {
    public static final NppesFormat FULL = new NppesFormat(false);
    public static final NppesFormat WEEKLY = new NppesFormat(true);

    static final String NPI = "NPI";
    static final String ENTITY_TYPE = "Entity Type Code";
    static final String ORGANIZATION_NAME = "Provider Organization Name (Legal Business Name)";
    static final String LAST_NAME = "Provider Last Name (Legal Name)";
    static final String FIRST_NAME = "Provider First Name";
    static final String MIDDLE_NAME = "Provider Middle Name";
    static final String NAME_SUFFIX = "Provider Name Suffix Text";
    static final String CREDENTIAL = "Provider Credential Text";
    static final String PRACTICE_CITY = "Provider Business Practice Location Address City Name";
    static final String PRACTICE_STATE = "Provider Business Practice Location Address State Name";
    static final String PRACTICE_ZIP = "Provider Business Practice Location Address Postal Code";
    static final String ENUMERATION_DATE = "Provider Enumeration Date";
    static final String DEACTIVATION_DATE = "NPI Deactivation Date";
    static final String REACTIVATION_DATE = "NPI Reactivation Date";
    static final String PARENT_ORGANIZATION = "Parent Organization LBN";
    /** Healthcare Provider Taxonomy Code_1 .. _15 and their primary switches. */
    static final int TAXONOMY_SLOTS = 15;

    /** The slots' column names made once (asked for on every row: a name made per call is hashed per call). */
    private static final String[] TAXONOMY_CODES = new String[TAXONOMY_SLOTS + 1];
    private static final String[] PRIMARY_SWITCHES = new String[TAXONOMY_SLOTS + 1];

    static {
        for (int slot = 1; slot <= TAXONOMY_SLOTS; slot++) {
            TAXONOMY_CODES[slot] = "Healthcare Provider Taxonomy Code_" + slot;
            PRIMARY_SWITCHES[slot] = "Healthcare Provider Primary Taxonomy Switch_" + slot;
        }
    }

    static String taxonomyCode(int slot) {
        return TAXONOMY_CODES[slot];
    }

    static String primarySwitch(int slot) {
        return PRIMARY_SWITCHES[slot];
    }

    private final boolean weekly;

    private NppesFormat(boolean weekly) {
        this.weekly = weekly;
    }

    @Override
    public String name() {
        return weekly ? "nppes-weekly" : "nppes";
    }

    @Override
    public String description() {
        return weekly
                ? "NPPES NPI registry weekly update file (npidata_pfile_YYYYMMDD-YYYYMMDD.csv of one week): new and changed "
                        + "NPIs and deactivations, as an increment; clinicians (entity type 1) and hospitals, clinics and "
                        + "pharmacies (entity type 2)."
                : "NPPES NPI registry monthly full file (npidata_pfile_20050523-YYYYMMDD.csv): every NPI, as a full "
                        + "snapshot; clinicians (entity type 1) and hospitals, clinics and pharmacies (entity type 2).";
    }

    @Override
    public String dictionary() {
        return "NPPES Data Dissemination - Readme (CMS, updated February 1, 2025), Exhibit 2-1 Data File Layout "
                + "(330 columns, V.2 files); NUCC Health Care Provider Taxonomy code set";
    }

    @Override
    public List<String> requiredColumns() {
        return List.of(NPI, ENTITY_TYPE, ORGANIZATION_NAME, LAST_NAME, FIRST_NAME, PRACTICE_STATE, taxonomyCode(1),
                primarySwitch(1), DEACTIVATION_DATE);
    }

    @Override
    public boolean recognizesName(String fileName) {
        NppesFileName.Kind kind = NppesFileName.of(fileName).kind();
        return kind == NppesFileName.Kind.UNKNOWN || (kind == NppesFileName.Kind.WEEKLY) == weekly;
    }

    @Override
    public int order() {
        return Order.PROVIDERS;
    }

    @Override
    public boolean fullSnapshot() {
        return !weekly;
    }

    @Override
    public String zipEntry() {
        // The data file, not its _FileHeader.csv nor the othername/pl/endpoint reference files beside it.
        return "npidata_pfile_\\d{8}-\\d{8}\\.csv";
    }

    @Override
    public Optional<LocalDate> dateFromName(String fileName) {
        return NppesFileName.of(fileName).date();
    }

    @Override
    public List<Shape> shapes() {
        return List.of(Shape.nodes(NodeKind.CLINICIAN), Shape.nodes(NodeKind.HOSPITAL), Shape.nodes(NodeKind.CLINIC),
                Shape.nodes(NodeKind.PHARMACY),
                Shape.relationships(RelKind.PART_OF, NodeKind.HOSPITAL, NodeKind.IDN),
                Shape.relationships(RelKind.PART_OF, NodeKind.CLINIC, NodeKind.IDN),
                Shape.relationships(RelKind.PART_OF, NodeKind.CLINIC, NodeKind.HOSPITAL),
                Shape.relationships(RelKind.PART_OF, NodeKind.PHARMACY, NodeKind.IDN),
                Shape.relationships(RelKind.PART_OF, NodeKind.PHARMACY, NodeKind.HOSPITAL));
    }

    @Override
    public Translator translator(ReadContext context) {
        if (!weekly && NppesFileName.of(context.fileName()).kind() == NppesFileName.Kind.WEEKLY) {
            // A weekly file read as the full file would end every NPI it does not hold.
            throw new PublishedFileException(context.fileName(), 0, null, "this is an NPPES weekly update file (its name's "
                    + "date range does not start on " + NppesFileName.FULL_START + "); import it with --format=nppes-weekly");
        }
        return new NppesTranslator(context, shapes());
    }

    @Override
    public String toString() {
        return name();
    }
}
