package org.kamgraph.cypher.keyaccounts;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kamgraph.cypher.Cypher;
import org.kamgraph.cypher.Neo4jRunner;
import org.kamgraph.cypher.query.NodeView;
import org.kamgraph.model.NodeKind;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * The facts behind key-account tiering and the account plan, each read in one statement (resources
 * {@code keyaccount-*.cypher} and {@code initiative-list.cypher}). Every read is as of a day.
 */
public final class KeyAccountQueries {
    private final Neo4jRunner runner;

    public KeyAccountQueries(Neo4jRunner runner) {
        this.runner = runner;
    }

    public record Ref(String elementId, NodeKind kind, String id, String name) {
    }

    public record ProductRow(String id, String name, String area, boolean ours) {
    }

    /** An account with its people and formulary bodies (element ids) on a day. */
    public record AccountRow(String elementId, NodeKind kind, String id, String name, String territory, List<String> people,
                             List<String> bodies) {
    }

    /**
     * One person's prescribing spend in scope now; like-for-like history over the products they prescribed on the
     * earlier day (spend then, and those products' spend now); whether our team covers them.
     */
    public record PersonFacts(double spend, double spendThen, double spendNowOfThen, boolean hadBefore, boolean covered) {
    }

    public record Listing(String productId, Long tier, Boolean priorAuth, Boolean stepTherapy, Boolean excluded) {
    }

    public record Body(Ref node, List<Listing> listings) {
    }

    public record TeamCoverage(String teamMemberId, String teamMemberName, String role, Double strength, LocalDate lastContact) {
    }

    public record DmuMember(Ref person, String role, List<TeamCoverage> coverage) {
    }

    public record OpenDecision(String id, String name, String decisionType, LocalDate dueDate, String atId, String atName,
                               List<String> products, List<DmuMember> dmu) {
    }

    public record MoneyRow(String direction, String type, Ref counterpart, Double amount, List<String> currencies, long relationships) {
    }

    public record Covered(Ref node, Double strength, LocalDate lastContact) {
    }

    public record TeamRow(String id, String name, String role, String territory, List<Covered> covers) {
    }

    public record PortfolioRow(String id, String name, String area, boolean ours, double spend, double spendBefore, long prescribers) {
    }

    public record Owner(String id, String name, String role) {
    }

    public record MilestoneRow(String id, String name, LocalDate dueDate, String status, LocalDate completedDate, String description) {
    }

    public record InitiativeRow(String id, String name, String initiativeType, String status, LocalDate startDate, LocalDate endDate,
                                LocalDate agreed, Ref at, List<Owner> owners, List<Ref> stakeholders, List<Ref> products,
                                List<MilestoneRow> milestones) {
    }

    public List<ProductRow> products() {
        return runner.read(Cypher.load("keyaccount-products"), Map.of(), r -> new ProductRow(r.get("id").asString(),
                string(r.get("name")), string(r.get("area")), r.get("ours").asBoolean()));
    }

