package org.kamgraph.demo;

import java.util.Locale;
import org.kamgraph.demo.Market.Product;
import org.kamgraph.demo.Market.Region;

/**
 * The demo market's rows in the published formats ({@link PublishedFiles}): a clinician as the NPI registry lists
 * them, a prescription line as Medicare Part D publishes it, a referral pair as DocGraph's shared-patient file and a
 * payment as Open Payments. The values are the market's own (the same claims, spend and patients the generator's
 * relationships carry); fields the market has no notion of (days' supply, 30-day fills, days between visits) are
 * derived from them without randomness, so that the random streams, and with them the market, stay as they are.
 */
final class PublishedRows {
    /** NUCC taxonomy codes of {@link Market#SPECIALTIES}, in its order. */
    static final String[] SPECIALTY_TAXONOMY = {"207Q00000X", "207R00000X", "207RH0003X", "207RC0000X", "207RE0101X",
        "207RR0500X", "207N00000X", "207RG0100X", "207RP1001X", "2084N0400X", "2084P0800X", "207P00000X", "208600000X",
        "208000000X", "207RN0300X", "2085R0202X", "207L00000X", "208M00000X"};
    /** Part D's prescriber types (its own specialty names) for {@link Market#SPECIALTIES}, in its order. */
    static final String[] PRESCRIBER_TYPE = {"Family Practice", "Internal Medicine", "Hematology-Oncology", "Cardiology",
        "Endocrinology", "Rheumatology", "Dermatology", "Gastroenterology", "Pulmonary Disease", "Neurology", "Psychiatry",
        "Emergency Medicine", "General Surgery", "Pediatric Medicine", "Nephrology", "Diagnostic Radiology",
        "Anesthesiology", "Hospitalist"};
    static final String TAXONOMY_PHYSICIAN = "208D00000X"; // General Practice, for physicians without a specialty
    static final String TAXONOMY_NURSE_PRACTITIONER = "363L00000X";
    static final String TAXONOMY_REGISTERED_NURSE = "163W00000X";
    static final String TAXONOMY_PHARMACIST = "183500000X";
    static final String TAXONOMY_PHYSICIAN_ASSISTANT = "363A00000X";

    private final Market m;
    private final People people;
    private final Ids ids;
    private final PublishedFiles files;
    private final String nppesFile;

    PublishedRows(Market m, Ids ids, PublishedFiles files) {
        this.m = m;
        this.people = m.people;
        this.ids = ids;
        this.files = files;
        this.nppesFile = PublishedFiles.nppesName(java.time.LocalDate.ofEpochDay(m.timeline.today));
    }

    /** The clinician's NPI. */
    String npi(int p) {
        return ids.npi(false, people.seq[p]);
    }

    /** The NUCC taxonomy code of a clinician's primary taxonomy, from their profession, specialty and title. */
    String taxonomy(int p) {
        int spec = people.specialty[p];
        return switch (people.profession[p]) {
            case Market.PHYSICIAN -> spec >= 0 ? SPECIALTY_TAXONOMY[spec] : TAXONOMY_PHYSICIAN;
            case Market.NURSE -> isNursePractitioner(p) ? TAXONOMY_NURSE_PRACTITIONER : TAXONOMY_REGISTERED_NURSE;
            case Market.PHARMACIST -> TAXONOMY_PHARMACIST;
            default -> TAXONOMY_PHYSICIAN_ASSISTANT;
        };
    }

    /** The credential as a clinician writes it in the registry. */
    String credential(int p) {
        return switch (people.profession[p]) {
            case Market.PHYSICIAN -> people.seq[p] % 9 == 4 ? "DO" : "MD";
            case Market.NURSE -> isNursePractitioner(p) ? "NP" : "RN";
            case Market.PHARMACIST -> "PHARMD";
            default -> "PA-C";
        };
    }

    private boolean isNursePractitioner(int p) {
        return people.has(p, People.FLAG_PRESCRIBER) || m.titles.get(people.title[p]).startsWith("Nurse Practitioner");
    }

    /** The state a clinician practises in (the region's postal code), or null for national organizations' people. */
    String state(int p) {
        Org home = m.orgs.get(people.org[p]);
        return home.national ? null : m.region(home).code.substring(0, 2);
    }

    /** The practice city, or null. */
    String city(int p) {
        Org home = m.orgs.get(people.org[p]);
        if (home.national || home.city < 0) {
            return null;
        }
        return m.region(home).cities[home.city];
    }

    private String zip(int p) {
        Org home = m.orgs.get(people.org[p]);
        if (home.national) {
            return null;
        }
        Region r = m.region(home);
        return String.format(Locale.ROOT, "%03d%02d%04d", 100 + r.stateNumber * 17 % 900, Math.max(0, home.city) % 100,
                people.seq[p] % 10_000);
    }

