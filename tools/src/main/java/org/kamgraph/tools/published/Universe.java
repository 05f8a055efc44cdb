package org.kamgraph.tools.published;

import java.time.LocalDate;

/**
 * The generated nation's providers, shared by every generated file: the NPPES file's rows define them (row r has the
 * NPI built from 100000000 + r; seven rows in nine are individuals, entity type 1, the rest organizations), and the
 * other files refer to them by index. Attributes (name, state, city, taxonomy) are functions of (seed, index), so the
 * Part D file gives an NPI the state and specialty the NPPES file gives it, whatever the sizes written.
 *
 * <p>{@code nppesRows} is the size of the NPPES file the other files are meant to be loaded with (default 7,000,000):
 * generate every file of one measurement with the same {@code --universe} and {@code --seed}.
 */
final class Universe {
    static final long DEFAULT_NPPES_ROWS = 7_000_000L;
    private static final long S_CLIN = 1;
    private static final long S_ORG = 2;
    private static final long S_ROW = 3;

    final long seed;
    final long nppesRows;

    Universe(long seed, long nppesRows) {
        if (nppesRows < 9 || nppesRows > 800_000_000L) {
            throw new IllegalArgumentException("the universe needs 9 to 800,000,000 NPPES rows");
        }
        this.seed = seed;
        this.nppesRows = nppesRows;
    }

    // ---- rows, NPIs, indexes

    static boolean isIndividualRow(long row) {
        return row % 9 < 7;
    }

    static long npiOfRow(long row) {
        return Npi.of(100_000_000L + row);
    }

    static long rowOfClinician(long k) {
        return (k / 7) * 9 + k % 7;
    }

    static long rowOfOrganization(long j) {
        return (j / 2) * 9 + 7 + j % 2;
    }

    static long clinicianOfRow(long row) {
        return (row / 9) * 7 + row % 9;
    }

    static long organizationOfRow(long row) {
        return (row / 9) * 2 + row % 9 - 7;
    }

    long clinicians() {
        return (nppesRows / 9) * 7 + Math.min(nppesRows % 9, 7);
    }

    long organizations() {
        return (nppesRows / 9) * 2 + Math.max(0, nppesRows % 9 - 7);
    }

    long clinicianNpi(long k) {
        return npiOfRow(rowOfClinician(k));
    }

    long organizationNpi(long j) {
        return npiOfRow(rowOfOrganization(j));
    }

    /** Whether the NPPES row is a deactivated NPI (0.5%: the file then gives only the NPI and the date). */
    boolean deactivated(long row) {
        return Hash.of(seed, S_ROW, row).nextDouble() < 0.005;
    }

    /**
     * The {@code count} clinicians that prescribe (or refer), spread evenly over the universe: the i-th is the first
     * prescribing clinician (not a pharmacist, nurse, therapist, ...) at or after i * stride that is not deactivated.
     */
    final class Spread {
        final long count;
        final long stride;

        Spread(long count) {
            this.count = count;
            this.stride = Math.max(1, clinicians() / Math.max(1, count));
            if (count > clinicians()) {
                throw new IllegalArgumentException("the universe (--universe=" + nppesRows + " NPPES rows) has "
                        + clinicians() + " clinicians, fewer than the " + count + " this file needs: raise --universe");
            }
        }

        long clinician(long i) {
            long base = i * stride;
            for (long k = base; k < base + stride && k < clinicians(); k++) {
                if (Universe.this.clinician(k).taxonomy().prescriber() && !deactivated(rowOfClinician(k))) {
                    return k;
                }
            }
            return base;
        }
    }

    private Spread prescribers;

    /**
     * The prescribing population (one clinician in five: about 1.1 million in a 7,000,000-row universe): the
     * prescribers of the Part D file and the providers of the shared-patient file, so the two overlap as they do.
     */
    synchronized Spread prescribers() {
        if (prescribers == null) {
            prescribers = new Spread(Math.max(1, clinicians() / 5));
        }
        return prescribers;
    }

    // ---- clinicians

    record Clinician(long k, long npi, String first, String middle, String last, char sex, Taxonomy taxonomy,
            String credential, State state, String city, String zip, String street, String phone, LocalDate enumerated,
            String license) {
    }

    Clinician clinician(long k) {
        Hash h = Hash.of(seed, S_CLIN, k);
        State st = States.pick(h);
        char sex = h.chance(0.5) ? 'F' : 'M';
        String first = sex == 'F' ? h.pick(Names.FEMALE) : h.pick(Names.MALE);
        String middle = h.chance(0.7) ? String.valueOf((char) ('A' + h.nextInt(26))) : null;
        String last = h.pick(Names.LAST);
        Taxonomy t = Taxonomy.pickIndividual(h);
        String cred = t.credential(h);
        String city = st.cities()[h.nextInt(st.cities().length)];
        String zip = st.zip3() + Fmt.pad(h.nextInt(100), 2) + (h.chance(0.6) ? Fmt.pad(h.nextInt(10_000), 4) : "");
        String street = (100 + h.nextInt(9900)) + " " + h.pick(Names.STREETS);
        String phone = st.area() + Fmt.pad(h.nextInt(10_000_000), 7);
        LocalDate enumerated = LocalDate.of(2005, 5, 23).plusDays(h.nextInt(7000));
        String license = t.licensed() ? (char) ('A' + h.nextInt(26)) + String.valueOf(10000 + h.nextInt(90000)) : null;
        return new Clinician(k, clinicianNpi(k), first, middle, last, sex, t, cred, st, city, zip, street, phone,
                enumerated, license);
    }

    // ---- organizations

    record Organization(long j, long npi, String name, Taxonomy taxonomy, State state, String city, String zip,
            String street, String phone, LocalDate enumerated, String parent, String officialFirst,
            String officialLast, String officialTitle) {
    }

    Organization organization(long j) {
        Hash h = Hash.of(seed, S_ORG, j);
        State st = States.pick(h);
        Taxonomy t = Taxonomy.pickOrganization(h);
        String city = st.cities()[h.nextInt(st.cities().length)];
        String name = OrgNames.name(t, city, h);
        String zip = st.zip3() + Fmt.pad(h.nextInt(100), 2) + Fmt.pad(h.nextInt(10_000), 4);
        String street = (1 + h.nextInt(9999)) + " " + h.pick(Names.STREETS);
        String phone = st.area() + Fmt.pad(h.nextInt(10_000_000), 7);
        LocalDate enumerated = LocalDate.of(2005, 5, 23).plusDays(h.nextInt(7000));
        String parent = h.chance(0.12) ? OrgNames.system(h) : null;
        return new Organization(j, organizationNpi(j), name, t, st, city, zip, street, phone, enumerated, parent,
                h.pick(Names.MALE), h.pick(Names.LAST), h.pick(OrgNames.TITLES));
    }
}
