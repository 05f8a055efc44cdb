package org.kamgraph.cypher.influence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kamgraph.cypher.influence.InferenceStore.Batch;
import org.kamgraph.cypher.influence.InferenceStore.Committee;
import org.kamgraph.cypher.influence.InferenceStore.Evidence;
import org.kamgraph.cypher.influence.InferenceStore.Existing;
import org.kamgraph.cypher.influence.InferenceStore.Own;
import org.kamgraph.cypher.influence.InferenceStore.Payment;
import org.kamgraph.cypher.influence.InferenceStore.Prescription;
import org.kamgraph.cypher.influence.InferenceStore.Referral;
import org.kamgraph.cypher.influence.InferenceStore.Window;
import org.kamgraph.cypher.influence.InferenceStore.Write;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Entity;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Transaction;
import org.neo4j.internal.kernel.api.CursorFactory;
import org.neo4j.internal.kernel.api.NodeCursor;
import org.neo4j.internal.kernel.api.PropertyCursor;
import org.neo4j.internal.kernel.api.Read;
import org.neo4j.internal.kernel.api.RelationshipTraversalCursor;
import org.neo4j.internal.kernel.api.TokenRead;
import org.neo4j.kernel.api.KernelTransaction;
import org.neo4j.kernel.impl.coreapi.InternalTransaction;
import org.neo4j.storageengine.api.RelationshipSelection;
import org.neo4j.values.storable.NumberValue;
import org.neo4j.values.storable.TextValue;
import org.neo4j.values.storable.Value;

/**
 * A run of the inference on the embedded database with no territory: the reads of the {@code inference-*.cypher}
 * statements through Neo4j's kernel API (cursors, as the projection reads), the writes through its Java API. Same
 * evidence, same order of people (node-id order instead of element-id order: each person's evidence does not depend on
 * the batch). Keys are internal node and relationship ids as decimal strings.
 *
 * <p>The people are read once by a scan of the node store into a sorted {@code long[]} and a bit set (8 bytes and a bit
 * per person); each batch then walks every person's relationships once: REFERS_TO and REPORTS_TO either way, SITS_ON to
 * a committee and the other seats on it, RECEIVED_PAYMENT and PRESCRIBES (their own evidence), INFLUENCES leaving them;
 * and, for a person with KOL payments or prescribing only, the prescribing of each tied person (once per batch). Time:
 * linear in the relationships walked; memory: the people's ids and one batch.
 */
final class KernelInferenceReads implements InferenceStore.Run {
    private static final int NO_TOKEN = org.neo4j.token.api.TokenConstants.NO_TOKEN;
    private static final RelationshipType INFLUENCES = RelationshipType.withName("INFLUENCES");

    private final GraphDatabaseService db;
    private final Window window;
    private final LocalDate asOf;
    private final LocalDate since;
    private final long[] people;
    private final BitSet isPerson = new BitSet();

    KernelInferenceReads(GraphDatabaseService db, Window window) {
        this.db = db;
        this.window = window;
        this.asOf = window.asOf();
        this.since = window.since();
        this.people = readPeople();
        for (long p : people) {
            isPerson.set(Math.toIntExact(p));
        }
    }

    @Override
    public int people() {
        return people.length;
    }

    @Override
    public boolean inProcess() {
        return true;
    }

    private static KernelTransaction kernel(Transaction tx) {
        return ((InternalTransaction) tx).kernelTransaction();
    }

