package org.kamgraph.cypher.influence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kamgraph.cypher.influence.InferenceStore.Committee;
import org.kamgraph.cypher.influence.InferenceStore.Payment;
import org.kamgraph.cypher.influence.InferenceStore.Prescription;
import org.kamgraph.cypher.influence.InferenceStore.Referral;
import org.neo4j.graphdb.Direction;
import org.neo4j.internal.kernel.api.NodeCursor;
import org.neo4j.internal.kernel.api.PropertyCursor;
import org.neo4j.internal.kernel.api.Read;
import org.neo4j.internal.kernel.api.RelationshipTraversalCursor;
import org.neo4j.internal.kernel.api.TokenRead;
import org.neo4j.storageengine.api.RelationshipSelection;
import org.neo4j.values.storable.NumberValue;
import org.neo4j.values.storable.TextValue;
import org.neo4j.values.storable.Value;

/**
 * What {@link KernelInferenceReads} reads with: the token ids, the properties under a cursor, the evidence of a pair as
 * it is gathered, and the reads that need a second cursor (a committee's other seats, a product's label and name, a
 * tied person's prescribing), with the rules of the Cypher statements they stand for (fragment-in-window, dates
 * compared as Cypher compares them).
 */
final class KernelEvidence {
    static final int NO_TOKEN = org.neo4j.token.api.TokenConstants.NO_TOKEN;

    private KernelEvidence() {
    }

    /** Whether j is a person the run considers (valid on the day) other than i. */
    interface Tied {
        boolean tied(long j, long i);
    }

    /** The token ids a batch reads with. */
    static final class Tokens {
        final int committee;
        final int product;
        final int person;
        final int refersTo;
        final int sitsOn;
        final int reportsTo;
        final int prescribes;
        final int payment;
        final int influences;
        final int validFrom;
        final int validTo;
        final int patients;
        final int claims;
        final int sameDay;
        final int name;
        final int nature;
        final int payments;
        final int amount;
        final int source;
        final int strength;
        final int basis;
        final int evidence;
        final int[] types;

        Tokens(TokenRead t) {
            committee = t.nodeLabel("Committee");
            product = t.nodeLabel("Product");
            person = t.nodeLabel("Person");
            refersTo = t.relationshipType("REFERS_TO");
            sitsOn = t.relationshipType("SITS_ON");
            reportsTo = t.relationshipType("REPORTS_TO");
            prescribes = t.relationshipType("PRESCRIBES");
            payment = t.relationshipType("RECEIVED_PAYMENT");
            influences = t.relationshipType("INFLUENCES");
            validFrom = t.propertyKey("validFrom");
            validTo = t.propertyKey("validTo");
            patients = t.propertyKey("patients");
            claims = t.propertyKey("claims");
            sameDay = t.propertyKey("sameDay");
            name = t.propertyKey("name");
            nature = t.propertyKey("nature");
            payments = t.propertyKey("payments");
            amount = t.propertyKey("amount");
            source = t.propertyKey("source");
            strength = t.propertyKey("strength");
            basis = t.propertyKey("basis");
            evidence = t.propertyKey("evidence");
            types = Arrays.stream(new int[] {refersTo, sitsOn, reportsTo, prescribes, payment, influences})
                    .filter(x -> x != NO_TOKEN).sorted().toArray();
        }
    }

    /** The properties of the relationship (or node) under a cursor, by token: a small reusable map. */
    static final class Props {
        private final Object[] values = new Object[64];
        private int[] seen = new int[16];
        private int count;

        void read(PropertyCursor cursor) {
            for (int i = 0; i < count; i++) {
                int k = seen[i];
                if (k < values.length) {
                    values[k] = null;
                }
            }
            count = 0;
            while (cursor.next()) {
                int key = cursor.propertyKey();
                if (key < values.length) {
                    values[key] = value(cursor.propertyValue());
                    if (count == seen.length) {
                        seen = Arrays.copyOf(seen, count * 2);
                    }
                    seen[count++] = key;
                } else {
                    extra().put(key, value(cursor.propertyValue()));
                    if (count == seen.length) {
                        seen = Arrays.copyOf(seen, count * 2);
                    }
                    seen[count++] = key;
                }
            }
        }

        private Map<Integer, Object> extra;