    /** Accounts of the kinds given valid on {@code asOf}, or just the one with element id {@code only} (may be null). */
    public List<AccountRow> accounts(List<NodeKind> kinds, String only, LocalDate asOf) {
        Map<String, Object> p = new HashMap<>();
        p.put("kinds", kinds.stream().map(NodeKind::label).toList());
        p.put("only", only);
        p.put("asOf", asOf);
        record Shell(String eid, NodeKind kind, String id, String name, String territory, List<String> orgs) {
        }
        List<Shell> shells = runner.read(Cypher.load("keyaccount-accounts"), p, r -> new Shell(r.get("eid").asString(),
                kind(r.get("labels")), r.get("id").asString(), string(r.get("name")), string(r.get("territory")),
                r.get("orgs").asList(Value::asString)));
        java.util.Set<String> orgs = new java.util.LinkedHashSet<>();
        shells.forEach(s -> orgs.addAll(s.orgs()));
        Map<String, List<String>> people = new HashMap<>();
        Map<String, List<String>> bodies = new HashMap<>();
        if (!orgs.isEmpty()) {
            runner.read(Cypher.load("keyaccount-org-facts"), Map.of("orgs", List.copyOf(orgs), "asOf", asOf), r -> {
                people.put(r.get("eid").asString(), r.get("people").asList(Value::asString));
                bodies.put(r.get("eid").asString(), r.get("bodies").asList(Value::asString));
                return null;
            });
        }
        List<AccountRow> out = new java.util.ArrayList<>();
        for (Shell s : shells) {
            java.util.Set<String> ps = new java.util.LinkedHashSet<>();
            java.util.Set<String> bs = new java.util.LinkedHashSet<>();
            for (String o : s.orgs()) {
                ps.addAll(people.getOrDefault(o, List.of()));
                bs.addAll(bodies.getOrDefault(o, List.of()));
            }
            out.add(new AccountRow(s.eid(), s.kind(), s.id(), s.name(), s.territory(), List.copyOf(ps), List.copyOf(bs)));
        }
        return out;
    }

    /**
     * Prescribing spend on {@code products} of everyone who prescribes them, and coverage of everyone our team covers
     * with at least {@code minStrength}, by element id.
     */
    public Map<String, PersonFacts> peopleFacts(List<String> products, LocalDate asOf, LocalDate before, double minStrength) {
        Map<String, Object> p = new HashMap<>();
        p.put("products", products);
        p.put("asOf", asOf);
        p.put("before", before);
        java.util.Set<String> covered = new java.util.HashSet<>(runner.read(Cypher.load("keyaccount-people-covered"),
                Map.of("asOf", asOf, "minStrength", minStrength), r -> r.get("eid").asString()));
        Map<String, PersonFacts> out = new HashMap<>();
        runner.read(Cypher.load("keyaccount-people-facts"), p, r -> out.put(r.get("eid").asString(), new PersonFacts(
                r.get("spend").asDouble(), r.get("spendThen").asDouble(), r.get("spendNowOfThen").asDouble(), r.get("hadBefore").asBoolean(),
                covered.contains(r.get("eid").asString()))));
        for (String eid : covered) {
            out.putIfAbsent(eid, new PersonFacts(0, 0, 0, false, true));
        }
        return out;
    }

    /** The bodies with their listings of {@code products} on {@code asOf}, by element id. */
    public Map<String, Body> listings(List<String> bodies, List<String> products, LocalDate asOf) {
        Map<String, Object> p = new HashMap<>();
        p.put("bodies", bodies);
        p.put("products", products);
        p.put("asOf", asOf);
        Map<String, Body> out = new HashMap<>();
        runner.read(Cypher.load("keyaccount-listings"), p, r -> out.put(r.get("eid").asString(), new Body(
                new Ref(r.get("eid").asString(), kind(r.get("labels")), r.get("id").asString(), string(r.get("name"))),
                r.get("listings").asList(v -> new Listing(v.get("product").asString(), v.get("tier").isNull() ? null : v.get("tier").asLong(),
                        bool(v.get("priorAuth")), bool(v.get("stepTherapy")), bool(v.get("excluded")))))));
        return out;
    }

    public List<OpenDecision> openDecisions(String account, LocalDate asOf) {
        return runner.read(Cypher.load("keyaccount-decisions"), Map.of("account", account, "asOf", asOf), r -> new OpenDecision(
                r.get("id").asString(), string(r.get("name")), string(r.get("decisionType")), date(r.get("dueDate")),
                string(r.get("atId")), string(r.get("atName")), r.get("products").asList(Value::asString),
                r.get("dmu").asList(v -> new DmuMember(ref(v), v.get("role").asString(), v.get("coverage").asList(KeyAccountQueries::coverage)))));
    }

