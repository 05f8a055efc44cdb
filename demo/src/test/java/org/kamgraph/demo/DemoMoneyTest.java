package org.kamgraph.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamgraph.demo.MarketFiles.Row;

/** The demo's money moves the way it is paid, is broken down by product, and adds up along its chains. */
class DemoMoneyTest {
    private static final List<String> MONEY = List.of("FUNDS-", "REIMBURSES-", "CONTRACTS_WITH-");

    @TempDir
    static Path tmp;
    static MarketFiles market;

    @BeforeAll
    static void generate() throws IOException {
        new DemoMarketGenerator(new DemoMarketSpec(7, 0.2)).writeTo(tmp);
        market = MarketFiles.read(tmp);
    }

    /** Per-product parts of a row: product id to amount. */
    static Map<String, Double> parts(Row r) {
        Map<String, Double> m = new HashMap<>();
        r.cells().forEach((k, v) -> {
            if (k.startsWith("amount.")) {
                m.put(k.substring(7), Double.parseDouble(v));
            }
        });
        return m;
    }

    @Test
    void everyMoneyRelationshipIsBrokenDownByProductIntoWholeCentPartsThatAddUpToItsAmount() {
        int rows = 0;
        int partsTotal = 0;
        for (String prefix : MONEY) {
            for (Row r : market.rows(prefix)) {
                Map<String, Double> parts = parts(r);
                long cents = Math.round(r.number("amount") * 100);
                long partCents = 0;
                for (double v : parts.values()) {
                    assertThat(v * 100).as(r.toString()).isCloseTo(Math.rint(v * 100), within(1e-6)).isGreaterThan(0);
                    partCents += Math.round(v * 100);
                }
                assertThat(parts).as(r.toString()).isNotEmpty();
                // whole: every cent of the amount is some product's, none more (the validator also allows no more)
                assertThat(partCents).as(r.toString()).isEqualTo(cents);
                assertThat(parts.values().stream().mapToDouble(Double::doubleValue).sum()).as(r.toString())
                        .isCloseTo(r.number("amount"), within(0.005));
                rows++;
                partsTotal += parts.size();
            }
        }
        assertThat(rows).isGreaterThan(1_000);
        // every product bought with at least 0.1% of an organization's money: more than the ten biggest, fewer than all 30
        assertThat((double) partsTotal / rows).isBetween(10.0, 30.0);
    }

    @Test
    void moneyMovesTheWayItIsPaidAndGoodsTheOtherWay() {
        Set<String> files = market.files.keySet();
        assertThat(files).contains("CONTRACTS_WITH-Pharmacy-Wholesaler.csv", "CONTRACTS_WITH-Idn-Wholesaler.csv",
                "CONTRACTS_WITH-Payer-Pbm.csv", "REIMBURSES-Pbm-Pharmacy.csv", "FUNDS-HealthAuthority-Payer.csv");
        assertThat(files).noneMatch(f -> f.startsWith("CONTRACTS_WITH-Wholesaler") || f.startsWith("REIMBURSES-Pharmacy")
                || f.startsWith("CONTRACTS_WITH-Pbm-Payer") || f.startsWith("SUPPLIES-") && !f.startsWith("SUPPLIES-Wholesaler-"));
        // every pharmacy buys its drugs; the goods a wholesaler delivers are worth what the pharmacy pays it
        Map<String, Double> paid = new HashMap<>();
        market.each("CONTRACTS_WITH-Pharmacy-Wholesaler.csv", r -> paid.merge(r.start() + ">" + r.end(), r.number("amount"), Double::sum));
        Set<String> buyers = new HashSet<>();
        paid.keySet().forEach(k -> buyers.add(k.substring(0, k.indexOf('>'))));
        assertThat(buyers).containsAll(market.property("Pharmacy.csv", "name").keySet());
        for (Row s : market.rows("SUPPLIES-Wholesaler-Pharmacy.csv")) {
            assertThat(paid.get(s.end() + ">" + s.start())).as(s.toString()).isCloseTo(s.number("amount"), within(0.02));
        }
    }

