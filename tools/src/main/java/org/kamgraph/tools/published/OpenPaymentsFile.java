package org.kamgraph.tools.published;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * CMS Open Payments general payments ({@code OP_DTL_GNRL_PGYRyyyy_P06302025_mmddyyyy.csv}): 91 columns in the
 * published order (program years 2021 to 2024), text quoted, numbers bare. One row per payment to a clinician of the
 * prescribing population, by one of 30 manufacturers, for one of the generated branded drugs (written upper case, as
 * the files mostly do) or now and then a device (matches no product). Natures as published, in about the published
 * proportions (most rows are food and beverage), amounts log-normal by nature, dates in the program year.
 */
final class OpenPaymentsFile {
    static final String[] HEADER = {"Change_Type", "Covered_Recipient_Type", "Teaching_Hospital_CCN",
            "Teaching_Hospital_ID", "Teaching_Hospital_Name", "Covered_Recipient_Profile_ID", "Covered_Recipient_NPI",
            "Covered_Recipient_First_Name", "Covered_Recipient_Middle_Name", "Covered_Recipient_Last_Name",
            "Covered_Recipient_Name_Suffix", "Recipient_Primary_Business_Street_Address_Line1",
            "Recipient_Primary_Business_Street_Address_Line2", "Recipient_City", "Recipient_State", "Recipient_Zip_Code",
            "Recipient_Country", "Recipient_Province", "Recipient_Postal_Code", "Covered_Recipient_Primary_Type_1",
            "Covered_Recipient_Primary_Type_2", "Covered_Recipient_Primary_Type_3", "Covered_Recipient_Primary_Type_4",
            "Covered_Recipient_Primary_Type_5", "Covered_Recipient_Primary_Type_6", "Covered_Recipient_Specialty_1",
            "Covered_Recipient_Specialty_2", "Covered_Recipient_Specialty_3", "Covered_Recipient_Specialty_4",
            "Covered_Recipient_Specialty_5", "Covered_Recipient_Specialty_6", "Covered_Recipient_License_State_code1",
            "Covered_Recipient_License_State_code2", "Covered_Recipient_License_State_code3",
            "Covered_Recipient_License_State_code4", "Covered_Recipient_License_State_code5",
            "Submitting_Applicable_Manufacturer_or_Applicable_GPO_Name",
            "Applicable_Manufacturer_or_Applicable_GPO_Making_Payment_ID",
            "Applicable_Manufacturer_or_Applicable_GPO_Making_Payment_Name",
            "Applicable_Manufacturer_or_Applicable_GPO_Making_Payment_State",
            "Applicable_Manufacturer_or_Applicable_GPO_Making_Payment_Country", "Total_Amount_of_Payment_USDollars",
            "Date_of_Payment", "Number_of_Payments_Included_in_Total_Amount", "Form_of_Payment_or_Transfer_of_Value",
            "Nature_of_Payment_or_Transfer_of_Value", "City_of_Travel", "State_of_Travel", "Country_of_Travel",
            "Physician_Ownership_Indicator", "Third_Party_Payment_Recipient_Indicator",
            "Name_of_Third_Party_Entity_Receiving_Payment_or_Transfer_of_Value", "Charity_Indicator",
            "Third_Party_Equals_Covered_Recipient_Indicator", "Contextual_Information", "Delay_in_Publication_Indicator",
            "Record_ID", "Dispute_Status_for_Publication", "Related_Product_Indicator",
            "Covered_or_Noncovered_Indicator_1", "Indicate_Drug_or_Biological_or_Device_or_Medical_Supply_1",
            "Product_Category_or_Therapeutic_Area_1", "Name_of_Drug_or_Biological_or_Device_or_Medical_Supply_1",
            "Associated_Drug_or_Biological_NDC_1", "Associated_Device_or_Medical_Supply_PDI_1",
            "Covered_or_Noncovered_Indicator_2", "Indicate_Drug_or_Biological_or_Device_or_Medical_Supply_2",
            "Product_Category_or_Therapeutic_Area_2", "Name_of_Drug_or_Biological_or_Device_or_Medical_Supply_2",
            "Associated_Drug_or_Biological_NDC_2", "Associated_Device_or_Medical_Supply_PDI_2",
            "Covered_or_Noncovered_Indicator_3", "Indicate_Drug_or_Biological_or_Device_or_Medical_Supply_3",
            "Product_Category_or_Therapeutic_Area_3", "Name_of_Drug_or_Biological_or_Device_or_Medical_Supply_3",
            "Associated_Drug_or_Biological_NDC_3", "Associated_Device_or_Medical_Supply_PDI_3",
            "Covered_or_Noncovered_Indicator_4", "Indicate_Drug_or_Biological_or_Device_or_Medical_Supply_4",
            "Product_Category_or_Therapeutic_Area_4", "Name_of_Drug_or_Biological_or_Device_or_Medical_Supply_4",
            "Associated_Drug_or_Biological_NDC_4", "Associated_Device_or_Medical_Supply_PDI_4",
            "Covered_or_Noncovered_Indicator_5", "Indicate_Drug_or_Biological_or_Device_or_Medical_Supply_5",
            "Product_Category_or_Therapeutic_Area_5", "Name_of_Drug_or_Biological_or_Device_or_Medical_Supply_5",
            "Associated_Drug_or_Biological_NDC_5", "Associated_Device_or_Medical_Supply_PDI_5", "Program_Year",
            "Payment_Publication_Date"};