    public List<MoneyRow> money(String account, LocalDate asOf) {
        return runner.read(Cypher.load("keyaccount-money"), Map.of("account", account, "asOf", asOf), r -> new MoneyRow(
                r.get("direction").asString(), r.get("type").asString(),
                new Ref(null, kind(r.get("labels")), r.get("id").asString(), string(r.get("name"))),
                r.get("amount").isNull() ? null : r.get("amount").asDouble(), r.get("currencies").asList(Value::asString),
                r.get("relationships").asLong()));
    }

    public List<TeamRow> team(String account, List<String> people, LocalDate asOf) {
        return runner.read(Cypher.load("keyaccount-team"), Map.of("account", account, "people", people, "asOf", asOf), r -> new TeamRow(
                r.get("id").asString(), string(r.get("name")), string(r.get("role")), string(r.get("territory")),
                r.get("covers").asList(v -> new Covered(ref(v), v.get("strength").isNull() ? null : v.get("strength").asDouble(),
                        date(v.get("lastContact"))))));
    }

    public List<PortfolioRow> portfolio(List<String> people, LocalDate asOf, LocalDate before) {
        return runner.read(Cypher.load("keyaccount-portfolio"), Map.of("people", people, "asOf", asOf, "before", before),
                r -> new PortfolioRow(r.get("id").asString(), string(r.get("name")), string(r.get("area")), r.get("ours").asBoolean(),
                        r.get("spend").asDouble(), r.get("spendBefore").asDouble(), r.get("prescribers").asLong()));
    }

    /** Initiatives at an account (element id), or owned by a team member (id), or with the given ids: give one. */
    public List<InitiativeRow> initiatives(String account, String owner, List<String> ids, LocalDate asOf) {
        Map<String, Object> p = new HashMap<>();
        p.put("account", account);
        p.put("owner", owner);
        p.put("ids", ids);
        p.put("asOf", asOf);
        return runner.read(Cypher.load("initiative-list"), p, KeyAccountQueries::initiative);
    }

    private static InitiativeRow initiative(Record r) {
        List<Ref> at = r.get("at").asList(v -> new Ref(null, kind(v.get("labels")), v.get("id").asString(), string(v.get("name"))));
        return new InitiativeRow(r.get("id").asString(), string(r.get("name")), string(r.get("initiativeType")), string(r.get("status")),
                date(r.get("startDate")), date(r.get("endDate")), date(r.get("agreed")), at.isEmpty() ? null : at.getFirst(),
                r.get("owners").asList(v -> new Owner(v.get("id").asString(), string(v.get("name")), string(v.get("role")))),
                r.get("stakeholders").asList(KeyAccountQueries::ref),
                r.get("products").asList(v -> new Ref(null, NodeKind.PRODUCT, v.get("id").asString(), string(v.get("name")))),
                r.get("milestones").asList(v -> new MilestoneRow(v.get("id").asString(), string(v.get("name")), date(v.get("dueDate")),
                        string(v.get("status")), date(v.get("completedDate")), string(v.get("description")))));
    }

    private static TeamCoverage coverage(Value v) {
        return new TeamCoverage(v.get("id").asString(), string(v.get("name")), string(v.get("role")),
                v.get("strength").isNull() ? null : v.get("strength").asDouble(), date(v.get("lastContact")));
    }

    private static Ref ref(Value v) {
        return new Ref(v.get("eid").isNull() ? null : v.get("eid").asString(), kind(v.get("labels")), v.get("id").asString(), string(v.get("name")));
    }

    static NodeKind kind(Value labels) {
        return NodeView.kindOf(labels.asList(Value::asString));
    }

    static String string(Value v) {
        return v == null || v.isNull() ? null : v.asString();
    }

    static LocalDate date(Value v) {
        return v == null || v.isNull() ? null : v.asLocalDate();
    }

    static Boolean bool(Value v) {
        return v == null || v.isNull() ? null : v.asBoolean();
    }

}