        private Map<Integer, Object> extra() {
            if (extra == null) {
                extra = new HashMap<>();
            }
            return extra;
        }

        Object get(int key) {
            if (key == NO_TOKEN) {
                return null;
            }
            if (key < values.length) {
                return values[key];
            }
            for (int i = 0; i < count; i++) {
                if (seen[i] == key) {
                    return extra == null ? null : extra.get(key);
                }
            }
            return null;
        }

        private static Object value(Value v) {
            if (v instanceof TextValue t) {
                return t.stringValue();
            }
            if (v instanceof NumberValue n) {
                return n;
            }
            return v.asObjectCopy();
        }
    }

    /** The evidence of one ordered pair (i, j) as it is gathered. */
    static final class PairAcc {
        final long j;
        final List<Referral> referrals = new ArrayList<>(1);
        final List<Committee> committees = new ArrayList<>(0);
        final List<LocalDate> reports = new ArrayList<>(0);

        PairAcc(long j) {
            this.j = j;
        }
    }


    /** The cursors of one batch and the reads that need a second cursor (the committee's seats, the tied person's prescribing). */
    static final class Reader {
        final Read read;
        final Tokens t;
        final NodeCursor node;
        final NodeCursor other;
        final RelationshipTraversalCursor rel;
        final RelationshipTraversalCursor seat;
        final PropertyCursor propCursor;
        final Props props;
        final Props seatProps;
        final Map<Long, String> productNames;
        final Map<Long, Boolean> products = new HashMap<>();
        final LocalDate asOf;
        final LocalDate since;

        Reader(Read read, Tokens t, NodeCursor node, NodeCursor other, RelationshipTraversalCursor rel, RelationshipTraversalCursor seat,
               PropertyCursor propCursor, Props props, Props seatProps, Map<Long, String> productNames, LocalDate asOf, LocalDate since) {
            this.asOf = asOf;
            this.since = since;
            this.read = read;
            this.t = t;
            this.node = node;
            this.other = other;
            this.rel = rel;
            this.seat = seat;
            this.propCursor = propCursor;
            this.props = props;
            this.seatProps = seatProps;
            this.productNames = productNames;
        }

        /** fragment-in-window: valid on some day from since to asOf. */
        boolean inWindow(Props p, Tokens t) {
            return notAfter(p.get(t.validFrom), asOf) && notBefore(p.get(t.validTo), since);
        }

        void relProps(RelationshipTraversalCursor cursor, Props into) {
            cursor.properties(propCursor);
            into.read(propCursor);
        }

        boolean hasLabel(long nodeId, int label) {
            if (label == NO_TOKEN) {
                return false;
            }
            read.singleNode(nodeId, other);
            return other.next() && other.hasLabel(label);
        }

        boolean isPerson(long nodeId) {
            return hasLabel(nodeId, t.person);
        }

        /** Whether the node is a Product (remembered per batch), its name read on the way. */
        boolean product(long d) {
            Boolean known = products.get(d);
            if (known != null) {
                return known;
            }
            boolean is = false;
            if (t.product != NO_TOKEN) {
                read.singleNode(d, other);
                if (other.next() && other.hasLabel(t.product)) {
                    is = true;
                    other.properties(propCursor);
                    String name = null;
                    while (propCursor.next()) {
                        if (propCursor.propertyKey() == t.name) {
                            name = stringOf(Props.value(propCursor.propertyValue()));
                        }
                    }
                    productNames.put(d, name);
                }
            }
            products.put(d, is);
            return is;
        }

        /**
         * The seats of others on committee c that i sits on by seat {@code s1} (under the cursor {@code rel}): SITS_ON
         * in the window, overlapping in time, of people the run considers.
         */
        void committee(long i, long s1, long c, Map<Long, PairAcc> pairs, Tied run) {
            relProps(rel, props);
            if (!inWindow(props, t) || !hasLabel(c, t.committee)) {
                return;
            }
            Object from1 = props.get(t.validFrom);
            Object to1 = props.get(t.validTo);
            String name = null;
            other.properties(propCursor); // `other` is on c (hasLabel)
            while (propCursor.next()) {
                if (propCursor.propertyKey() == t.name) {
                    name = stringOf(Props.value(propCursor.propertyValue()));
                }
            }
            other.relationships(seat, RelationshipSelection.selection(new int[] {t.sitsOn}, Direction.INCOMING));
            while (seat.next()) {
                if (seat.relationshipReference() == s1) {
                    continue;
                }
                long j = seat.sourceNodeReference();
                if (!run.tied(j, i)) {
                    continue;
                }
                seat.properties(propCursor);
                seatProps.read(propCursor);
                if (!inWindow(seatProps, t)) {
                    continue;
                }
                Object from2 = seatProps.get(t.validFrom);
                Object to2 = seatProps.get(t.validTo);
                if ((from1 == null || to2 == null || lessOrEqual(from1, to2)) && (from2 == null || to1 == null || lessOrEqual(from2, to1))) {
                    pairs.computeIfAbsent(j, PairAcc::new).committees.add(new Committee(name, date(from1), date(from2)));
                }
            }
        }

