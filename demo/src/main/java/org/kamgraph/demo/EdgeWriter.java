package org.kamgraph.demo;

import static org.kamgraph.demo.Dates.NONE;

import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import org.kamgraph.demo.CsvSink.Row;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.RelKind;

/**
 * What every writer of the market's rows shares: the sink, ids, the reusable row, the random stream of the node
 * being written and its scope's set of written identities, and the rules every relationship follows (dated, with provenance,
 * never written twice). The parts that write nodes, organizations' edges, money, people's edges and team and
 * decision edges extend it and are built on the same shared objects.
 */
class EdgeWriter {
    static final String SRC_REGISTRY = "demo-generator:registry";
    static final String SRC_NPPES = "demo-generator:nppes";
    static final String SRC_CRM = "demo-generator:crm";
    static final String SRC_FIELD = "demo-generator:field";
    static final String SRC_CLAIMS = "demo-generator:claims";
    static final String SRC_PUBLICATIONS = "demo-generator:publications";
    static final String SRC_FORMULARY = "demo-generator:formulary";
    static final String SRC_CONTRACTS = "demo-generator:contracts";

    private static final int SCOPE_CAPACITY = 512;

    final Market m;
    final People people;
    final CsvSink sink;
    final Ids ids;
    final long seed;
    final Timeline tl;
    /** Today as an epoch day. */
    final int today;
    final Row row;
    final Rng rng;
    /** The (type, other end, validFrom) identities the current node has written; emptied per node. */
    final LongOpenHashSet seen;
    /**
     * Where the parts that public files carry go (prescriptions, shared patients, the NPI registry, payments), in
     * those files' formats; null when the whole market is written in the import format.
     */
    final PublishedRows published;

    EdgeWriter(Market m, CsvSink sink) {
        this(m, sink, null, new Ids(m));
    }

    EdgeWriter(Market m, CsvSink sink, PublishedRows published, Ids ids) {
        this.published = published;
        this.m = m;
        this.people = m.people;
        this.sink = sink;
        this.ids = ids;
        this.seed = m.seed;
        this.tl = m.timeline;
        this.today = tl.today;
        this.row = new Row();
        this.rng = new Rng(0);
        this.seen = new LongOpenHashSet(SCOPE_CAPACITY);
    }

    /** A part writing with the same sink, row, random stream and scope as {@code shared}. */
    EdgeWriter(EdgeWriter shared) {
        this.m = shared.m;
        this.people = shared.people;
        this.sink = shared.sink;
        this.ids = shared.ids;
        this.seed = shared.seed;
        this.tl = shared.tl;
        this.today = shared.today;
        this.row = shared.row;
        this.rng = shared.rng;
        this.seen = shared.seen;
        this.published = shared.published;
    }

    /** Starts the scope of a node: its own random sub-stream and an empty set of written identities. */
    void scope(long stream, long index) {
        rng.reset(seed, stream, index);
        seen.clear();
        // clear() costs the table's size: shrink it back after a node of very high degree, so that emptying stays
        // proportional to what a node added and memory to the largest degree, never to the number of edges.
        seen.trim(SCOPE_CAPACITY);
    }

    /** Writes (start)-[rel]->(end) from the start node's scope, unless that identity was written already. */
    boolean out(RelKind rel, NodeKind fk, int fseq, NodeKind tk, int tseq, int vf, int vt, String src) {
        return write(rel, fk, fseq, tk, tseq, vf, vt, src, key(rel, tk, tseq, vf));
    }

    /** Writes (start)-[rel]->(end) from the end node's scope, unless that identity was written already. */
    boolean in(RelKind rel, NodeKind fk, int fseq, NodeKind tk, int tseq, int vf, int vt, String src) {
        return write(rel, fk, fseq, tk, tseq, vf, vt, src, key(rel, fk, fseq, vf));
    }

    boolean out(RelKind rel, Org from, Org to, int vf, int vt, String src) {
        return out(rel, from.kind, from.seq, to.kind, to.seq, vf, vt, src);
    }

