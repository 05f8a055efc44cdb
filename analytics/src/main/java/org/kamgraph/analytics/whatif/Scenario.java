package org.kamgraph.analytics.whatif;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kamgraph.cypher.BadInputException;
import org.kamgraph.model.NodeKind;

/**
 * Changes to apply to projections without touching stored data: a node leaves (a champion moves on), two
 * organizations merge (IDN consolidation), a relationship goes or gets another weight, a listing changes.
 */
public record Scenario(List<Change> changes) {

    public Scenario {
        if (changes == null || changes.isEmpty()) {
            throw new BadInputException("scenario.changes", "name at least one change");
        }
        changes = List.copyOf(changes);
    }

    public record Ref(NodeKind kind, String id) {
        @Override
        public String toString() {
            return kind.label() + " " + id;
        }
    }

    public sealed interface Change {
        /** What the change does, in words (also its stored form's description). */
        String describe();

        /** The stored form: a flat map of strings. */
        Map<String, String> toMap();
    }

    public record RemoveNode(Ref node) implements Change {
        public String describe() {
            return "remove " + node;
        }

        public Map<String, String> toMap() {
            return Map.of("op", "removeNode", "kind", node.kind().label(), "id", node.id());
        }
    }

    public record Merge(Ref keep, Ref absorb) implements Change {
        public String describe() {
            return "merge " + absorb + " into " + keep;
        }

        public Map<String, String> toMap() {
            return Map.of("op", "merge", "kind", keep.kind().label(), "id", keep.id(), "kind2", absorb.kind().label(), "id2", absorb.id());
        }
    }

    public record RemoveRelationship(Ref from, Ref to) implements Change {
        public String describe() {
            return "remove the relationships between " + from + " and " + to;
        }

        public Map<String, String> toMap() {
            return Map.of("op", "removeRelationship", "kind", from.kind().label(), "id", from.id(), "kind2", to.kind().label(), "id2", to.id());
        }
    }

    public record Reweight(Ref from, Ref to, double weight) implements Change {
        public Reweight {
            if (!(weight >= 0) || Double.isInfinite(weight)) {
                throw new BadInputException("reweightRelationship.weight", "must be a finite number >= 0, was " + weight);
            }
        }

        public String describe() {
            return "set the weight between " + from + " and " + to + " to " + weight;
        }

        public Map<String, String> toMap() {
            return Map.of("op", "reweight", "kind", from.kind().label(), "id", from.id(), "kind2", to.kind().label(), "id2", to.id(),
                    "weight", Double.toString(weight));
        }
    }

    public record ChangeListing(Ref listedBy, String product, boolean excluded) implements Change {
        public String describe() {
            return listedBy + (excluded ? " excludes " : " lists ") + "product " + product;
        }

        public Map<String, String> toMap() {
            return Map.of("op", "changeListing", "kind", listedBy.kind().label(), "id", listedBy.id(), "product", product,
                    "excluded", Boolean.toString(excluded));
        }
    }

    /** Reads the stored form back. */
    public static Scenario fromMaps(List<Map<String, Object>> maps) {
        List<Change> out = new ArrayList<>();
        for (Map<String, Object> m : maps) {
            Ref a = ref(m, "kind", "id");
            out.add(switch (String.valueOf(m.get("op"))) {
                case "removeNode" -> new RemoveNode(a);
                case "merge" -> new Merge(a, ref(m, "kind2", "id2"));
                case "removeRelationship" -> new RemoveRelationship(a, ref(m, "kind2", "id2"));
                case "reweight" -> new Reweight(a, ref(m, "kind2", "id2"), Double.parseDouble(String.valueOf(m.get("weight"))));
                case "changeListing" -> new ChangeListing(a, String.valueOf(m.get("product")), Boolean.parseBoolean(String.valueOf(m.get("excluded"))));
                default -> throw new IllegalStateException("unknown stored scenario change " + m);
            });
        }
        return new Scenario(out);
    }

    private static Ref ref(Map<String, Object> m, String kind, String id) {
        return new Ref(NodeKind.byLabel(String.valueOf(m.get(kind))).orElseThrow(), String.valueOf(m.get(id)));
    }
}