        /** A KOL payment of the natures counted, in the window, to a product. */
        void payment(RelationshipTraversalCursor cursor, long d, Set<String> natures, List<Payment> out, Tied run) {
            relProps(cursor, props);
            Object nature = props.get(t.nature);
            if (!(nature instanceof String n) || !natures.contains(n) || !inWindow(props, t)) {
                return;
            }
            Long count = longOf(props.get(t.payments));
            Object amount = props.get(t.amount);
            double dollars = amount instanceof NumberValue v ? v.doubleValue() : 0;
            LocalDate date = date(props.get(t.validFrom));
            if (product(d)) {
                out.add(new Payment(Long.toString(d), productNames.get(d), n, count, dollars, date));
            }
        }

        /** A PRESCRIBES up to the as-of day to a product, or null. */
        Prescription prescription(RelationshipTraversalCursor cursor, long d, boolean withName, Tied run) {
            relProps(cursor, props);
            Object from = props.get(t.validFrom);
            if (!(from instanceof LocalDate f) || f.isAfter(asOf) || !product(d)) {
                return null;
            }
            return new Prescription(Long.toString(d), withName ? productNames.get(d) : null, f, withName || inWindow(props, t));
        }

        /** The prescribing of a tied person (second node cursor and traversal cursor: the batch's own are in use). */
        List<Prescription> prescribingOf(long j, RelationshipSelection unused, Tied run) {
            if (t.prescribes == NO_TOKEN) {
                return List.of();
            }
            List<Prescription> out = new ArrayList<>(0);
            read.singleNode(j, other);
            if (!other.next()) {
                return out;
            }
            List<long[]> targets = new ArrayList<>(0);
            List<Object[]> dates = new ArrayList<>(0);
            other.relationships(seat, RelationshipSelection.selection(new int[] {t.prescribes}, Direction.OUTGOING));
            while (seat.next()) {
                seat.properties(propCursor);
                seatProps.read(propCursor);
                Object from = seatProps.get(t.validFrom);
                if (from instanceof LocalDate f && !f.isAfter(asOf)) {
                    targets.add(new long[] {seat.targetNodeReference()});
                    dates.add(new Object[] {f, inWindow(seatProps, t)});
                }
            }
            for (int k = 0; k < targets.size(); k++) {
                long d = targets.get(k)[0];
                if (product(d)) { // moves `other`: after the traversal
                    out.add(new Prescription(Long.toString(d), null, (LocalDate) dates.get(k)[0], (Boolean) dates.get(k)[1]));
                }
            }
            return out;
        }
    }


    /** A property that is null or a date not after the day (Cypher: {@code x IS NULL OR x <= day}; other types: false). */
    static boolean notAfter(Object v, LocalDate day) {
        return v == null || v instanceof LocalDate d && !d.isAfter(day);
    }

    /** A property that is null or a date not before the day. */
    static boolean notBefore(Object v, LocalDate day) {
        return v == null || v instanceof LocalDate d && !d.isBefore(day);
    }

    /** Cypher's {@code a <= b} on two non-null properties (dates; false for others, as Cypher's null). */
    static boolean lessOrEqual(Object a, Object b) {
        return a instanceof LocalDate x && b instanceof LocalDate y && !x.isAfter(y);
    }

    static Long longOf(Object v) {
        return v instanceof NumberValue n ? Long.valueOf(n.longValue()) : null;
    }

    static LocalDate date(Object v) {
        return v instanceof LocalDate d ? d : null;
    }

    static String stringOf(Object v) {
        return v instanceof String s ? s : null;
    }
}
