package org.kamgraph.readers.openpayments;

import it.unimi.dsi.fastutil.bytes.ByteArrayList;
import it.unimi.dsi.fastutil.doubles.DoubleArrayList;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.longs.LongArrayList;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
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
 * CMS Open Payments detailed payment files, as published for a program year ({@code OP_DTL_GNRL_PGYR2024_P06302025_*.csv}
 * general payments, {@code OP_DTL_RSRCH_PGYR2024_P06302025_*.csv} research payments): payments from manufacturers and
 * GPOs to clinicians, each related to up to five products. Payments to a clinician for one product on one day are
 * summed into one RECEIVED_PAYMENT Clinician -> Product. See docs/formats/open-payments.md.
 */
public final class OpenPayments implements SourceFormat {
    public static final String RECIPIENT_TYPE = "Covered_Recipient_Type";
    public static final String NPI = "Covered_Recipient_NPI";
    public static final String STATE = "Recipient_State";
    public static final String ZIP = "Recipient_Zip_Code";
    public static final String PI_NPI = "Principal_Investigator_1_NPI";
    public static final String MANUFACTURER = "Applicable_Manufacturer_or_Applicable_GPO_Making_Payment_Name";
    public static final String AMOUNT = "Total_Amount_of_Payment_USDollars";
    public static final String DATE = "Date_of_Payment";
    public static final String NUMBER_OF_PAYMENTS = "Number_of_Payments_Included_in_Total_Amount";
    public static final String NATURE = "Nature_of_Payment_or_Transfer_of_Value";
    public static final String RELATED_PRODUCT = "Related_Product_Indicator";
    public static final String PRODUCT_NAME = "Name_of_Drug_or_Biological_or_Device_or_Medical_Supply_";
    public static final String PRODUCT_KIND = "Indicate_Drug_or_Biological_or_Device_or_Medical_Supply_";
    public static final String NAME_OF_STUDY = "Name_of_Study";
    public static final String RECORD_ID = "Record_ID";
    public static final String PROGRAM_YEAR = "Program_Year";

    public static final String RECIPIENT_NOT_LOADED =
            "recipient NPI not loaded (not in the NPI registry data, or outside the region)";

    /** The publication date in the publisher's file name: {@code ..._PGYR2024_P06302025_06162025.csv}. */
    static final Pattern PUBLICATION = Pattern.compile("(?i)_P(\\d{2})(\\d{2})(\\d{4})(?!\\d)");

    /** The general payments file. */
    public static final OpenPayments GENERAL = new OpenPayments(false);
    /** The research payments file. */
    public static final OpenPayments RESEARCH = new OpenPayments(true);

    private final boolean research;

    private OpenPayments(boolean research) {
        this.research = research;
    }

    @Override
    public String name() {
        return research ? "open-payments-research" : "open-payments-general";
    }

    @Override
    public String description() {
        return research
                ? "CMS Open Payments research payments (one row per payment): RECEIVED_PAYMENT Clinician -> Product"
                        + " (nature research) from manufacturers to the covered recipient or the first principal"
                        + " investigator, summed per clinician, product and day."
                : "CMS Open Payments general payments (one row per payment): RECEIVED_PAYMENT Clinician -> Product with"
                        + " the nature (speaking, consulting, ...), manufacturer and amount (USD), summed per clinician,"
                        + " product and day.";
    }

    @Override
    public String dictionary() {
        return "CMS Open Payments Public Use Files: Methodology and Data Dictionary, "
                + (research ? "Research Payment" : "General Payment")
                + " File Attributes, program years 2021 to 2024 (openpaymentsdata.cms.gov)";
    }

    @Override
    public List<String> requiredColumns() {
        return research
                ? List.of(NPI, MANUFACTURER, AMOUNT, DATE, PRODUCT_NAME + 1, NAME_OF_STUDY)
                : List.of(NPI, MANUFACTURER, AMOUNT, DATE, NATURE, PRODUCT_NAME + 1);
    }

    @Override
    public int order() {
        return Order.EVIDENCE;
    }

    @Override
    public boolean fullSnapshot() {
        return false;
    }

    /** In the program year's zip (general, research and ownership files and a README), this format's file. */
    @Override
    public String zipEntry() {
        return research ? "OP_DTL_RSRCH_.*\\.csv" : "OP_DTL_GNRL_.*\\.csv";
    }