    @Test
    void eachProductsMoneyIsConservedAlongPayerPbmPharmacyWholesaler() {
        Map<String, Map<String, Double>> in = new HashMap<>();
        Map<String, Map<String, Double>> out = new HashMap<>();
        for (String prefix : MONEY) {
            market.each(prefix, r -> {
                if (r.get("validTo") == null) {
                    parts(r).forEach((p, v) -> {
                        out.computeIfAbsent(r.start(), k -> new HashMap<>()).merge(p, v, Double::sum);
                        in.computeIfAbsent(r.end(), k -> new HashMap<>()).merge(p, v, Double::sum);
                    });
                }
            });
        }
        Map<String, String> payerType = market.property("Payer.csv", "payerType");
        int checked = 0;
        for (String org : out.keySet()) {
            double lo;
            double hi;
            if (org.startsWith("PBM-")) { // paid by payers what it pays pharmacies plus a 3-6% margin
                lo = 1.0;
                hi = 1.07;
            } else if (org.startsWith("PHA-")) { // paid by PBMs and Medicaid what it buys, with its margin, less cash
                lo = 0.95;
                hi = 1.1;
            } else if (org.startsWith("PAY-") && !"commercial".equals(payerType.get(org))) { // public plans' funding
                lo = 1.0;
                hi = 1.07;
            } else {
                continue;
            }
            for (Map.Entry<String, Double> e : out.get(org).entrySet()) {
                if (e.getValue() < 1_000) {
                    continue; // a few dollars of a product are rounding, not flow
                }
                double inflow = in.getOrDefault(org, Map.of()).getOrDefault(e.getKey(), 0.0);
                assertThat(inflow / e.getValue()).as(org + " " + e.getKey() + " in " + inflow + " out " + e.getValue())
                        .isBetween(lo - 0.005, hi + 0.005);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(1_000);
    }

    @Test
    void providersSpendOnWhatTheirCliniciansPrescribeAndSpecialtyPharmaciesOnSpecialtyProducts() {
        Map<String, String> parentOf = new HashMap<>();
        for (String f : List.of("PART_OF-Hospital-Idn.csv", "PART_OF-Clinic-Idn.csv", "PART_OF-Clinic-Hospital.csv")) {
            market.each(f, r -> {
                if (r.get("validTo") == null) {
                    parentOf.put(r.start(), r.end());
                }
            });
        }
        Map<String, String> employer = new HashMap<>();
        market.each("WORKS_AT-Clinician-", r -> {
            if (r.get("validTo") == null && (r.end().startsWith("HOS") || r.end().startsWith("CLI") || r.end().startsWith("IDN"))) {
                employer.put(r.start(), r.end());
            }
        });
        Map<String, Set<String>> prescribedAt = new HashMap<>();
        market.each("PRESCRIBES-", r -> {
            String org = employer.get(r.start());
            while (org != null) {
                prescribedAt.computeIfAbsent(org, k -> new HashSet<>()).add(r.end());
                org = parentOf.get(org);
            }
        });
        List<Row> idnPurchases = market.rows("CONTRACTS_WITH-Idn-Wholesaler.csv");
        assertThat(idnPurchases).isNotEmpty();
        for (Row r : idnPurchases) {
            assertThat(prescribedAt.getOrDefault(r.start(), Set.of())).as(r.start()).containsAll(parts(r).keySet());
        }
        Map<String, String> area = market.property("Product.csv", "therapeuticArea");
        Map<String, String> type = market.property("Pharmacy.csv", "pharmacyType");
        Map<String, double[]> byType = new HashMap<>(); // {oncology and immunology, all parts}
        market.each("CONTRACTS_WITH-Pharmacy-Wholesaler.csv", r -> parts(r).forEach((p, v) -> {
            double[] a = byType.computeIfAbsent(type.get(r.start()), k -> new double[2]);
            a[0] += Set.of("Oncology", "Immunology").contains(area.get(p)) ? v : 0;
            a[1] += v;
        }));
        double specialty = byType.get("specialty")[0] / byType.get("specialty")[1];
        double retail = byType.get("retail")[0] / byType.get("retail")[1];
        assertThat(specialty).isGreaterThan(0.5);
        assertThat(retail).isLessThan(0.2);
    }
}
