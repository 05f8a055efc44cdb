package org.kamgraph.cypher.influence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kamgraph.cypher.influence.InferenceStore.Batch;
import org.kamgraph.cypher.influence.InferenceStore.Evidence;
import org.kamgraph.cypher.influence.InferenceStore.Existing;
import org.kamgraph.cypher.influence.InferenceStore.Own;
import org.kamgraph.cypher.influence.InferenceStore.Payment;
import org.kamgraph.cypher.influence.InferenceStore.Prescription;
import org.kamgraph.cypher.influence.InferenceStore.Referral;
import org.kamgraph.cypher.influence.InferenceStore.Window;
import org.kamgraph.cypher.influence.InferenceStore.Write;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.GraphDatabaseService;
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
import static org.kamgraph.cypher.influence.KernelEvidence.*;

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
final class KernelInferenceReads implements InferenceStore.Run, KernelEvidence.Tied {

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
    public void write(List<Write> create, List<Write> update, List<Write> end) {
        KernelInferenceWrites.write(db, create, update, end);
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
                Reader r = new Reader(read, t, node, other, rel, seat, propCursor, props, seatProps, productNames, asOf, since);
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
                            if (!r.inWindow(props, t)) {
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
                            if (!r.inWindow(props, t)) {
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
    @Override
    public boolean tied(long j, long i) {
        return j != i && j >= 0 && j <= Integer.MAX_VALUE && isPerson.get((int) j);
    }
}
