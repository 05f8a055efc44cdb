package org.kamgraph.cypher.keyaccounts;

import static org.kamgraph.cypher.edit.EditChecks.requireValid;
import static org.kamgraph.cypher.edit.EditChecks.withoutNulls;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.kamgraph.cypher.BadInputException;
import org.kamgraph.cypher.Cypher;
import org.kamgraph.cypher.GraphVersion;
import org.kamgraph.cypher.Neo4jRunner;
import org.kamgraph.cypher.NotFoundException;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.RelKind;
import org.kamgraph.model.Validator;
import org.kamgraph.model.Violation;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * Creates and changes initiatives with their links and milestones, each change in one transaction and checked
 * against the model first (the same rules as the importer and the generic edits). Links are effective-dated:
 * removing an owner, stakeholder or product ends the link (validTo) instead of deleting it.
 */
public final class InitiativeStore {
    private final Neo4jRunner runner;
    private final GraphVersion version;

    public InitiativeStore(Neo4jRunner runner, GraphVersion version) {
        this.runner = runner;
        this.version = version;
    }

    /** A milestone to create or change; null fields are left as they are (or absent on creation). */
    public record MilestoneSpec(String id, String name, LocalDate dueDate, String status, LocalDate completedDate, String description) {
    }

    /** A new initiative: its properties (typed), where it is, who owns it, whom it engages, what it targets, its steps. */
    public record NewInitiative(String id, Map<String, Object> properties, NodeKind accountKind, String accountId, List<String> owners,
                                List<String> stakeholders, List<String> products, List<MilestoneSpec> milestones, LocalDate validFrom,
                                String source) {
    }

    public void create(NewInitiative in) {
        Map<String, Object> props = new LinkedHashMap<>(withoutNulls(in.properties()));
        props.put("id", in.id());
        if (in.validFrom() != null) {
            props.putIfAbsent("validFrom", in.validFrom());
        }
        requireValid(Validator.validateNode(NodeKind.INITIATIVE, props), "input", "input.");
        if (!in.accountKind().isOrganization()) {
            throw new BadInputException("input.account.kind", in.accountKind().label() + " is not an organization; an initiative is AT an account");
        }
        Map<String, Object> rel = relProps(in.validFrom(), in.source());
        requireValid(Validator.validateRelationship(RelKind.AT, NodeKind.INITIATIVE, in.accountKind(), rel), "input", "input.");
        List<Map<String, Object>> milestones = new ArrayList<>();
        int n = 1;
        LinkedHashSet<String> milestoneIds = new LinkedHashSet<>();
        for (MilestoneSpec m : in.milestones()) {
            String id = m.id() != null ? m.id() : in.id() + "-M" + n;
            n++;
            if (!milestoneIds.add(id)) {
                throw new BadInputException("input.milestones", "milestone id '" + id + "' is given twice");
            }
            milestones.add(milestoneProps(id, m, null, "input.milestones"));
        }
        write(tx -> {
            if (tx.run(Cypher.forKind("node-by-id", NodeKind.INITIATIVE), Map.of("id", in.id())).hasNext()) {
                throw new BadInputException("input.id", "an Initiative with id '" + in.id() + "' already exists; use updateInitiative");
            }
            if (!tx.run(Cypher.forKind("node-by-id", in.accountKind()), Map.of("id", in.accountId())).hasNext()) {
                throw new NotFoundException("input.account", "no " + in.accountKind().label() + " with id '" + in.accountId() + "'");
            }
            requireRefs(tx, in.owners(), in.stakeholders(), in.products(), List.copyOf(milestoneIds), "input");
            Map<String, Object> p = new HashMap<>();
            p.put("account", in.accountId());
            p.put("props", props);
            p.put("owners", in.owners());
            p.put("stakeholders", in.stakeholders());
            p.put("products", in.products());
            p.put("rel", rel);
            tx.run(Cypher.forKind("initiative-create", in.accountKind()), p).consume();
            for (Map<String, Object> m : milestones) {
                tx.run(Cypher.load("initiative-milestone-create"), Map.of("initiative", in.id(), "props", m, "rel", rel)).consume();
            }
            return null;
        });
    }

    /**
     * Changes an initiative: properties (a null value removes one), links added and links ended on {@code on}.
     */
    public void update(String id, Map<String, Object> changes, List<String> addOwners, List<String> addStakeholders,
                       List<String> addProducts, List<String> endOwners, List<String> endStakeholders, List<String> endProducts,
                       LocalDate on, String source) {
        if (changes.containsKey("id")) {
            throw new BadInputException("input.properties", "id cannot be changed");
        }
        Map<String, Object> rel = relProps(on, source);
        write(tx -> {
            var existing = tx.run(Cypher.forKind("node-by-id", NodeKind.INITIATIVE), Map.of("id", id)).list();
            if (existing.isEmpty()) {
                throw new NotFoundException("input.id", "no Initiative with id '" + id + "'");
            }
            Map<String, Object> merged = new HashMap<>(existing.getFirst().get("n").asNode().asMap());
            merged.putAll(changes);
            requireValid(Validator.validateNode(NodeKind.INITIATIVE, withoutNulls(merged)), "input", "input.");
            requireRefs(tx, concat(addOwners, endOwners), concat(addStakeholders, endStakeholders), concat(addProducts, endProducts),
                    List.of(), "input");
            if (!changes.isEmpty()) {
                tx.run(Cypher.forKind("node-set", NodeKind.INITIATIVE), Map.of("id", id, "props", changes)).consume();
            }
            Map<String, Object> p = new HashMap<>();
            p.put("id", id);
            p.put("on", on);
            p.put("owners", endOwners);
            p.put("stakeholders", endStakeholders);
            p.put("products", endProducts);
            tx.run(Cypher.load("initiative-unlink"), p).consume();
            p.put("owners", addOwners);
            p.put("stakeholders", addStakeholders);
            p.put("products", addProducts);
            p.put("rel", rel);
            tx.run(Cypher.load("initiative-link"), p).consume();
            return null;
        });
    }