    /** Every Person valid on the as-of day, in node-id order: one scan of the node store. */
    private long[] readPeople() {
        try (Transaction tx = db.beginTx()) {
            KernelTransaction ktx = kernel(tx);
            TokenRead tokens = ktx.tokenRead();
            int person = tokens.nodeLabel("Person");
            if (person == NO_TOKEN) {
                return new long[0];
            }
            int fromKey = tokens.propertyKey("validFrom");
            int toKey = tokens.propertyKey("validTo");
            int[] keys = Arrays.stream(new int[] {fromKey, toKey}).filter(k -> k != NO_TOKEN).toArray();
            org.neo4j.storageengine.api.PropertySelection selection = keys.length == 0 ? null
                    : org.neo4j.storageengine.api.PropertySelection.selection(keys);
            long[] out = new long[1024];
            int n = 0;
            try (NodeCursor node = ktx.cursors().allocateNodeCursor(ktx.cursorContext(), ktx.memoryTracker());
                 PropertyCursor props = ktx.cursors().allocatePropertyCursor(ktx.cursorContext(), ktx.memoryTracker())) {
                ktx.dataRead().allNodesScan(node);
                while (node.next()) {
                    if (!node.hasLabel(person)) {
                        continue;
                    }
                    Object from = null;
                    Object to = null;
                    if (selection != null) {
                        node.properties(props, selection);
                    }
                    while (selection != null && props.next()) {
                        int key = props.propertyKey();
                        if (key == fromKey) {
                            from = props.propertyValue().asObjectCopy();
                        } else if (key == toKey) {
                            to = props.propertyValue().asObjectCopy();
                        }
                    }
                    if (notAfter(from, asOf) && notBefore(to, asOf)) {
                        if (n == out.length) {
                            out = Arrays.copyOf(out, n * 2);
                        }
                        out[n++] = node.nodeReference();
                    }
                }
            }
            long[] sorted = Arrays.copyOf(out, n);
            Arrays.sort(sorted);
            return sorted;
        }
    }

    /** The token ids a batch reads with. */
    private static final class Tokens {
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
    private static final class Props {
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
    private static final class PairAcc {
        final long j;
        final List<Referral> referrals = new ArrayList<>(1);
        final List<Committee> committees = new ArrayList<>(0);
        final List<LocalDate> reports = new ArrayList<>(0);

        PairAcc(long j) {
            this.j = j;
        }
    }

    @Override
    public Batch read(int from, int to, boolean readExisting) {
        List<Evidence> evidence = new ArrayList<>();
        Map<String, Own> own = new HashMap<>();
        List<Existing> existing = new ArrayList<>();
        try (Transaction tx = db.beginTx()) {
            KernelTransaction ktx = kernel(tx);
            Tokens t = new Tokens(ktx.tokenRead());
            if (t.types.length == 0) {
                return new InferenceStore.Batch(evidence, own, existing);
            }
            Read read = ktx.dataRead();
            CursorFactory cursors = ktx.cursors();
            RelationshipSelection all = RelationshipSelection.selection(t.types, Direction.BOTH);
            Map<Long, String> productNames = new HashMap<>();
            Map<Long, List<Prescription>> prescribingOf = new HashMap<>();
            try (NodeCursor node = cursors.allocateNodeCursor(ktx.cursorContext(), ktx.memoryTracker());
                 NodeCursor other = cursors.allocateNodeCursor(ktx.cursorContext(), ktx.memoryTracker());
                 RelationshipTraversalCursor rel = cursors.allocateRelationshipTraversalCursor(ktx.cursorContext(), ktx.memoryTracker());
                 RelationshipTraversalCursor seat = cursors.allocateRelationshipTraversalCursor(ktx.cursorContext(), ktx.memoryTracker());
                 PropertyCursor propCursor = cursors.allocatePropertyCursor(ktx.cursorContext(), ktx.memoryTracker())) {
                Props props = new Props();
                Props seatProps = new Props();
                Reader r = new Reader(read, t, node, other, rel, seat, propCursor, props, seatProps, productNames);
                for (int p = from; p < to; p++) {
                    long i = people[p];
                    String a = Long.toString(i);
                    Map<Long, PairAcc> pairs = new LinkedHashMap<>();
                    List<Payment> payments = new ArrayList<>(0);
                    List<Prescription> prescribing = new ArrayList<>(0);
                    read.singleNode(i, node);
                    if (!node.next()) {
                        continue;
                    }
                    node.relationships(rel, all);
                    while (rel.next()) {
                        int type = rel.type();
                        long j = rel.otherNodeReference();
                        boolean outgoing = rel.sourceNodeReference() == i;
                        if (type == t.refersTo) {
                            if (!tied(j, i)) {
                                continue;
                            }
                            r.relProps(rel, props);
                            if (!inWindow(props, t)) {
                                continue;
                            }
                            PairAcc acc = pairs.computeIfAbsent(j, PairAcc::new);
                            if (rel.targetNodeReference() == i) {
                                acc.referrals.add(new Referral(longOf(props.get(t.patients)), longOf(props.get(t.claims)),
                                        longOf(props.get(t.sameDay)), date(props.get(t.validFrom))));
                            }
                        } else if (type == t.reportsTo) {
                            if (!tied(j, i)) {
                                continue;
                            }
                            r.relProps(rel, props);
                            if (!inWindow(props, t)) {
                                continue;
                            }
                            PairAcc acc = pairs.computeIfAbsent(j, PairAcc::new);
                            if (rel.targetNodeReference() == i) {
                                acc.reports.add(date(props.get(t.validFrom)));
                            }
                        } else if (type == t.sitsOn && outgoing) {
                            r.committee(i, rel.relationshipReference(), j, pairs, this);
                        } else if (type == t.payment && outgoing) {
                            r.payment(rel, j, window.kolNatures(), payments, this);
                        } else if (type == t.prescribes && outgoing) {
                            Prescription x = r.prescription(rel, j, true, this);
                            if (x != null) {
                                prescribing.add(x);
                            }
                        } else if (type == t.influences && outgoing && readExisting) {
                            r.relProps(rel, props);
                            if (InferenceStore.SOURCE.equals(props.get(t.source)) && props.get(t.validTo) == null && r.isPerson(j)) {
                                Object s = props.get(t.strength);
                                existing.add(new Existing(a, Long.toString(j), Long.toString(rel.relationshipReference()),
                                        s instanceof NumberValue n ? n.doubleValue() : null, stringOf(props.get(t.basis)),
                                        stringOf(props.get(t.evidence)), date(props.get(t.validFrom))));
                            }
                        }
                    }
                    boolean hasOwn = !payments.isEmpty() || !prescribing.isEmpty();
                    if (hasOwn) {
                        own.put(a, new Own(a, payments, prescribing));
                    }
                    for (PairAcc acc : pairs.values()) {
                        List<Prescription> theirs = List.of();
                        if (hasOwn) {
                            theirs = prescribingOf.get(acc.j);
                            if (theirs == null) {
                                theirs = r.prescribingOf(acc.j, all, this);
                                prescribingOf.put(acc.j, theirs);
                            }
                        }
                        evidence.add(new Evidence(a, Long.toString(acc.j), acc.referrals, acc.committees, acc.reports,
                                acc.reports.size(), theirs));
                    }
                }
            }
        }
        return new InferenceStore.Batch(evidence, own, existing);
    }

