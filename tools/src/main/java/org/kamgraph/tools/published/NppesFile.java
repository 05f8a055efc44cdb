package org.kamgraph.tools.published;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The NPPES NPI registry data file ({@code npidata_pfile_YYYYMMDD-YYYYMMDD.csv}, NPPES Data Dissemination): 330
 * columns in the published order, every field quoted, dates MM/DD/YYYY. Row r is the universe's row r (NPI from
 * 100000000 + r). A deactivated NPI has only its NPI and deactivation date, as the published file gives it.
 */
final class NppesFile {
    static final List<String> HEADER = header();

    static final int NPI = 0;
    static final int ENTITY_TYPE = 1;
    static final int EIN = 3;
    static final int ORG_NAME = 4;
    static final int LAST = 5;
    static final int FIRST = 6;
    static final int MIDDLE = 7;
    static final int PREFIX = 8;
    static final int CREDENTIAL = 10;
    static final int MAIL_LINE1 = 20;
    static final int MAIL_CITY = 22;
    static final int MAIL_STATE = 23;
    static final int MAIL_POSTAL = 24;
    static final int MAIL_COUNTRY = 25;
    static final int MAIL_PHONE = 26;
    static final int PRACTICE_LINE1 = 28;
    static final int PRACTICE_LINE2 = 29;
    static final int PRACTICE_CITY = 30;
    static final int PRACTICE_STATE = 31;
    static final int PRACTICE_POSTAL = 32;
    static final int PRACTICE_COUNTRY = 33;
    static final int PRACTICE_PHONE = 34;
    static final int ENUMERATION_DATE = 36;
    static final int LAST_UPDATE = 37;
    static final int DEACTIVATION_DATE = 39;
    static final int REACTIVATION_DATE = 40;
    static final int SEX = 41;
    static final int AO_LAST = 42;
    static final int AO_FIRST = 43;
    static final int AO_TITLE = 45;
    static final int AO_PHONE = 46;
    static final int TAXONOMY_1 = 47; // code, license, license state, primary switch; 15 times
    static final int OTHER_ID_1 = 107; // identifier, type code, state, issuer; 50 times
    static final int SOLE_PROPRIETOR = 307;
    static final int SUBPART = 308;
    static final int PARENT_LBN = 309;
    static final int PARENT_TIN = 310;
    static final int TAXONOMY_GROUP_1 = 314;
    static final int CERTIFICATION_DATE = 329;

    private static final LocalDate FILE_END = LocalDate.of(2025, 6, 8);

    private NppesFile() {
    }

