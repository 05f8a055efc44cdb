package org.kamgraph.readers.partd;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
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
 * Medicare Part D Prescribers - by Provider and Drug (CMS, data.cms.gov; {@code MUP_DPR_RYyy_P04_V10_DYyy_NPIBN.csv}):
 * one row per prescriber (NPI) and drug (brand and generic name) and data year, with claims, drug cost and
 * beneficiaries. Each row becomes PRESCRIBES Clinician -> Product for the data year, the product matched by brand name,
 * then generic name. See docs/formats/partd-prescribers.md.
 */
public final class PartDPrescribers implements SourceFormat {
    public static final String NPI = "Prscrbr_NPI";
    public static final String LAST_ORG_NAME = "Prscrbr_Last_Org_Name";
    public static final String FIRST_NAME = "Prscrbr_First_Name";
    public static final String STATE = "Prscrbr_State_Abrvtn";
    public static final String TYPE = "Prscrbr_Type";
    public static final String BRAND = "Brnd_Name";
    public static final String GENERIC = "Gnrc_Name";
    public static final String CLAIMS = "Tot_Clms";
    public static final String FILLS = "Tot_30day_Fills";
    public static final String DAY_SUPPLY = "Tot_Day_Suply";
    public static final String DRUG_COST = "Tot_Drug_Cst";
    public static final String BENEFICIARIES = "Tot_Benes";

    /** The data year in the publisher's file name: {@code ..._DY23_NPIBN.csv} (or {@code DY2023}). */
    static final Pattern DATA_YEAR = Pattern.compile("(?i)(?<![A-Z])DY(\\d{4}|\\d{2})(?!\\d)");

    public static final String PRESCRIBER_NOT_LOADED =
            "prescriber NPI not loaded (not in the NPI registry data, or outside the region)";

    @Override
    public String name() {
        return "partd-prescribers";
    }

    @Override
    public String description() {
        return "CMS Medicare Part D Prescribers - by Provider and Drug (one row per prescriber NPI, drug and data year):"
                + " PRESCRIBES Clinician -> Product with the year's drug cost (USD), claims and beneficiaries.";
    }

    @Override
    public String dictionary() {
        return "CMS Medicare Part D Prescribers - by Provider and Drug, data dictionary (data.cms.gov), columns of data"
                + " year 2023 (MUP_DPR_RY25_P04_V10_DY23_NPIBN.csv, released 2025)";
    }

    @Override
    public List<String> requiredColumns() {
        return List.of(NPI, BRAND, GENERIC, CLAIMS, DRUG_COST);
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
        return ClaimValues.yearEnd(fileName, DATA_YEAR);
    }

    @Override
    public List<Shape> shapes() {
        return List.of(Shape.relationships(RelKind.PRESCRIBES, NodeKind.CLINICIAN, NodeKind.PRODUCT));
    }

    @Override
    public Translator translator(ReadContext context) {
        return new PrescriptionTranslator(context);
    }

    /**
     * Translates rows, summing the rows of one prescriber that match one product (a brand row and a generic row of
     * the same molecule). The publisher sorts the file by NPI, so the rows of one prescriber are adjacent: the
     * translator holds only the current prescriber's products, and emits them when the NPI changes.
     */
    private static final class PrescriptionTranslator implements Translator {
        private final ReadContext context;
        private final LocalDate from;
        private final LocalDate to;
        private String currentNpi;
        private final List<Prescription> pending = new ArrayList<>();

        PrescriptionTranslator(ReadContext context) {
            this.context = context;
            int year = ClaimValues.dataYear(context, DATA_YEAR);
            this.from = LocalDate.of(year, 1, 1);
            this.to = LocalDate.of(year, 12, 31);
        }

