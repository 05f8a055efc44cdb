package org.kamgraph.readers.sharedpatients;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.RelKind;
import org.kamgraph.readers.Emit;
import org.kamgraph.readers.Identities;
import org.kamgraph.readers.ReadContext;
import org.kamgraph.readers.Shape;
import org.kamgraph.readers.SourceFormat;
import org.kamgraph.readers.SourceRow;
import org.kamgraph.readers.Translator;
import org.kamgraph.readers.claims.ClaimValues;

/**
 * Shared-patient (referral) pairs of providers from Medicare claims, in two layouts: the CMS "Physician Shared Patient
 * Patterns" files that DocGraph made known ({@code physician-shared-patient-patterns-2015-days30.txt}, headerless: first
 * NPI, second NPI, pair count, beneficiary count, same-day count) and CareSet's DocGraph Hop Teaming files (header
 * {@code from_npi,to_npi,patient_count,transaction_count,average_day_wait,std_day_wait}). Each pair becomes REFERS_TO
 * from the clinician seen first to the clinician seen second, dated by the year. See docs/formats/shared-patients.md.
 */
public final class SharedPatients implements SourceFormat {
    /** The names this reader gives the fields of the headerless CMS files (also accepted as a header row). */
    public static final List<String> CMS_COLUMNS = List.of("npi1", "npi2", "pair_count", "bene_count", "same_day_count");

    /** The year in the file's name: {@code physician-shared-patient-patterns-2015-days30.txt}, {@code ..._2018.csv}. */
    static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");

    private static final Pattern TEN_DIGITS = Pattern.compile("\\d{10}");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    /** The CMS (DocGraph) shared-patient patterns layout. */
    public static final SharedPatients CMS = new SharedPatients(false);
    /** The DocGraph Hop Teaming layout. */
    public static final SharedPatients HOP_TEAMING = new SharedPatients(true);

    private final boolean hop;
    private final String first;
    private final String second;
    private final String patients;
    private final String claims;

    private SharedPatients(boolean hop) {
        this.hop = hop;
        this.first = hop ? "from_npi" : "npi1";
        this.second = hop ? "to_npi" : "npi2";
        this.patients = hop ? "patient_count" : "bene_count";
        this.claims = hop ? "transaction_count" : "pair_count";
    }

    @Override
    public String name() {
        return hop ? "shared-patients-hop-teaming" : "shared-patients";
    }

    @Override
    public String description() {
        return hop
                ? "DocGraph Hop Teaming (CareSet): provider pairs in the order patients saw them, with shared patients and"
                        + " transactions: REFERS_TO Clinician -> Clinician for the year."
                : "CMS Physician Shared Patient Patterns (DocGraph layout, headerless: NPI seen first, NPI seen second,"
                        + " pair count, beneficiary count, same-day count): REFERS_TO Clinician -> Clinician for the year.";
    }

    @Override
    public String dictionary() {
        return hop
                ? "CareSet, DocGraph Hop Teaming Documentation (careset.com/datasets/hop-teaming), data years 2017 to 2019"
                : "CMS FOIA Physician Shared Patient Patterns (downloads.cms.gov/foia, 2009 to 2015), as documented by"
                        + " DocGraph/NBER: npi1, npi2, pair count, beneficiary count, same-day count, no header row";
    }

    @Override
    public List<String> requiredColumns() {
        return hop ? List.of("from_npi", "to_npi", "patient_count", "transaction_count")
                : List.of("npi1", "npi2", "pair_count", "bene_count");
    }

    @Override
    public List<String> headerlessColumns() {
        return hop ? List.of() : CMS_COLUMNS;
    }

    /**
     * A header with the required columns, or (CMS layout) a first row that is data of the headerless layout: three to
     * five whole numbers, two of them ten-digit NPIs.
     */
    @Override
    public boolean recognizes(Set<String> columns) {
        if (SourceFormat.super.recognizes(columns)) {
            return true;
        }
        if (hop) {
            return false;
        }
        // A suppressed count is an empty field: it says nothing about the layout.
        Set<String> fields = columns.stream().map(String::strip).filter(f -> !f.isEmpty()).collect(Collectors.toSet());
        return fields.size() >= 2 && fields.size() <= 5 && fields.stream().allMatch(f -> DIGITS.matcher(f).matches())
                && fields.stream().filter(f -> TEN_DIGITS.matcher(f).matches()).count() >= 1
                && columns.stream().noneMatch(c -> c.toLowerCase(Locale.ROOT).contains("npi"));
    }

    @Override
    public int order() {
        return Order.EVIDENCE;
    }

    @Override
    public boolean fullSnapshot() {
        return false;
    }

    @Override
    public Optional<LocalDate> dateFromName(String fileName) {
        return ClaimValues.yearEnd(fileName, YEAR);
    }

    @Override
    public List<Shape> shapes() {
        return List.of(Shape.relationships(RelKind.REFERS_TO, NodeKind.CLINICIAN, NodeKind.CLINICIAN));
    }

    @Override
    public Translator translator(ReadContext context) {
        int year = ClaimValues.dataYear(context, YEAR);
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        return (row, out) -> translate(row, out, context, from, to);
    }

    private void translate(SourceRow row, Emit out, ReadContext context, LocalDate from, LocalDate to) {
        String npi1 = row.get(first);
        String npi2 = row.get(second);
        if (!ClaimValues.validNpi(npi1)) {
            out.reject(first, npi1 == null ? "no first NPI" : "first " + ClaimValues.BAD_NPI);
            return;
        }
        if (!ClaimValues.validNpi(npi2)) {
            out.reject(second, npi2 == null ? "no second NPI" : "second " + ClaimValues.BAD_NPI);
            return;
        }
        if (npi1.equals(npi2)) {
            out.reject(second, "the same NPI at both ends");
            return;
        }
        Map<String, Object> props = new LinkedHashMap<>();
        if (!count(row, patients, "patients", props, out) || !count(row, claims, "claims", props, out)
                || (!hop && !count(row, "same_day_count", "sameDay", props, out))) {
            return;
        }
        Identities.Ref a = context.identities().clinician(npi1);
        if (a == null || a.kind() != NodeKind.CLINICIAN) {
            out.reject(first, "first NPI not loaded (not in the NPI registry data, or outside the region)");
            return;
        }
        Identities.Ref b = context.identities().clinician(npi2);
        if (b == null || b.kind() != NodeKind.CLINICIAN) {
            out.reject(second, "second NPI not loaded (not in the NPI registry data, or outside the region)");
            return;
        }
        props.put("validFrom", from);
        props.put("validTo", to);
        out.relationship(RelKind.REFERS_TO, NodeKind.CLINICIAN, a.id(), NodeKind.CLINICIAN, b.id(), props);
    }

    /** A published count into {@code props}; an empty cell (suppressed) stays absent. False when the row is rejected. */
    private static boolean count(SourceRow row, String column, String property, Map<String, Object> props, Emit out) {
        String text = row.get(column);
        if (text == null) {
            return true;
        }
        Long n = ClaimValues.count(text);
        if (n == null) {
            out.reject(column, "not a count");
            return false;
        }
        props.put(property, n);
        return true;
    }
}