    private static List<String> header() {
        List<String> h = new ArrayList<>(List.of("NPI", "Entity Type Code", "Replacement NPI",
                "Employer Identification Number (EIN)", "Provider Organization Name (Legal Business Name)",
                "Provider Last Name (Legal Name)", "Provider First Name", "Provider Middle Name",
                "Provider Name Prefix Text", "Provider Name Suffix Text", "Provider Credential Text",
                "Provider Other Organization Name", "Provider Other Organization Name Type Code",
                "Provider Other Last Name", "Provider Other First Name", "Provider Other Middle Name",
                "Provider Other Name Prefix Text", "Provider Other Name Suffix Text", "Provider Other Credential Text",
                "Provider Other Last Name Type Code", "Provider First Line Business Mailing Address",
                "Provider Second Line Business Mailing Address", "Provider Business Mailing Address City Name",
                "Provider Business Mailing Address State Name", "Provider Business Mailing Address Postal Code",
                "Provider Business Mailing Address Country Code (If outside U.S.)",
                "Provider Business Mailing Address Telephone Number", "Provider Business Mailing Address Fax Number",
                "Provider First Line Business Practice Location Address",
                "Provider Second Line Business Practice Location Address",
                "Provider Business Practice Location Address City Name",
                "Provider Business Practice Location Address State Name",
                "Provider Business Practice Location Address Postal Code",
                "Provider Business Practice Location Address Country Code (If outside U.S.)",
                "Provider Business Practice Location Address Telephone Number",
                "Provider Business Practice Location Address Fax Number", "Provider Enumeration Date",
                "Last Update Date", "NPI Deactivation Reason Code", "NPI Deactivation Date", "NPI Reactivation Date",
                "Provider Sex Code", "Authorized Official Last Name", "Authorized Official First Name",
                "Authorized Official Middle Name", "Authorized Official Title or Position",
                "Authorized Official Telephone Number"));
        for (int i = 1; i <= 15; i++) {
            h.addAll(List.of("Healthcare Provider Taxonomy Code_" + i, "Provider License Number_" + i,
                    "Provider License Number State Code_" + i, "Healthcare Provider Primary Taxonomy Switch_" + i));
        }
        for (int i = 1; i <= 50; i++) {
            h.addAll(List.of("Other Provider Identifier_" + i, "Other Provider Identifier Type Code_" + i,
                    "Other Provider Identifier State_" + i, "Other Provider Identifier Issuer_" + i));
        }
        h.addAll(List.of("Is Sole Proprietor", "Is Organization Subpart", "Parent Organization LBN",
                "Parent Organization TIN", "Authorized Official Name Prefix Text", "Authorized Official Name Suffix Text",
                "Authorized Official Credential Text"));
        for (int i = 1; i <= 15; i++) {
            h.add("Healthcare Provider Taxonomy Group_" + i);
        }
        h.add("Certification Date");
        return List.copyOf(h);
    }

    static long write(Universe u, long rows, Path out, Progress progress) throws IOException {
        String[] f = new String[HEADER.size()];
        try (Out o = new Out(out, ',', true)) {
            o.header(HEADER.toArray(String[]::new));
            Hash h = Hash.of(0, 0, 0);
            for (long r = 0; r < rows; r++) {
                Arrays.fill(f, null);
                h.reset(u.seed, 21, r);
                f[NPI] = Long.toString(Universe.npiOfRow(r));
                if (u.deactivated(r)) {
                    f[DEACTIVATION_DATE] = Fmt.usDate(FILE_END.minusDays(1 + h.nextInt(5000)));
                } else if (Universe.isIndividualRow(r)) {
                    individual(u.clinician(Universe.clinicianOfRow(r)), f, h);
                } else {
                    organization(u.organization(Universe.organizationOfRow(r)), f, h);
                }
                for (String v : f) {
                    o.text(v);
                }
                o.end();
                if ((r & 0xFFFF) == 0) {
                    progress.rows(r);
                }
            }
        }
        return rows;
    }

    private static void dates(LocalDate enumerated, String[] f, Hash h) {
        f[ENUMERATION_DATE] = Fmt.usDate(enumerated);
        long span = Math.max(1, FILE_END.toEpochDay() - enumerated.toEpochDay());
        LocalDate updated = enumerated.plusDays(h.nextInt((int) Math.min(Integer.MAX_VALUE, span)));
        f[LAST_UPDATE] = Fmt.usDate(updated);
        if (h.chance(0.45)) {
            f[CERTIFICATION_DATE] = Fmt.usDate(updated);
        }
        if (h.chance(0.001)) { // deactivated once and reactivated
            LocalDate off = enumerated.plusDays(h.nextInt((int) Math.min(Integer.MAX_VALUE, span)));
            f[DEACTIVATION_DATE] = Fmt.usDate(off);
            f[REACTIVATION_DATE] = Fmt.usDate(off.plusDays(30 + h.nextInt(300)));
        }
    }

