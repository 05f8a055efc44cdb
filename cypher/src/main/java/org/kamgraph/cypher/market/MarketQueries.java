package org.kamgraph.cypher.market;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kamgraph.cypher.Cypher;
import org.kamgraph.cypher.Neo4jRunner;
import org.kamgraph.cypher.query.NodeView;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.RelKind;
import org.neo4j.driver.Value;

/** Reads behind the market-access answers: target pharmacies, formulary positions, hop amounts, product spend. */
public final class MarketQueries {
    private final Neo4jRunner runner;

    public MarketQueries(Neo4jRunner runner) {
        this.runner = runner;
    }

    public record Listing(NodeKind listedByKind, String listedById, String listedByName, Long tier, Boolean priorAuth,
                          Boolean stepTherapy, Boolean excluded) {
        /** Whether the product cannot be dispensed through this listing. */
        public boolean closes() {
            return Boolean.TRUE.equals(excluded);
        }
    }

    /** A stored relationship of a hop: its whole amount and the part of it counted (see {@link #hops}). */
    public record HopAmount(RelKind type, Double amount, Double part, String currency, String source) {
    }

    /** Ids of the pharmacies matching (null arguments do not filter) valid on {@code asOf}. */
    public List<String> pharmacies(String id, String pharmacyType, String region, LocalDate asOf) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", id);
        p.put("pharmacyType", pharmacyType);
        p.put("region", region);
        p.put("asOf", asOf);
        return runner.read(Cypher.load("market-pharmacies"), p, r -> r.get("id").asString());
    }

    /** How many products a product id or a therapeutic area names. */
    public long products(String product, String area) {
        return productIds(product, area).size();
    }

    /** The ids of the products a product id or a therapeutic area names, in id order (empty when none). */
    public List<String> productIds(String product, String area) {
        Map<String, Object> p = new HashMap<>();
        p.put("product", product);
        p.put("area", area);
        return runner.read(Cypher.load("market-products"), p, r -> r.get("id").asString());
    }

    /** Keys ({@code GraphVersion.key}) of the organizations that exclude the product (or all they list of the area). */
    public List<Map.Entry<NodeKind, String>> blocking(String product, String area, LocalDate asOf) {
        Map<String, Object> p = new HashMap<>();
        p.put("product", product);
        p.put("area", area);
        p.put("asOf", asOf);
        return runner.read(Cypher.load("market-blocked"), p, r -> Map.entry(kind(r.get("labels")), r.get("id").asString()));
    }

    /** The product's listings at (or by committees of) the organizations, by element id. */
    public Map<String, List<Listing>> listings(List<String> elementIds, String product, LocalDate asOf) {
        Map<String, Object> p = new HashMap<>();
        p.put("ids", elementIds);
        p.put("product", product);
        p.put("asOf", asOf);
        Map<String, List<Listing>> out = new HashMap<>();
        runner.read(Cypher.load("market-listings"), p, r -> {
            out.computeIfAbsent(r.get("eid").asString(), k -> new ArrayList<>()).add(listing(r.get("labels"), r.get("id"), r.get("name"),
                    r.get("tier"), r.get("priorAuth"), r.get("stepTherapy"), r.get("excluded")));
            return null;
        });
        return out;
    }

    /** An organization's own listing of a product, or null. */
    public Listing listing(NodeKind kind, String id, String product, LocalDate asOf) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", id);
        p.put("product", product);
        p.put("asOf", asOf);
        List<Listing> l = runner.read(Cypher.forKind("market-listing", kind), p, r -> new Listing(kind, id, null,
                r.get("tier").isNull() ? null : r.get("tier").asLong(), bool(r.get("priorAuth")), bool(r.get("stepTherapy")),
                bool(r.get("excluded"))));
        return l.isEmpty() ? null : l.getFirst();
    }

    /**
     * The stored relationships a → b of the given kinds for each pair, keyed by a + "|" + b, largest counted part
     * first: the part is the sum of the {@code amountKeys} properties ({@code amount}, or {@code amount.<product id>}
     * per product), null when a relationship has none of them.
     */
    public Map<String, List<HopAmount>> hops(List<Map.Entry<String, String>> pairs, Set<RelKind> kinds, List<String> amountKeys,
                                             LocalDate asOf) {
        Map<String, Object> p = Cypher.pairParameters(pairs, kinds, asOf);
        p.put("amountKeys", amountKeys);
        Map<String, List<HopAmount>> out = new LinkedHashMap<>();
        runner.read(Cypher.load("market-hops"), p, r -> {
            out.computeIfAbsent(r.get("a").asString() + "|" + r.get("b").asString(), k -> new ArrayList<>()).add(new HopAmount(
                    RelKind.byType(r.get("type").asString()).orElseThrow(), r.get("amount").isNull() ? null : r.get("amount").asDouble(),
                    r.get("part").isNull() ? null : r.get("part").asDouble(), r.get("currency").asString(null),
                    r.get("source").asString(null)));
            return null;
        });
        return out;
    }

    /** The product's annual prescribing spend at each organization (its clinicians and its units'), by element id. */
    public Map<String, Double> productSpend(List<String> elementIds, String product, LocalDate asOf) {
        Map<String, Object> p = new HashMap<>();
        p.put("ids", elementIds);
        p.put("product", product);
        p.put("asOf", asOf);
        Map<String, Double> out = new HashMap<>();
        runner.read(Cypher.load("market-product-spend"), p, r -> out.put(r.get("eid").asString(), r.get("spend").asDouble()));
        return out;
    }

    /** An organization and those under it (PART_OF, MEMBER_OF), as (kind, id). */
    public List<Map.Entry<NodeKind, String>> units(NodeKind kind, String id, LocalDate asOf) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", id);
        p.put("asOf", asOf);
        return runner.read(Cypher.forKind("market-units", kind), p, r -> Map.entry(kind(r.get("labels")), r.get("id").asString()));
    }

    /** The organization a committee belongs to, or null. */
    public Map.Entry<NodeKind, String> committeeOrganization(String committeeId, LocalDate asOf) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", committeeId);
        p.put("asOf", asOf);
        List<Map.Entry<NodeKind, String>> r = runner.read(Cypher.load("committee-organization"), p,
                x -> Map.entry(kind(x.get("labels")), x.get("id").asString()));
        return r.isEmpty() ? null : r.getFirst();
    }

    private static Listing listing(Value labels, Value id, Value name, Value tier, Value pa, Value step, Value excluded) {
        return new Listing(kind(labels), id.asString(null), name.asString(null), tier.isNull() ? null : tier.asLong(), bool(pa),
                bool(step), bool(excluded));
    }

    private static Boolean bool(Value v) {
        return v.isNull() ? null : v.asBoolean();
    }

    private static NodeKind kind(Value labels) {
        return NodeView.kindOf(labels.asList(Value::asString));
    }
}
