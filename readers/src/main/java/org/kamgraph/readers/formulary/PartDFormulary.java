package org.kamgraph.readers.formulary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.RelKind;
import org.kamgraph.readers.Emit;
import org.kamgraph.readers.Identities.ProductMatch;
import org.kamgraph.readers.Identities.Ref;
import org.kamgraph.readers.ReadContext;
import org.kamgraph.readers.Shape;
import org.kamgraph.readers.SourceRow;
import org.kamgraph.readers.Translator;

/**
 * The Part D basic drugs formulary file ({@code basic drugs formulary file  PPUF_2025Q2.txt}): one row per formulary,
 * RXCUI and NDC. It names no contract: the Payers are those the plan information file ({@link PartDPlans}, imported
 * first) gave the alias {@code cms-formulary:<FORMULARY_ID>}; the product is the catalog's with that RXCUI. Rows are
 * aggregated to one LISTS per Payer, product and contract year (the least restrictive listing among the product's
 * RXCUIs and NDCs and, for a contract whose plans use several formularies, among those), valid from the contract
 * year's first day. See docs/formats/partd-formulary.md.
 */
public final class PartDFormulary extends PartDReleaseFile {
    static final String FORMULARY_ID = "FORMULARY_ID";
    static final String CONTRACT_YEAR = "CONTRACT_YEAR";
    static final String RXCUI = "RXCUI";
    static final String TIER = "TIER_LEVEL_VALUE";
    static final String QUANTITY_LIMIT = "QUANTITY_LIMIT_YN";
    static final String PRIOR_AUTH = "PRIOR_AUTHORIZATION_YN";
    static final String STEP_THERAPY = "STEP_THERAPY_YN";

    @Override
    public String name() {
        return "partd-formulary";
    }

    @Override
    public String description() {
        return "CMS Part D basic drugs formulary file (quarterly release): Payer LISTS Product (matched by RXCUI) with"
                + " tier, prior authorization, step therapy and quantity limit, for the contracts whose plans use the"
                + " formulary (import the plan information file first)";
    }

    @Override
    public String dictionary() {
        return PartD.DICTIONARY;
    }

    @Override
    public List<String> requiredColumns() {
        return List.of(FORMULARY_ID, RXCUI, TIER);
    }

    @Override
    public int order() {
        return Order.PLANS + 5;
    }

    /** A release holds every formulary whole: a listing it no longer holds is ended. */
    @Override
    public boolean fullSnapshot() {
        return true;
    }

    @Override
    public String zipEntry() {
        return "basic drugs formulary.*\\.txt";
    }

    @Override
    public List<Shape> shapes() {
        return List.of(Shape.relationships(RelKind.LISTS, NodeKind.PAYER, NodeKind.PRODUCT));
    }

    @Override
    public Translator translator(ReadContext context) {
        return new Listings(context);
    }

    /** A product's listing on one formulary; {@link #BETTER} orders the least restrictive first. */
    record Listing(String formulary, long tier, Boolean priorAuth, Boolean stepTherapy, Boolean quantityLimit) {
        static final Comparator<Listing> BETTER = Comparator.comparingLong(Listing::tier)
                .thenComparingInt(Listing::restrictions).thenComparing(Listing::formulary);

        int restrictions() {
            return (Boolean.TRUE.equals(priorAuth) ? 1 : 0) + (Boolean.TRUE.equals(stepTherapy) ? 1 : 0)
                    + (Boolean.TRUE.equals(quantityLimit) ? 1 : 0);
        }

        static Listing better(Listing a, Listing b) {
            return BETTER.compare(a, b) <= 0 ? a : b;
        }
    }

    private record Key(String formulary, String product, int year) {
    }

    private record Listed(String payer, String product, int year) {
    }