        @Override
        public void row(SourceRow row, Emit out) {
            String npi = row.get(NPI);
            if (!Objects.equals(npi, currentNpi)) {
                flush(out);
                out.atLine(row.line());
                currentNpi = npi;
            }
            if (!context.region().includes(row.get(STATE))) {
                out.outsideRegion();
                return;
            }
            if (npi == null) {
                out.reject(NPI, "no prescriber NPI");
                return;
            }
            if (!ClaimValues.validNpi(npi)) {
                out.reject(NPI, ClaimValues.BAD_NPI);
                return;
            }
            String brand = row.get(BRAND);
            String generic = row.get(GENERIC);
            if (brand == null && generic == null) {
                out.reject(BRAND, "no drug name");
                return;
            }
            Identities.ProductMatch product = context.identities().product(brand, generic);
            String drug = brand != null ? brand : generic;
            if (product.candidates() == 0) {
                out.reject(brand != null ? BRAND : GENERIC, "no product named '" + drug + "'");
                return;
            }
            if (!product.unique()) {
                out.reject(brand != null ? BRAND : GENERIC, "drug '" + drug + "'"
                        + (brand != null && generic != null ? " (" + generic + ")" : "") + " matches several products");
                return;
            }
            Identities.Ref clinician = context.identities().clinician(npi);
            if (clinician == null || clinician.kind() != NodeKind.CLINICIAN) {
                if (!context.region().coversWhole(row.get(STATE))) {
                    // a state the region (a territory) covers in part: the file has no ZIP, the registry's did
                    out.outsideRegion();
                    return;
                }
                out.reject(NPI, PRESCRIBER_NOT_LOADED);
                return;
            }
            String costText = row.get(DRUG_COST);
            Double cost = ClaimValues.amount(costText);
            if (costText != null && cost == null) {
                out.reject(DRUG_COST, "not an amount in US dollars");
                return;
            }
            String claimsText = row.get(CLAIMS);
            Long claims = ClaimValues.count(claimsText);
            if (claimsText != null && claims == null) {
                out.reject(CLAIMS, "not a count");
                return;
            }
            String benesText = row.get(BENEFICIARIES);
            Long benes = ClaimValues.count(benesText);
            if (benesText != null && benes == null) {
                out.reject(BENEFICIARIES, "not a count");
                return;
            }
            for (Prescription p : pending) {
                if (p.product.equals(product.id())) {
                    p.add(cost, claims);
                    return;
                }
            }
            pending.add(new Prescription(row.line(), clinician.id(), product.id(), cost, claims, benes));
        }

        @Override
        public void finish(Emit out) {
            flush(out);
        }

        private void flush(Emit out) {
            for (Prescription p : pending) {
                out.atLine(p.line);
                Map<String, Object> props = new LinkedHashMap<>();
                if (p.amount != null) {
                    props.put("amount", p.amount);
                    props.put("currency", "USD");
                }
                if (p.claims != null) {
                    props.put("claims", p.claims);
                }
                if (p.patients != null) {
                    props.put("patients", p.patients);
                }
                props.put("validFrom", from);
                props.put("validTo", to);
                out.relationship(RelKind.PRESCRIBES, NodeKind.CLINICIAN, p.clinician, NodeKind.PRODUCT, p.product, props);
            }
            pending.clear();
        }
    }

    /** One prescriber's prescribing of one product in the data year, summed over the rows that match it. */
    private static final class Prescription {
        final long line;
        final String clinician;
        final String product;
        Double amount;
        Long claims;
        Long patients;

        Prescription(long line, String clinician, String product, Double amount, Long claims, Long patients) {
            this.line = line;
            this.clinician = clinician;
            this.product = product;
            this.amount = amount;
            this.claims = claims;
            this.patients = patients;
        }

        /**
         * Another row of the same product: amounts and claims add up (absent if either is); distinct beneficiaries
         * across two rows cannot be known, so the count goes.
         */
        void add(Double moreAmount, Long moreClaims) {
            amount = amount == null || moreAmount == null ? null : amount + moreAmount;
            claims = claims == null || moreClaims == null ? null : claims + moreClaims;
            patients = null;
        }
    }
}
