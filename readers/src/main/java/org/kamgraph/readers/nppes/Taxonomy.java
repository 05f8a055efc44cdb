package org.kamgraph.readers.nppes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.kamgraph.model.NodeKind;

/**
 * NUCC Health Care Provider Taxonomy codes as the NPPES reader uses them: the specialty a clinician's primary code
 * stands for (resource {@code nucc-specialties.csv}: the common clinician codes), the profession, and the kind of
 * organization an organization's primary code makes.
 */
public final class Taxonomy {
    /** What a code says, from the table. */
    public record Entry(String code, String classification, String specialty) {
    }

    private static final Map<String, Entry> TABLE = load();

    private Taxonomy() {
    }

    /** The code's entry, or its classification's (first four characters + {@code 00000X}) when only that is listed. */
    public static Entry entry(String code) {
        if (code == null) {
            return null;
        }
        String c = code.strip().toUpperCase(Locale.ROOT);
        Entry e = TABLE.get(c);
        if (e == null && c.length() == 10) {
            e = TABLE.get(c.substring(0, 4) + "00000X");
        }
        return e;
    }

    /**
     * The specialty to show for a clinician's code: the table's, else the classification's, else null. An entry of a
     * code's classification only (not the code itself) gives the classification's specialty.
     */
    public static String specialty(String code) {
        Entry e = entry(code);
        if (e == null) {
            return null;
        }
        return e.specialty() != null ? e.specialty() : e.classification();
    }

    /**
     * physician (207*, 208*, and the grouping's 202* and 204*: allopathic and osteopathic physicians), pharmacist
     * (1835*), nurse (163W* registered nurse, 363L* nurse practitioner), else other.
     */
    public static String profession(String code) {
        String c = code == null ? "" : code.toUpperCase(Locale.ROOT);
        if (c.startsWith("207") || c.startsWith("208") || c.startsWith("202") || c.startsWith("204")) {
            return "physician";
        }
        if (c.startsWith("1835")) {
            return "pharmacist";
        }
        if (c.startsWith("163W") || c.startsWith("363L")) {
            return "nurse";
        }
        return "other";
    }

    /**
     * The kind an organization with this primary code is: Hospital (281*, 282*, 283*, 284*, 286*), Pharmacy (3336*),
     * Clinic (261Q* clinics and centers, 193* group practices); null for every other code (not modelled).
     */
    public static NodeKind organizationKind(String code) {
        String c = code == null ? "" : code.toUpperCase(Locale.ROOT);
        if (c.startsWith("281") || c.startsWith("282") || c.startsWith("283") || c.startsWith("284") || c.startsWith("286")) {
            return NodeKind.HOSPITAL;
        }
        if (c.startsWith("3336")) {
            return NodeKind.PHARMACY;
        }
        if (c.startsWith("261Q") || c.startsWith("193")) {
            return NodeKind.CLINIC;
        }
        return null;
    }

    /**
     * A pharmacy's type by its code: 3336C0003X community/retail -> retail, 3336S0011X specialty and 3336H0001X home
     * infusion -> specialty, 3336M0002X mail order -> mail_order, 3336I0012X institutional -> hospital; null for the
     * others (clinic, compounding, long-term care, nuclear, ...: none of the model's types fits).
     */
    public static String pharmacyType(String code) {
        return switch (code == null ? "" : code.toUpperCase(Locale.ROOT)) {
            case "3336C0003X" -> "retail";
            case "3336S0011X", "3336H0001X" -> "specialty";
            case "3336M0002X" -> "mail_order";
            case "3336I0012X" -> "hospital";
            default -> null;
        };
    }

    /** {@code CODE} or {@code CODE Classification} when the table knows the code's classification: for reasons. */
    public static String describe(String code) {
        Entry e = entry(code);
        return e == null ? code : code + " " + e.classification();
    }

    private static Map<String, Entry> load() {
        Map<String, Entry> table = new HashMap<>();
        var in = Taxonomy.class.getResourceAsStream("nucc-specialties.csv");
        if (in == null) {
            throw new IllegalStateException("nucc-specialties.csv is missing from the readers jar");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean header = true;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split(",", -1);
                String specialty = f.length > 2 && !f[2].isBlank() ? f[2].strip() : null;
                table.put(f[0].strip(), new Entry(f[0].strip(), f[1].strip(), specialty));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(table);
    }
}