    boolean in(RelKind rel, Org from, Org to, int vf, int vt, String src) {
        return in(rel, from.kind, from.seq, to.kind, to.seq, vf, vt, src);
    }

    /**
     * Marks (start, rel, end) as taken in the start node's scope, whatever the dates: false if it already was. For
     * relationships written at most once per pair (a person's influence on another), unlike identities, which
     * differ by validFrom. Relationships are never written without a validFrom, so these marks never collide with
     * an identity.
     */
    boolean firstForPair(RelKind rel, NodeKind tk, int tseq) {
        return seen.add(key(rel, tk, tseq, NONE));
    }

    static long key(RelKind rel, NodeKind kind, int seq, int vf) {
        return ((long) rel.ordinal() << 59) | ((long) kind.ordinal() << 54) | ((long) seq << 20) | Dates.code(vf);
    }

    /** Every relationship is dated: a missing validFrom is a bug of the generator, not a choice. */
    private boolean write(RelKind rel, NodeKind fk, int fseq, NodeKind tk, int tseq, int vf, int vt, String src, long key) {
        if (vf == NONE) {
            throw new IllegalStateException(rel + " " + ids.of(fk, fseq) + " -> " + ids.of(tk, tseq) + " has no validFrom");
        }
        if (!seen.add(key)) {
            row.clear();
            return false;
        }
        if (vt != NONE && vt < vf) {
            throw new IllegalStateException(rel + " validTo " + Dates.format(vt) + " before validFrom " + Dates.format(vf));
        }
        if (rel.isMoney() && row.get(Prop.AMOUNT) != null) {
            row.set(Prop.CURRENCY, "USD");
        }
        row.set(Prop.VALID_FROM, Dates.format(vf)).set(Prop.VALID_TO, Dates.format(vt)).set(Prop.SOURCE, src)
                .set(Prop.LAST_VERIFIED, Dates.format(lastVerified(vt != NONE ? vt : vf)));
        if (published != null && rel == RelKind.PRESCRIBES) {
            // a Part D line; its data year is its validity (lastVerified was drawn all the same: the streams stay)
            published.prescription(fseq, tseq, Long.parseLong(row.get(Prop.CLAIMS)), row.get(Prop.AMOUNT), Dates.year(vf));
        } else if (published != null && rel == RelKind.REFERS_TO) {
            published.referral(fseq, tseq, row.get(Prop.PATIENTS), Long.parseLong(row.get(Prop.CLAIMS)), Dates.year(vf));
        } else {
            sink.rels(rel, fk, tk).write(ids.of(fk, fseq), ids.of(tk, tseq), row);
        }
        row.clear();
        return true;
    }

    /** When a fact was last checked: mostly recent, decaying over the years, never before it began nor after today. */
    int lastVerified(int notBefore) {
        int early = tl.early();
        int lo = notBefore == NONE ? early : Math.min(today, Math.max(early, notBefore));
        return Dates.clamp(today - (int) rng.exponential(240), lo, today);
    }

    String pid(int p) {
        return ids.of(people.kind(p), people.seq[p]);
    }

    Row amount(double usd) {
        return row.set(Prop.AMOUNT, Ids.decimal(Math.max(0, usd), 2));
    }

    static String strength(double x) {
        return Ids.decimal(Math.min(1.0, Math.max(0.0, x)), 3);
    }

    /** A start date between {@code from} and {@code to} (both epoch days). */
    int since(int from, int to) {
        return to <= from ? from : rng.between(from, to);
    }

    /** {@code vf} if the market knows it, otherwise a date between {@code from} and {@code to}: every relationship is dated. */
    int dated(int vf, int from, int to) {
        return vf != NONE ? vf : since(from, to);
    }

    /** January 1st of a reference year between the two, in the generation's calendar. */
    int yearStart(int fromYear, int toYear) {
        return tl.yearStart(rng.between(fromYear, Math.max(fromYear, toYear)));
    }
}