    private static void address(String line1, String city, String state, String zip, String phone, String[] f, Hash h) {
        f[PRACTICE_LINE1] = line1;
        if (h.chance(0.3)) {
            f[PRACTICE_LINE2] = "SUITE " + (100 + h.nextInt(800));
        }
        f[PRACTICE_CITY] = city;
        f[PRACTICE_STATE] = state;
        f[PRACTICE_POSTAL] = zip;
        f[PRACTICE_COUNTRY] = "US";
        f[PRACTICE_PHONE] = phone;
        f[MAIL_LINE1] = h.chance(0.8) ? line1 : "PO BOX " + (1 + h.nextInt(9999));
        f[MAIL_CITY] = city;
        f[MAIL_STATE] = state;
        f[MAIL_POSTAL] = zip;
        f[MAIL_COUNTRY] = "US";
        f[MAIL_PHONE] = phone;
    }

    private static void individual(Universe.Clinician c, String[] f, Hash h) {
        f[ENTITY_TYPE] = "1";
        f[LAST] = c.last();
        f[FIRST] = c.first();
        f[MIDDLE] = c.middle();
        if (h.chance(0.15)) {
            f[PREFIX] = "DR.";
        }
        f[CREDENTIAL] = c.credential();
        address(c.street(), c.city(), c.state().code(), c.zip(), c.phone(), f, h);
        dates(c.enumerated(), f, h);
        f[SEX] = String.valueOf(c.sex());
        // the primary taxonomy; a second one for one provider in four (primary in the second slot now and then)
        String own = c.taxonomy().code();
        String state = c.state().code();
        if (!h.chance(0.25)) {
            taxonomy(f, 0, own, c.license(), state, true);
        } else {
            String other = Taxonomy.pickIndividual(h).code();
            String otherState = h.chance(0.9) ? state : States.pick(h).code();
            if (h.chance(0.8)) {
                taxonomy(f, 0, own, c.license(), state, true);
                taxonomy(f, 1, other, c.license(), otherState, false);
            } else {
                taxonomy(f, 0, other, c.license(), otherState, false);
                taxonomy(f, 1, own, c.license(), state, true);
            }
        }
        if (h.chance(0.3)) {
            f[OTHER_ID_1] = Long.toString(100_000 + h.nextInt(900_000_000));
            f[OTHER_ID_1 + 1] = "05";
            f[OTHER_ID_1 + 2] = c.state().code();
            f[OTHER_ID_1 + 3] = "MEDICAID";
        }
        f[SOLE_PROPRIETOR] = h.chance(0.12) ? "Y" : h.chance(0.9) ? "N" : "X";
        if (h.chance(0.05)) {
            f[TAXONOMY_GROUP_1] = "193400000X SINGLE SPECIALTY GROUP";
        }
    }

    private static void taxonomy(String[] f, int slot, String code, String license, String state, boolean primary) {
        int at = TAXONOMY_1 + 4 * slot;
        f[at] = code;
        f[at + 1] = license;
        f[at + 2] = license == null ? null : state;
        f[at + 3] = primary ? "Y" : "N";
    }

    private static void organization(Universe.Organization g, String[] f, Hash h) {
        f[ENTITY_TYPE] = "2";
        f[EIN] = "<UNAVAIL>";
        f[ORG_NAME] = g.name();
        address(g.street(), g.city(), g.state().code(), g.zip(), g.phone(), f, h);
        dates(g.enumerated(), f, h);
        f[AO_LAST] = g.officialLast();
        f[AO_FIRST] = g.officialFirst();
        f[AO_TITLE] = g.officialTitle();
        f[AO_PHONE] = g.phone();
        String license = g.taxonomy().licensed() ? String.valueOf(1000 + h.nextInt(900_000)) : null;
        taxonomy(f, 0, g.taxonomy().code(), license, g.state().code(), true);
        if (g.parent() != null) {
            f[SUBPART] = "Y";
            f[PARENT_LBN] = g.parent();
            f[PARENT_TIN] = Long.toString(100_000_000L + Math.floorMod(g.parent().hashCode(), 899_999_999));
        } else {
            f[SUBPART] = "N";
        }
    }
}
