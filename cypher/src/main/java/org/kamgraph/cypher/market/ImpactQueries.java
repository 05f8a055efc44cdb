package org.kamgraph.cypher.market;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kamgraph.cypher.AccessScope;
import org.kamgraph.cypher.Cypher;
import org.kamgraph.cypher.Neo4jRunner;
import org.kamgraph.cypher.query.NodeView;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.RelKind;
import org.neo4j.driver.Value;

/** Reads behind formulary impact: the listing organization, its formulary, its money, its prescribing. */
public final class ImpactQueries {
    private final Neo4jRunner runner;

    public ImpactQueries(Neo4jRunner runner) {
        this.runner = runner;
    }

    /** A node of the market: element id, kind, id, name. */
    public record Org(String elementId, NodeKind kind, String id, String name) {
    }

    /** The listing organization; {@code formularyTiers} is null when the model records no tier count for it. */
    public record Lister(String elementId, String name, Long formularyTiers) {
    }

    public record Product(String id, String name, String therapeuticArea) {
    }

    public record Listing(String product, String name, String therapeuticArea, Long tier, Boolean priorAuth, Boolean stepTherapy,
                          Boolean excluded) {
    }

    /** A money relationship: payer (element id), payee, type, amount (null if none) and per-product parts by product id. */
    public record Money(String from, Org to, RelKind type, Double amount, Map<String, Double> parts) {
    }

    /** One prescription (PRESCRIBES element id) at one account. */
    public record Prescribing(String product, String prescription, String clinician, Org account, double amount) {
    }

    /** A product's prescribing: spend, and claims with the spend of the prescriptions that state claims. */
    public record ProductPrescribing(double spend, long claims, double claimedSpend) {
    }

    public Lister lister(NodeKind kind, String id) {
        List<Lister> r = runner.read(Cypher.forKind("impact-organization", kind), Map.of("id", id), x -> new Lister(
                x.get("eid").asString(), x.get("name").asString(null), x.get("formularyTiers").isNull() ? null : x.get("formularyTiers").asLong()));
        return r.isEmpty() ? null : r.getFirst();
    }

    public Product product(String id) {
        List<Product> r = runner.read(Cypher.load("impact-product"), Map.of("id", id),
                x -> new Product(id, x.get("name").asString(null), x.get("area").asString(null)));
        return r.isEmpty() ? null : r.getFirst();
    }

    /** The organization's listings on {@code asOf}, one per product (the latest valid), by product id. */
    public Map<String, Listing> listings(NodeKind kind, String id, LocalDate asOf) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", id);
        p.put("asOf", asOf);
        Map<String, Listing> out = new LinkedHashMap<>();
        runner.read(Cypher.forKind("impact-listings", kind), p, r -> out.putIfAbsent(r.get("product").asString(), new Listing(
                r.get("product").asString(), r.get("name").asString(null), r.get("area").asString(null),
                r.get("tier").isNull() ? null : r.get("tier").asLong(), bool(r.get("priorAuth")), bool(r.get("stepTherapy")),
                bool(r.get("excluded")))));
        return out;
    }

    /** The organization a committee belongs to on {@code asOf}, or null. */
    public Org committeeOrganization(String committeeId, LocalDate asOf) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", committeeId);
        p.put("asOf", asOf);
        List<Org> r = runner.read(Cypher.load("committee-organization"), p, x -> org(x.get("eid"), x.get("labels"), x.get("id"), x.get("name")));
        return r.isEmpty() ? null : r.getFirst();
    }

    /** What the organizations (element ids) pay on {@code asOf} over these relationship kinds. */
    public List<Money> moneyOut(List<String> elementIds, Set<RelKind> kinds, LocalDate asOf) {
        if (elementIds.isEmpty()) {
            return List.of();
        }
        Map<String, Object> p = new HashMap<>();
        p.put("ids", elementIds);
        p.put("types", kinds.stream().map(RelKind::type).toList());
        p.put("asOf", asOf);
        return runner.read(Cypher.load("impact-money-out"), p, r -> {
            RelKind type = RelKind.byType(r.get("type").asString()).orElseThrow();
            Map<String, Double> parts = new LinkedHashMap<>();
            r.get("props").asMap(v -> v).forEach((k, v) -> {
                if (type.isProductAmount(k) && !v.isNull()) {
                    parts.put(RelKind.productOf(k), v.asDouble());
                }
            });
            return new Money(r.get("from").asString(), org(r.get("to"), r.get("labels"), r.get("id"), r.get("name")), type,
                    r.get("amount").isNull() ? null : r.get("amount").asDouble(), parts);
        });
    }

    /** Element ids of an organization and the units under it on {@code asOf}. */
    public List<String> units(String organizationElementId, LocalDate asOf) {
        Map<String, Object> p = new HashMap<>();
        p.put("org", organizationElementId);
        p.put("asOf", asOf);
        return runner.read(Cypher.load("impact-units"), p, r -> r.get("eid").asString());
    }

    /** Prescribing of every product at an organization and its units on {@code asOf}. */
    public List<Prescribing> prescribing(String organizationElementId, LocalDate asOf) {
        Map<String, Object> p = new HashMap<>();
        p.put("org", organizationElementId);
        p.put("asOf", asOf);
        return runner.read(Cypher.load("impact-unit-prescribing"), p, r -> new Prescribing(r.get("product").asString(),
                r.get("rx").asString(), r.get("clinician").asString(), org(r.get("eid"), r.get("labels"), r.get("id"), r.get("name")),
                r.get("amount").asDouble()));
    }

    /** Each product's prescribing in the part of the market the current user sees, by product id. */
    public Map<String, ProductPrescribing> marketPrescribing(LocalDate asOf) {
        Map<String, Object> p = new HashMap<>();
        p.put("asOf", asOf);
        p.put("scope", AccessScope.territories());
        Map<String, ProductPrescribing> out = new HashMap<>();
        runner.read(Cypher.load("impact-prescribing"), p, r -> out.put(r.get("product").asString(),
                new ProductPrescribing(r.get("spend").asDouble(), r.get("claims").asLong(), r.get("claimedSpend").asDouble())));
        return out;
    }

    private static Org org(Value eid, Value labels, Value id, Value name) {
        return new Org(eid.asString(), NodeView.kindOf(labels.asList(Value::asString)), id.asString(null), name.asString(null));
    }

    private static Boolean bool(Value v) {
        return v.isNull() ? null : v.asBoolean();
    }
}