    private static String upper(String s) {
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }

    /** One entity type 1 row of the NPPES full file. */
    void clinician(int p) {
        String state = state(p);
        String city = upper(city(p));
        String taxonomy = taxonomy(p);
        String npi = npi(p);
        // NPPES enumerated the providers of the day in its first two years (from 2005-05-23); the reader makes the
        // enumeration date the clinician's validFrom, so every demo clinician is enumerated then, before the market's
        // dated history (only a few earlier positions, from the 1990s, start before it).
        String enumerated = PublishedFiles.usDate((int) java.time.LocalDate.of(2005, 5, 23).toEpochDay() + people.seq[p] * 37 % 700);
        String street = (100 + people.seq[p] % 8_900) + " " + upper(Names.CITIES[people.seq[p] % Names.CITIES.length]) + " AVE";
        String license = state == null ? null : state + String.format(Locale.ROOT, "%07d", people.seq[p] * 7L % 10_000_000);
        files.write(nppesFile, PublishedFiles.NPPES_COLUMNS, true, false,
                npi, "1", null, null, null,
                upper(Names.LAST[people.last[p]]), upper(Names.FIRST[people.first[p]]), null, null, null, credential(p),
                street, city, state, zip(p), state == null ? null : "US",
                street, null, city, state, zip(p), state == null ? null : "US", null, enumerated, enumerated,
                null, null, null,
                taxonomy, license, state, "Y", null, null, null, null,
                "N", null, null, null, null);
    }

    /** One Part D line: a prescriber's claims and spend on one drug in one data year. */
    void prescription(int clinicianSeq, int product, long claims, String amount, int year) {
        int p = people.ofClinician(clinicianSeq);
        Product pr = m.products.get(product);
        int spec = people.specialty[p];
        String type = switch (people.profession[p]) {
            case Market.PHYSICIAN -> spec >= 0 ? PRESCRIBER_TYPE[spec] : "General Practice";
            case Market.NURSE -> "Nurse Practitioner";
            case Market.PHARMACIST -> "Pharmacist";
            default -> "Physician Assistant";
        };
        long benes = claims / 3; // a beneficiary fills about three prescriptions of a drug a year
        long days = claims * 30;
        files.write(PublishedFiles.partDName(year), PublishedFiles.PARTD_COLUMNS, false, true,
                npi(p), Names.LAST[people.last[p]], Names.FIRST[people.first[p]], city(p), state(p), null, type, "S",
                pr.brand(), pr.generic(), Long.toString(claims), claims + ".0", Long.toString(days), amount,
                benes >= 11 ? Long.toString(benes) : null, "#", null, null, null, null, "#", null);
    }

    /** One DocGraph hop teaming pair: patients seen by the first clinician, then by the second. */
    void referral(int fromSeq, int toSeq, String patients, long claims, int year) {
        long wait = 3 + (fromSeq * 31L + toSeq * 17L) % 60;
        files.write(PublishedFiles.hopTeamingName(year), PublishedFiles.HOP_COLUMNS, false, true,
                ids.npi(false, fromSeq), ids.npi(false, toSeq), patients, Long.toString(claims),
                wait + ".0", (wait / 2) + "." + (wait % 10));
    }

    /** One Open Payments general payment to a clinician for a product. */
    void payment(int p, int product, String manufacturer, String manufacturerId, String amount, int day, String nature,
                 long recordId) {
        Product pr = m.products.get(product);
        int year = java.time.LocalDate.ofEpochDay(day).getYear();
        int spec = people.specialty[p];
        java.time.LocalDate today = java.time.LocalDate.ofEpochDay(m.timeline.today);
        files.write(PublishedFiles.generalPaymentsName(year, today), PublishedFiles.PAYMENT_COLUMNS, true, true,
                "UNCHANGED", "Covered Recipient Physician", Long.toString(100_000 + people.seq[p]), npi(p),
                upper(Names.FIRST[people.first[p]]), upper(Names.LAST[people.last[p]]), upper(city(p)), state(p),
                "United States", "Medical Doctor",
                spec >= 0 ? "Allopathic & Osteopathic Physicians|Internal Medicine|" + Market.SPECIALTIES[spec] : null,
                manufacturerId, manufacturer, "NJ", "United States", amount, PublishedFiles.usDate(day), "1",
                "Cash or cash equivalent", nature, "No", "Yes", "Covered", "Drug", Names.AREAS[pr.area()],
                pr.brand().toUpperCase(Locale.ROOT), null, Integer.toString(year), PublishedFiles.usDate(m.timeline.today),
                Long.toString(recordId));
    }
}