    /** Creates the milestone (when {@code m.id()} is new or null) or changes it; returns its id. */
    public String setMilestone(String initiative, MilestoneSpec m, LocalDate validFrom, String source) {
        return write(tx -> {
            if (!tx.run(Cypher.forKind("node-by-id", NodeKind.INITIATIVE), Map.of("id", initiative)).hasNext()) {
                throw new NotFoundException("initiative", "no Initiative with id '" + initiative + "'");
            }
            var found = m.id() == null ? List.<org.neo4j.driver.Record>of()
                    : tx.run(Cypher.load("initiative-milestone-get"), Map.of("id", m.id())).list();
            if (found.isEmpty()) {
                String id = m.id();
                if (id == null) {
                    long count = tx.run("MATCH (:Milestone)-[:MILESTONE_OF]->(:Initiative {id: $id}) RETURN count(*) AS c",
                            Map.of("id", initiative)).single().get("c").asLong();
                    id = initiative + "-M" + (count + 1);
                    while (tx.run(Cypher.forKind("node-by-id", NodeKind.MILESTONE), Map.of("id", id)).hasNext()) {
                        id = initiative + "-M" + (++count + 1);
                    }
                }
                Map<String, Object> props = milestoneProps(id, m, null, "milestone");
                Map<String, Object> rel = relProps(validFrom, source);
                tx.run(Cypher.load("initiative-milestone-create"), Map.of("initiative", initiative, "props", props, "rel", rel)).consume();
                return id;
            }
            Value owner = found.getFirst().get("initiative");
            if (owner.isNull() || !owner.asString().equals(initiative)) {
                throw new BadInputException("milestone.id", "milestone '" + m.id() + "' belongs to initiative "
                        + (owner.isNull() ? "(none)" : "'" + owner.asString() + "'") + ", not '" + initiative + "'");
            }
            Map<String, Object> stored = found.getFirst().get("m").asNode().asMap();
            Map<String, Object> changes = new LinkedHashMap<>();
            milestoneProps(m.id(), m, stored, "milestone").forEach((k, v) -> {
                if (!v.equals(stored.get(k))) {
                    changes.put(k, v);
                }
            });
            if (!changes.isEmpty()) {
                tx.run(Cypher.forKind("node-set", NodeKind.MILESTONE), Map.of("id", m.id(), "props", changes)).consume();
            }
            return m.id();
        });
    }

    /** The milestone's properties after applying {@code m} to {@code stored} (null for a new one), validated. */
    private static Map<String, Object> milestoneProps(String id, MilestoneSpec m, Map<String, Object> stored, String argument) {
        Map<String, Object> props = new LinkedHashMap<>(stored == null ? Map.of() : stored);
        props.put("id", id);
        putIfGiven(props, "name", m.name());
        putIfGiven(props, "dueDate", m.dueDate());
        putIfGiven(props, "status", m.status() == null ? null : NodeKind.MILESTONE.property("status").orElseThrow().normalise(m.status()));
        putIfGiven(props, "completedDate", m.completedDate());
        putIfGiven(props, "description", m.description());
        if ("done".equals(props.get("status")) && props.get("completedDate") == null && m.status() != null) {
            props.put("completedDate", LocalDate.now());
        }
        List<Violation> v = new ArrayList<>(Validator.validateNode(NodeKind.MILESTONE, props));
        Object status = props.get("status");
        if (props.get("completedDate") != null && status != null && !"done".equals(status)) {
            v.add(new Violation("completedDate", "is set but the status is '" + status + "'; only a done milestone has a completion date"));
        }
        requireValid(v, argument, argument + ".");
        return props;
    }

    private static void putIfGiven(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }

    private static Map<String, Object> relProps(LocalDate validFrom, String source) {
        Map<String, Object> rel = new LinkedHashMap<>();
        if (validFrom != null) {
            rel.put("validFrom", validFrom);
        }
        rel.put("source", source == null ? "kam-graph" : source);
        return rel;
    }

    private static void requireRefs(TransactionContext tx, List<String> owners, List<String> stakeholders, List<String> products,
                                    List<String> newMilestones, String argument) {
        Map<String, Object> p = new HashMap<>();
        p.put("owners", owners);
        p.put("stakeholders", stakeholders);
        p.put("products", products);
        p.put("milestones", newMilestones);
        var r = tx.run(Cypher.load("initiative-refs"), p).single();
        missing(owners, r.get("owners").asList(Value::asString), argument + ".owners", "TeamMember");
        missing(stakeholders, r.get("stakeholders").asList(Value::asString), argument + ".stakeholders", "Person or Clinician");
        missing(products, r.get("products").asList(Value::asString), argument + ".products", "Product");
        List<String> taken = r.get("milestones").asList(Value::asString);
        if (!taken.isEmpty()) {
            throw new BadInputException(argument + ".milestones", "milestone ids already used: " + String.join(", ", taken));
        }
    }

    private static void missing(List<String> asked, List<String> found, String argument, String kind) {
        List<String> gone = asked.stream().filter(x -> !found.contains(x)).distinct().toList();
        if (!gone.isEmpty()) {
            throw new NotFoundException(argument, "no " + kind + " with id " + String.join(", ", gone.stream().map(x -> "'" + x + "'").toList()));
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private <T> T write(org.neo4j.driver.TransactionCallback<T> work) {
        T result = runner.inWrite(work);
        version.advance();
        return result;
    }
}