    /** Whether j is a person the run considers (valid on the day) other than i. */
    private boolean tied(long j, long i) {
        return j != i && j >= 0 && j <= Integer.MAX_VALUE && isPerson.get((int) j);
    }

    /** The cursors of one batch and the reads that need a second cursor (the committee's seats, the tied person's prescribing). */
    private final class Reader {
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

        Reader(Read read, Tokens t, NodeCursor node, NodeCursor other, RelationshipTraversalCursor rel, RelationshipTraversalCursor seat,
               PropertyCursor propCursor, Props props, Props seatProps, Map<Long, String> productNames) {
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
        void committee(long i, long s1, long c, Map<Long, PairAcc> pairs, KernelInferenceReads run) {
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
        void payment(RelationshipTraversalCursor cursor, long d, Set<String> natures, List<Payment> out, KernelInferenceReads run) {
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
        Prescription prescription(RelationshipTraversalCursor cursor, long d, boolean withName, KernelInferenceReads run) {
            relProps(cursor, props);
            Object from = props.get(t.validFrom);
            if (!(from instanceof LocalDate f) || f.isAfter(asOf) || !product(d)) {
                return null;
            }
            return new Prescription(Long.toString(d), withName ? productNames.get(d) : null, f, withName || inWindow(props, t));
        }

        /** The prescribing of a tied person (second node cursor and traversal cursor: the batch's own are in use). */
        List<Prescription> prescribingOf(long j, RelationshipSelection unused, KernelInferenceReads run) {
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

    /** fragment-in-window: valid on some day from since to asOf. */
    private boolean inWindow(Props p, Tokens t) {
        return notAfter(p.get(t.validFrom), asOf) && notBefore(p.get(t.validTo), since);
    }

    /** A property that is null or a date not after the day (Cypher: {@code x IS NULL OR x <= day}; other types: false). */
    private static boolean notAfter(Object v, LocalDate day) {
        return v == null || v instanceof LocalDate d && !d.isAfter(day);
    }

    /** A property that is null or a date not before the day. */
    private static boolean notBefore(Object v, LocalDate day) {
        return v == null || v instanceof LocalDate d && !d.isBefore(day);
    }

    /** Cypher's {@code a <= b} on two non-null properties (dates; false for others, as Cypher's null). */
    private static boolean lessOrEqual(Object a, Object b) {
        return a instanceof LocalDate x && b instanceof LocalDate y && !x.isAfter(y);
    }

    private static Long longOf(Object v) {
        return v instanceof NumberValue n ? Long.valueOf(n.longValue()) : null;
    }

    private static LocalDate date(Object v) {
        return v instanceof LocalDate d ? d : null;
    }

    private static String stringOf(Object v) {
        return v instanceof String s ? s : null;
    }

    // ---- writes, through the Java API, in transactions of at most WRITES_PER_TRANSACTION rows

    @Override
    @SuppressWarnings("deprecation")
    public void write(List<Write> create, List<Write> update, List<Write> end) {
        int limit = InferenceStore.WRITES_PER_TRANSACTION;
        for (int from = 0; from < create.size(); from += limit) {
            try (Transaction tx = db.beginTx()) {
                create(kernel(tx), create.subList(from, Math.min(create.size(), from + limit)));
                tx.commit();
            }
        }
        for (int from = 0; from < update.size(); from += limit) {
            try (Transaction tx = db.beginTx()) {
                for (Write w : update.subList(from, Math.min(update.size(), from + limit))) {
                    Relationship r = inferred(tx, w.rel());
                    if (r != null) {
                        setAll(r, w.props());
                    }
                }
                tx.commit();
            }
        }
        for (int from = 0; from < end.size(); from += limit) {
            try (Transaction tx = db.beginTx()) {
                for (Write w : end.subList(from, Math.min(end.size(), from + limit))) {
                    Relationship r = inferred(tx, w.rel());
                    if (r != null) {
                        r.setProperty("validTo", w.props().get("validTo"));
                        r.setProperty("lastVerified", w.props().get("lastVerified"));
                    }
                }
                tx.commit();
            }
        }
    }

    /**
     * Creates the relationships through the kernel's write API (token ids resolved once per transaction, values
     * converted once): no Node or Relationship objects, no token look-up by name per property.
     */
    private static void create(KernelTransaction ktx, List<Write> rows) {
        try {
            org.neo4j.internal.kernel.api.Write write = ktx.dataWrite();
            org.neo4j.internal.kernel.api.TokenWrite tokens = ktx.tokenWrite();
            int type = tokens.relationshipTypeGetOrCreateForName(INFLUENCES.name());
            Map<String, Integer> keys = new HashMap<>();
            for (Write w : rows) {
                long rel = write.relationshipCreate(Long.parseLong(w.a()), type, Long.parseLong(w.b()));
                for (Map.Entry<String, Object> p : w.props().entrySet()) {
                    if (p.getValue() == null) {
                        continue;
                    }
                    Integer key = keys.get(p.getKey());
                    if (key == null) {
                        key = tokens.propertyKeyGetOrCreateForName(p.getKey());
                        keys.put(p.getKey(), key);
                    }
                    write.relationshipSetProperty(rel, key, org.neo4j.values.storable.Values.of(p.getValue()));
                }
            }
        } catch (org.neo4j.exceptions.KernelException e) {
            throw new IllegalStateException("could not create inferred INFLUENCES: " + e.getMessage(), e);
        }
    }

    /** The inferred INFLUENCES of that id, or null (deleted meanwhile, or not inferred: never touched). */
    @SuppressWarnings("deprecation")
    private static Relationship inferred(Transaction tx, String rel) {
        try {
            Relationship r = tx.getRelationshipById(Long.parseLong(rel));
            return r.isType(INFLUENCES) && InferenceStore.SOURCE.equals(r.getProperty("source", null)) ? r : null;
        } catch (org.neo4j.graphdb.NotFoundException gone) {
            return null;
        }
    }

    /** {@code SET r += props}: a null value removes the property. */
    private static void setAll(Entity e, Map<String, Object> props) {
        for (Map.Entry<String, Object> p : props.entrySet()) {
            if (p.getValue() == null) {
                e.removeProperty(p.getKey());
            } else {
                e.setProperty(p.getKey(), p.getValue());
            }
        }
    }
}
