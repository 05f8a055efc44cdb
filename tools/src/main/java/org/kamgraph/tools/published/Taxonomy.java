package org.kamgraph.tools.published;

/**
 * NUCC health care provider taxonomy codes the generator gives providers, with how often (weight), the credentials
 * written with them, the Part D prescriber type (Prscrbr_Type) and whether such a provider prescribes.
 */
record Taxonomy(String code, String partDType, double weight, boolean prescriber, boolean licensed,
        String... credentials) {

    static final Taxonomy[] INDIVIDUAL = {
            new Taxonomy("207R00000X", "Internal Medicine", 12, true, true, "M.D.", "MD", "DO", "D.O."),
            new Taxonomy("207Q00000X", "Family Practice", 10, true, true, "M.D.", "MD", "DO", "D.O."),
            new Taxonomy("208D00000X", "General Practice", 1, true, true, "MD", "DO"),
            new Taxonomy("207RC0000X", "Cardiology", 3, true, true, "M.D.", "MD", "DO"),
            new Taxonomy("207RX0202X", "Medical Oncology", 1, true, true, "M.D.", "MD", "DO"),
            new Taxonomy("207RH0003X", "Hematology-Oncology", 1, true, true, "M.D.", "MD"),
            new Taxonomy("207RE0101X", "Endocrinology", 1, true, true, "M.D.", "MD"),
            new Taxonomy("207RG0100X", "Gastroenterology", 1.2, true, true, "M.D.", "MD", "DO"),
            new Taxonomy("207RN0300X", "Nephrology", 0.8, true, true, "M.D.", "MD"),
            new Taxonomy("207RP1001X", "Pulmonary Disease", 1, true, true, "M.D.", "MD"),
            new Taxonomy("207RR0500X", "Rheumatology", 0.5, true, true, "M.D.", "MD"),
            new Taxonomy("207RI0200X", "Infectious Disease", 0.5, true, true, "M.D.", "MD"),
            new Taxonomy("2084P0800X", "Psychiatry", 3, true, true, "M.D.", "MD", "DO"),
            new Taxonomy("2084N0400X", "Neurology", 1.5, true, true, "M.D.", "MD", "DO"),
            new Taxonomy("207V00000X", "Obstetrics & Gynecology", 3, true, true, "M.D.", "MD", "DO"),
            new Taxonomy("208000000X", "Pediatric Medicine", 4, true, true, "M.D.", "MD", "DO"),
            new Taxonomy("207P00000X", "Emergency Medicine", 3, true, true, "M.D.", "MD", "DO"),
            new Taxonomy("207X00000X", "Orthopedic Surgery", 2, true, true, "M.D.", "MD", "DO"),
            new Taxonomy("207N00000X", "Dermatology", 1, true, true, "M.D.", "MD"),
            new Taxonomy("207W00000X", "Ophthalmology", 1.5, true, true, "M.D.", "MD"),
            new Taxonomy("208800000X", "Urology", 1, true, true, "M.D.", "MD"),
            new Taxonomy("208600000X", "General Surgery", 2, true, true, "M.D.", "MD", "DO"),
            new Taxonomy("207L00000X", "Anesthesiology", 3, true, true, "M.D.", "MD", "DO"),
            new Taxonomy("2085R0202X", "Diagnostic Radiology", 2, false, true, "M.D.", "MD"),
            new Taxonomy("363LF0000X", "Nurse Practitioner", 8, true, true, "NP", "FNP-C", "APRN", "FNP-BC"),
            new Taxonomy("363L00000X", "Nurse Practitioner", 4, true, true, "NP", "CRNP", "APRN"),
            new Taxonomy("363A00000X", "Physician Assistant", 8, true, true, "PA-C", "PA"),
            new Taxonomy("1223G0001X", "Dentist", 6, true, true, "DDS", "D.D.S.", "DMD"),
            new Taxonomy("152W00000X", "Optometry", 1.5, true, true, "OD", "O.D."),
            new Taxonomy("213E00000X", "Podiatry", 0.8, true, true, "DPM"),
            new Taxonomy("183500000X", "Pharmacist", 4, false, true, "PHARMD", "PHARM.D.", "RPH"),
            new Taxonomy("163W00000X", "Registered Nurse", 6, false, true, "RN", "R.N.", "BSN, RN"),
            new Taxonomy("225100000X", "Physical Therapist", 3, false, true, "PT", "DPT"),
            new Taxonomy("103T00000X", "Psychologist", 2, false, true, "PHD", "PSYD"),
            new Taxonomy("1041C0700X", "Licensed Clinical Social Worker", 2, false, true, "LCSW"),
            new Taxonomy("111N00000X", "Chiropractic", 1.5, false, true, "DC", "D.C."),
    };

    /** Organization taxonomies; {@code partDType} holds the kind of name the organization gets. */
    static final Taxonomy[] ORGANIZATION = {
            new Taxonomy("282N00000X", "hospital", 2.5, false, true),
            new Taxonomy("283Q00000X", "hospital", 0.3, false, true),
            new Taxonomy("3336C0003X", "pharmacy", 12, false, true),
            new Taxonomy("3336S0011X", "specialty-pharmacy", 1, false, true),
            new Taxonomy("3336M0002X", "mail-pharmacy", 0.2, false, true),
            new Taxonomy("261QP2300X", "clinic", 6, false, false),
            new Taxonomy("261QM1300X", "clinic", 3, false, false),
            new Taxonomy("261QR1300X", "clinic", 1, false, false),
            new Taxonomy("261QA1903X", "surgery-center", 2, false, true),
            new Taxonomy("193200000X", "group", 8, false, false),
            new Taxonomy("193400000X", "group", 8, false, false),
            new Taxonomy("207R00000X", "practice", 6, false, false),
            new Taxonomy("207Q00000X", "practice", 4, false, false),
            new Taxonomy("1223G0001X", "dental", 5, false, false),
            new Taxonomy("332B00000X", "supplier", 10, false, false),
            new Taxonomy("251E00000X", "home-health", 5, false, true),
            new Taxonomy("291U00000X", "laboratory", 4, false, true),
            new Taxonomy("314000000X", "nursing", 4, false, true),
            new Taxonomy("3416L0300X", "ambulance", 3, false, true),
            new Taxonomy("343900000X", "transport", 3, false, false),
            new Taxonomy("111N00000X", "practice", 3, false, false),
    };

    private static final double[] IND_CUMULATIVE = cumulative(INDIVIDUAL);
    private static final double[] ORG_CUMULATIVE = cumulative(ORGANIZATION);

    private static double[] cumulative(Taxonomy[] ts) {
        double[] w = new double[ts.length];
        for (int i = 0; i < ts.length; i++) {
            w[i] = ts[i].weight();
        }
        return Hash.cumulative(w);
    }

    static Taxonomy pickIndividual(Hash h) {
        return INDIVIDUAL[h.weighted(IND_CUMULATIVE)];
    }

    static Taxonomy pickOrganization(Hash h) {
        return ORGANIZATION[h.weighted(ORG_CUMULATIVE)];
    }

    /** A credential as providers type it (osteopaths about one physician in eight). */
    String credential(Hash h) {
        if (credentials.length == 0) {
            return null;
        }
        if (h.chance(0.04)) {
            return null; // not every provider gives one
        }
        String c = credentials[h.nextInt(credentials.length)];
        if (c.startsWith("D") && c.contains("O") && h.chance(0.5)) {
            c = h.chance(0.5) ? "M.D." : "MD";
        }
        return c;
    }
}