    /** Nature as published, share of rows, median amount (USD). */
    private record Nature(String text, double share, double median, String form) {
    }

    private static final Nature[] NATURES = {
            new Nature("Food and Beverage", 82, 18, "In-kind items and services"),
            new Nature("Travel and Lodging", 3.5, 350, "In-kind items and services"),
            new Nature("Education", 4, 60, "In-kind items and services"),
            new Nature("Consulting Fee", 2.5, 2_500, "Cash or cash equivalent"),
            new Nature("Compensation for services other than consulting, including serving as faculty or as a speaker at"
                    + " a venue other than a continuing education program", 5, 2_000, "Cash or cash equivalent"),
            new Nature("Honoraria", 0.7, 1_000, "Cash or cash equivalent"),
            new Nature("Gift", 0.6, 80, "In-kind items and services"),
            new Nature("Grant", 0.3, 10_000, "Cash or cash equivalent"),
            new Nature("Royalty or License", 0.2, 20_000, "Cash or cash equivalent"),
            new Nature("Entertainment", 0.2, 100, "In-kind items and services"),
            new Nature("Current or prospective ownership or investment interest", 0.05, 30_000, "Stock"),
    };
    private static final double[] NATURE_CUMULATIVE;

    static {
        double[] w = new double[NATURES.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = NATURES[i].share();
        }
        NATURE_CUMULATIVE = Hash.cumulative(w);
    }

    private static final String[][] MANUFACTURERS = {{"Eli Lilly and Company", "IN"}, {"Pfizer Inc.", "NY"},
            {"Novartis Pharmaceuticals Corporation", "NJ"}, {"AstraZeneca Pharmaceuticals LP", "DE"},
            {"Merck Sharp & Dohme LLC", "NJ"}, {"Bristol-Myers Squibb Company", "NJ"}, {"AbbVie Inc.", "IL"},
            {"Janssen Pharmaceuticals, Inc", "NJ"}, {"Genentech USA, Inc.", "CA"}, {"Amgen Inc.", "CA"},
            {"Boehringer Ingelheim Pharmaceuticals, Inc.", "CT"}, {"Novo Nordisk Inc", "NJ"}, {"Sanofi US", "NJ"},
            {"GlaxoSmithKline, LLC.", "PA"}, {"Gilead Sciences Inc", "CA"}, {"Takeda Pharmaceuticals America, Inc.", "MA"},
            {"Bayer HealthCare Pharmaceuticals Inc.", "NJ"}, {"Regeneron Healthcare Solutions, Inc.", "NY"},
            {"Biogen, Inc.", "MA"}, {"Teva Pharmaceuticals USA, Inc.", "NJ"}, {"Otsuka America Pharmaceutical, Inc.", "NJ"},
            {"Astellas Pharma US Inc", "IL"}, {"Daiichi Sankyo Inc.", "NJ"}, {"Eisai Inc.", "NJ"},
            {"Incyte Corporation", "DE"}, {"Vertex Pharmaceuticals Incorporated", "MA"}, {"Jazz Pharmaceuticals, Inc.", "CA"},
            {"Seagen Inc.", "WA"}, {"Exelixis, Inc.", "CA"}, {"Medtronic USA, Inc.", "MN"}};
    private static final String[] DEVICES = {"INFUSION PUMP", "GLUCOSE MONITOR", "STENT SYSTEM", "CATHETER", "INSULIN PUMP"};
    private static final long S_OPEN_PAYMENTS = 41;