    /**
     * Keeps the best listing per (formulary, product, year): matched rows only, so bounded by formularies times the
     * catalog's products; the payers of each formulary are looked up once.
     */
    private static final class Listings implements Translator {
        private final ReadContext context;
        private final Map<String, List<Ref>> payers = new HashMap<>();
        private final Map<Key, Listing> listings = new LinkedHashMap<>();

        Listings(ReadContext context) {
            this.context = context;
        }

        private List<Ref> payers(String formulary) {
            return payers.computeIfAbsent(formulary, f -> context.identities().allByAlias(PartD.FORMULARY_ALIAS + f)
                    .stream().filter(r -> r.kind() == NodeKind.PAYER).toList());
        }

        @Override
        public void row(SourceRow row, Emit out) {
            String formulary = row.get(FORMULARY_ID);
            if (formulary == null) {
                out.reject(FORMULARY_ID, "no FORMULARY_ID");
                return;
            }
            if (payers(formulary).isEmpty()) {
                if (context.region().isAll()) {
                    out.reject(FORMULARY_ID, "formulary of no plan loaded (import the plan information file first)");
                } else {
                    out.outsideRegion();
                }
                return;
            }
            String rxcui = row.get(RXCUI);
            if (rxcui == null) {
                out.reject(RXCUI, "no RXCUI");
                return;
            }
            ProductMatch match = context.identities().productByRxcui(rxcui);
            if (match.candidates() == 0) {
                out.reject(RXCUI, "RXCUI not in the product catalog");
                return;
            }
            if (!match.unique()) {
                out.reject(RXCUI, "RXCUI of several products in the catalog");
                return;
            }
            long tier;
            try {
                tier = Long.parseLong(row.get(TIER) == null ? "" : row.get(TIER));
            } catch (NumberFormatException e) {
                out.reject(TIER, "not a tier number");
                return;
            }
            if (tier < 1 || tier > 6) {
                out.reject(TIER, "tier outside the model's tiers 1 to 6");
                return;
            }
            Boolean pa;
            Boolean st;
            Boolean ql;
            String column = PRIOR_AUTH;
            try {
                pa = PartD.flag(row.get(PRIOR_AUTH));
                column = STEP_THERAPY;
                st = PartD.flag(row.get(STEP_THERAPY));
                column = QUANTITY_LIMIT;
                ql = PartD.flag(row.get(QUANTITY_LIMIT));
            } catch (IllegalArgumentException e) {
                out.reject(column, "expected Y or N");
                return;
            }
            int year;
            String y = row.get(CONTRACT_YEAR);
            if (y == null) {
                year = context.asOf().getYear();
            } else if (y.matches("20[0-9]{2}")) {
                year = Integer.parseInt(y);
            } else {
                out.reject(CONTRACT_YEAR, "not a year");
                return;
            }
            listings.merge(new Key(formulary, match.id(), year), new Listing(formulary, tier, pa, st, ql), Listing::better);
        }

        @Override
        public void finish(Emit out) {
            Map<Listed, Listing> best = new LinkedHashMap<>();
            listings.forEach((key, listing) -> {
                for (Ref payer : payers(key.formulary())) {
                    best.merge(new Listed(payer.id(), key.product(), key.year()), listing, Listing::better);
                }
            });
            List<Map.Entry<Listed, Listing>> rows = new ArrayList<>(best.entrySet());
            for (Map.Entry<Listed, Listing> e : rows) {
                Listing l = e.getValue();
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("tier", l.tier());
                put(p, "priorAuth", l.priorAuth());
                put(p, "stepTherapy", l.stepTherapy());
                put(p, "quantityLimit", l.quantityLimit());
                p.put("excluded", false);
                p.put("validFrom", LocalDate.of(e.getKey().year(), 1, 1));
                out.relationship(RelKind.LISTS, NodeKind.PAYER, e.getKey().payer(), NodeKind.PRODUCT, e.getKey().product(), p);
            }
        }

        private static void put(Map<String, Object> p, String key, Object value) {
            if (value != null) {
                p.put(key, value);
            }
        }
    }
}