    /** The publication date in the file's name ({@code _P06302025_}: 2025-06-30). */
    @Override
    public Optional<LocalDate> dateFromName(String fileName) {
        Matcher m = PUBLICATION.matcher(fileName == null ? "" : fileName);
        while (m.find()) {
            LocalDate d = ClaimValues.usDate(m.group(1) + "/" + m.group(2) + "/" + m.group(3));
            if (d != null) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    @Override
    public List<Shape> shapes() {
        return List.of(Shape.relationships(RelKind.RECEIVED_PAYMENT, NodeKind.CLINICIAN, NodeKind.PRODUCT));
    }

    @Override
    public Translator translator(ReadContext context) {
        return new PaymentTranslator(context, research);
    }

    /**
     * Sums payments per (clinician NPI, product, day): the key packs the NPI (34 bits), the product's index among the
     * products paid for (14 bits) and the day (16 bits, days since 1970). The sums live in primitive arrays indexed by
     * the key's slot, in the order the keys first appear, so memory grows with what is emitted, not with the rows read.
     */
    private static final class PaymentTranslator implements Translator {
        private static final int PRODUCT_BITS = 14;
        private static final int DAY_BITS = 16;

        private final ReadContext context;
        private final boolean research;
        private final Long2IntOpenHashMap slots = new Long2IntOpenHashMap();
        private final LongArrayList keys = new LongArrayList();
        private final LongArrayList lines = new LongArrayList();
        private final DoubleArrayList amounts = new DoubleArrayList();
        private final LongArrayList payments = new LongArrayList();
        private final DoubleArrayList largestPart = new DoubleArrayList();
        private final ByteArrayList natures = new ByteArrayList();
        private final IntArrayList manufacturers = new IntArrayList();
        private final Object2IntOpenHashMap<String> productIndex = new Object2IntOpenHashMap<>();
        private final List<String> products = new ArrayList<>();
        private final Object2IntOpenHashMap<String> manufacturerIndex = new Object2IntOpenHashMap<>();
        private final List<String> manufacturerNames = new ArrayList<>();

        PaymentTranslator(ReadContext context, boolean research) {
            this.context = context;
            this.research = research;
            slots.defaultReturnValue(-1);
            productIndex.defaultReturnValue(-1);
            manufacturerIndex.defaultReturnValue(-1);
        }

        @Override
        public void row(SourceRow row, Emit out) {
            if (!context.region().includes(row.get(STATE), row.get(ZIP))) {
                out.outsideRegion();
                return;
            }
            String npiColumn = NPI;
            String npi = row.get(NPI);
            if (npi == null && research && row.get(PI_NPI) != null) {
                npiColumn = PI_NPI;
                npi = row.get(PI_NPI);
            }
            if (npi == null) {
                String type = row.get(RECIPIENT_TYPE);
                if (type != null && type.toLowerCase(Locale.ROOT).contains("teaching hospital")) {
                    out.reject(RECIPIENT_TYPE, "payment to a teaching hospital (the model records payments to clinicians)");
                } else {
                    out.reject(NPI, "no recipient NPI");
                }
                return;
            }
            if (!ClaimValues.validNpi(npi)) {
                out.reject(npiColumn, ClaimValues.BAD_NPI);
                return;
            }
            String amountText = row.get(AMOUNT);
            Double amount = ClaimValues.amount(amountText);
            if (amount == null) {
                out.reject(AMOUNT, amountText == null ? "no amount" : "not an amount in US dollars");
                return;
            }
            String dateText = row.get(DATE);
            LocalDate date = ClaimValues.usDate(dateText);
            if (date == null || date.toEpochDay() < 0 || date.toEpochDay() >= (1L << DAY_BITS)) {
                out.reject(DATE, dateText == null ? "no date of payment" : "not a date (MM/DD/YYYY)");
                return;
            }
            long count = 1;
            String countText = row.get(NUMBER_OF_PAYMENTS);
            if (countText != null) {
                Long c = ClaimValues.count(countText);
                if (c == null || c < 1) {
                    out.reject(NUMBER_OF_PAYMENTS, "not a count of payments");
                    return;
                }
                count = c;
            }
            List<String> matched = new ArrayList<>(2);
            String firstName = null;
            String firstColumn = PRODUCT_NAME + 1;
            for (int i = 1; i <= 5; i++) {
                String name = row.get(PRODUCT_NAME + i);
                if (name == null) {
                    continue;
                }
                if (firstName == null) {
                    firstName = name;
                    firstColumn = PRODUCT_NAME + i;
                }
                Identities.ProductMatch m = context.identities().product(name, null);
                if (m.unique() && !matched.contains(m.id())) {
                    matched.add(m.id());
                }
            }
            if (matched.isEmpty()) {
                if (firstName == null) {
                    out.reject(firstColumn, "payment not related to a product");
                } else {
                    out.reject(firstColumn, "no product named '" + firstName + "'");
                }
                return;
            }
            Identities.Ref clinician = context.identities().clinician(npi);
            if (clinician == null || clinician.kind() != NodeKind.CLINICIAN) {
                if (!context.region().coversWhole(row.get(STATE)) && row.get(ZIP) == null) {
                    out.outsideRegion(); // a state the region covers in part, no ZIP: not loaded as outside, likely
                    return;
                }
                out.reject(npiColumn, RECIPIENT_NOT_LOADED);
                return;
            }
            String nature = research ? "research" : Natures.of(row.get(NATURE));
            int manufacturer = manufacturer(row.get(MANUFACTURER));
            double share = amount / matched.size();
            for (String product : matched) {
                int p = productIndex.getInt(product);
                if (p < 0) {
                    if (products.size() >= (1 << PRODUCT_BITS)) {
                        out.reject(firstColumn, "more than " + (1 << PRODUCT_BITS) + " products paid for in one file");
                        return;
                    }
                    p = products.size();
                    products.add(product);
                    productIndex.put(product, p);
                }
                long key = (Long.parseLong(npi) << (PRODUCT_BITS + DAY_BITS)) | ((long) p << DAY_BITS) | date.toEpochDay();
                add(key, row.line(), share, count, Natures.index(nature), manufacturer);
            }
        }

        private int manufacturer(String name) {
            if (name == null) {
                return -1;
            }
            int i = manufacturerIndex.getInt(name);
            if (i < 0) {
                i = manufacturerNames.size();
                manufacturerNames.add(name);
                manufacturerIndex.put(name, i);
            }
            return i;
        }

        /** Adds a payment to its key's sum; the nature and manufacturer are those of the largest payment. */
        private void add(long key, long line, double amount, long count, int nature, int manufacturer) {
            int slot = slots.get(key);
            if (slot < 0) {
                slots.put(key, keys.size());
                keys.add(key);
                lines.add(line);
                amounts.add(amount);
                payments.add(count);
                largestPart.add(amount);
                natures.add((byte) nature);
                manufacturers.add(manufacturer);
                return;
            }
            amounts.set(slot, amounts.getDouble(slot) + amount);
            payments.set(slot, payments.getLong(slot) + count);
            if (amount > largestPart.getDouble(slot)) {
                largestPart.set(slot, amount);
                natures.set(slot, (byte) nature);
                manufacturers.set(slot, manufacturer);
            }
        }

        @Override
        public void finish(Emit out) {
            for (int slot = 0; slot < keys.size(); slot++) {
                long key = keys.getLong(slot);
                String npi = String.format("%010d", key >>> (PRODUCT_BITS + DAY_BITS));
                String product = products.get((int) ((key >>> DAY_BITS) & ((1 << PRODUCT_BITS) - 1)));
                LocalDate day = LocalDate.ofEpochDay(key & ((1 << DAY_BITS) - 1));
                Map<String, Object> props = new LinkedHashMap<>();
                props.put("amount", Math.round(amounts.getDouble(slot) * 100) / 100.0);
                props.put("currency", "USD");
                props.put("nature", Natures.MODEL.get(natures.getByte(slot)));
                props.put("payments", payments.getLong(slot));
                int m = manufacturers.getInt(slot);
                if (m >= 0) {
                    props.put("manufacturer", manufacturerNames.get(m));
                }
                props.put("validFrom", day);
                props.put("validTo", day);
                out.atLine(lines.getLong(slot));
                out.relationship(RelKind.RECEIVED_PAYMENT, NodeKind.CLINICIAN, context.identities().clinician(npi).id(),
                        NodeKind.PRODUCT, product, props);
            }
        }
    }
}