    private OpenPaymentsFile() {
    }

    static long write(Universe u, Drugs drugs, long rows, int programYear, Path out, Progress progress) throws IOException {
        Universe.Spread people = u.prescribers();
        LocalDate start = LocalDate.of(programYear, 1, 1);
        int days = start.lengthOfYear();
        String published = "06/30/" + (programYear + 1);
        try (Out o = new Out(out, ',', false)) {
            o.header(HEADER);
            Hash h = Hash.of(0, 0, 0);
            for (long r = 0; r < rows; r++) {
                h.reset(u.seed, S_OPEN_PAYMENTS, r);
                // recipients: payments concentrate on some clinicians (a popularity law over the population)
                long p = Math.min(people.count - 1, (long) (people.count * StrictMath.pow(h.nextDouble(), 2.2)));
                Universe.Clinician c = u.clinician(people.clinician(p));
                Nature n = NATURES[h.weighted(NATURE_CUMULATIVE)];
                String[] m = MANUFACTURERS[h.nextInt(MANUFACTURERS.length)];
                boolean device = h.chance(0.08);
                int d = drugs.pick(h);
                for (int tries = 0; !drugs.branded[d] && tries < 50; tries++) {
                    d = drugs.pick(h); // manufacturers pay about their branded drugs
                }
                long cents = Math.max(100, Math.round(h.logNormal(n.median(), 0.9) * 100));
                LocalDate date = start.plusDays(h.nextInt(days));
                boolean physician = c.credential() != null && (c.credential().contains("D") && !c.credential().contains("DPT"));
                o.quoted("NEW").quoted(physician ? "Covered Recipient Physician" : "Covered Recipient Non-Physician Practitioner")
                        .empty(3).quoted(Long.toString(1_000_000 + c.k())).number(c.npi()).quoted(c.first())
                        .quoted(c.middle()).quoted(c.last()).empty(1).quoted(c.street()).empty(1).quoted(c.city())
                        .quoted(c.state().code()).quoted(c.zip()).quoted("United States").empty(2)
                        .quoted(physician ? "Medical Doctor" : "Nurse Practitioner").empty(5)
                        .quoted(c.taxonomy().partDType()).empty(5).quoted(c.state().code()).empty(4)
                        .quoted(m[0]).quoted(Long.toString(100_000_000_000L + indexOf(m))).quoted(m[0]).quoted(m[1])
                        .quoted("United States").cents(cents).quoted(Fmt.usDate(date)).number(1).quoted(n.form())
                        .quoted(n.text());
                if (n.text().equals("Travel and Lodging")) {
                    o.quoted(h.pick(c.state().cities())).quoted(c.state().code()).quoted("United States");
                } else {
                    o.empty(3);
                }
                o.quoted("No").quoted("No Third Party Payment").empty(4).quoted("No")
                        .quoted(Long.toString(900_000_000L + r)).quoted("No").quoted("Yes").quoted("Covered");
                if (device) {
                    o.quoted("Device").quoted(drugs.area[d]).quoted(h.pick(DEVICES)).empty(1)
                            .quoted(Fmt.pad(h.nextInt(1_000_000_000), 14));
                } else {
                    o.quoted("Drug").quoted(drugs.area[d]).quoted(drugs.brand[d].toUpperCase(java.util.Locale.ROOT))
                            .quoted(Fmt.pad(h.nextInt(100_000), 5) + "-" + Fmt.pad(h.nextInt(1000), 4) + "-"
                                    + Fmt.pad(h.nextInt(100), 2)).empty(1);
                }
                o.empty(24).number(programYear).quoted(published);
                o.end();
                if ((r & 0xFFFF) == 0) {
                    progress.rows(r);
                }
            }
        }
        return rows;
    }

    private static int indexOf(String[] manufacturer) {
        for (int i = 0; i < MANUFACTURERS.length; i++) {
            if (MANUFACTURERS[i] == manufacturer) {
                return i;
            }
        }
        return 0;
    }
}
