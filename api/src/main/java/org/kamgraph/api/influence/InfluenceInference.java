package org.kamgraph.api.influence;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kamgraph.analytics.inference.InferenceParameters;
import org.kamgraph.analytics.inference.InferredInfluence;
import org.kamgraph.analytics.inference.InfluenceFormula;
import org.kamgraph.analytics.inference.PairEvidence;
import org.kamgraph.cypher.BadInputException;
import org.kamgraph.cypher.GraphVersion;
import org.kamgraph.cypher.influence.InferenceStore;
import org.kamgraph.cypher.influence.InferenceStore.Evidence;
import org.kamgraph.cypher.influence.InferenceStore.Existing;
import org.kamgraph.cypher.influence.InferenceStore.Write;

/**
 * {@code inferInfluence}: derives person-to-person INFLUENCES (source {@code inferred}) from the evidence in the graph
 * (docs/INFERENCE.md). People are taken in batches: their evidence is read, the formula (analytics) gives each tied
 * pair its strength, basis and evidence, the result is compared with the open inferred edges leaving the batch, and
 * only the differences are written in one transaction per batch: new pairs created, changed ones updated, those whose
 * evidence vanished ended (validTo the day before the as-of day). Edges of any other source are never read for
 * writing nor touched. One run at a time.
 */
public final class InfluenceInference {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(InfluenceInference.class);
    private final InferenceStore store;
    private final GraphVersion version;
    private final InferenceParameters parameters;
    private final int batchSize;

    public InfluenceInference(InferenceStore store, GraphVersion version, InferenceParameters parameters, int batchSize) {
        this.store = store;
        this.version = version;
        this.parameters = parameters;
        this.batchSize = batchSize;
    }

    /** What a run did, with the time of each phase (people, evidence read, formula and comparison, writes). */
    public record InferenceReport(LocalDate asOf, double minStrength, String territory, long people, long pairsConsidered,
                                  long created, long updated, long unchanged, long ended, long elapsedMillis,
                                  long readMillis, long writeMillis, long peopleMillis, long formulaMillis) {
        public String summary() {
            return String.format(java.util.Locale.ROOT, "Influence inferred as of %s (least strength %s%s): %,d people, %,d pairs "
                    + "considered; %,d created, %,d updated, %,d unchanged, %,d ended in %,d ms (people %,d ms, evidence %,d ms, "
                    + "formula %,d ms, writes %,d ms)%n",
                    asOf, minStrength, territory == null ? "" : ", territory " + territory, people, pairsConsidered, created,
                    updated, unchanged, ended, elapsedMillis, peopleMillis, readMillis, formulaMillis, writeMillis);
        }
    }

    public InferenceParameters parameters() {
        return parameters;
    }

    /**
     * Infers influence as of {@code asOf} (null: today, UTC) with the least strength {@code minStrength} (null: the
     * configured one), for the people of {@code territory} (null: everyone).
     */
    public synchronized InferenceReport run(LocalDate asOf, Double minStrength, String territory) {
        long start = System.nanoTime();
        LocalDate day = asOf == null ? LocalDate.now(ZoneOffset.UTC) : asOf;
        if (minStrength != null && !(minStrength >= 0 && minStrength <= 1)) {
            throw new BadInputException("minStrength", "must be in [0, 1], was " + minStrength);
        }
        if (territory != null && territory.isBlank()) {
            throw new BadInputException("territory", "must not be blank");
        }
        InferenceParameters p = minStrength == null ? parameters : parameters.withMinStrength(minStrength);
        InfluenceFormula formula = new InfluenceFormula(p);
        InferenceStore.Window window = new InferenceStore.Window(day, day.minusDays(p.evidenceWindowDays()),
                territory == null ? null : List.of(territory), p.kolNatures());
        long t0 = System.nanoTime();
        InferenceStore.Run run = store.start(window);
        boolean anyInferred = store.anyInferred();
        long peopleNanos = System.nanoTime() - t0;
        int people = run.people();
        log.info("inferInfluence as of {}: {} people ({} reads{}) in {} ms", day, people, run.inProcess() ? "in-process" : "Cypher",
                anyInferred ? "" : ", no inferred edge yet: create only", peopleNanos / 1_000_000);
        long[] counts = new long[8]; // pairs, created, updated, unchanged, ended, read ns, write ns, formula ns
        int retried = 0;
        long lastLog = System.nanoTime();
        // Two stages on two threads: while a batch is written, the next one is read and weighed. A batch's reads and
        // writes concern the edges leaving its own people only, so the overlap changes nothing in the result.
        java.util.concurrent.ExecutorService reader = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "kam-inference-reader");
            t.setDaemon(true);
            return t;
        });
        try {
            java.util.concurrent.Future<Prepared> next = people == 0 ? null
                    : reader.submit(() -> prepareBesideWrites(run, 0, Math.min(people, batchSize), anyInferred, window, formula));
            for (int from = 0; from < people; from += batchSize) {
                int to = Math.min(people, from + batchSize);
                Prepared batch = await(next);
                if (batch == null) { // its read met the previous batch's writes: read again, nothing being written now
                    retried++;
                    batch = prepare(run, from, to, anyInferred, window, formula);
                }
                next = to < people ? reader.submit(() -> prepareBesideWrites(run, to, Math.min(people, to + batchSize), anyInferred,
                        window, formula)) : null;
                for (int k = 0; k < 5; k++) {
                    counts[k] += batch.counts()[k];
                }
                counts[5] += batch.readNanos();
                counts[7] += batch.formulaNanos();
                long t2 = System.nanoTime();
                run.write(batch.create(), batch.update(), batch.end());
                counts[6] += System.nanoTime() - t2;
                if (System.nanoTime() - lastLog > 30_000_000_000L || to == people) {
                    lastLog = System.nanoTime();
                    log.info("inferInfluence: {} of {} people, {} pairs, {} created, {} updated, {} ended in {} s; evidence {} ms, "
                            + "formula {} ms (on the reader thread, while writing), writes {} ms; {} batches read again; process CPU {} ms",
                            to, people, counts[0], counts[1], counts[2], counts[4], (System.nanoTime() - start) / 1_000_000_000L,
                            counts[5] / 1_000_000, counts[7] / 1_000_000, counts[6] / 1_000_000, retried, cpuMillis());
                }
            }
        } finally {
            reader.shutdownNow();
        }
        if (counts[1] + counts[2] + counts[4] > 0) {
            version.advance();
        }
        return new InferenceReport(day, p.minStrength(), territory, people, counts[0], counts[1], counts[2], counts[3],
                counts[4], (System.nanoTime() - start) / 1_000_000, counts[5] / 1_000_000, counts[6] / 1_000_000,
                peopleNanos / 1_000_000, counts[7] / 1_000_000);
    }

    /** A batch read and weighed: what to write, its counts (pairs, created, updated, unchanged, ended) and times. */
    private record Prepared(List<Write> create, List<Write> update, List<Write> end, long[] counts, long readNanos, long formulaNanos) {
    }

    /**
     * {@link #prepare} while the previous batch is being written: null when the read met those writes (the database
     * refuses a read of relationship chains changed under it: a transient failure), to be read again after them.
     */
    private Prepared prepareBesideWrites(InferenceStore.Run run, int from, int to, boolean anyInferred, InferenceStore.Window window,
                                         InfluenceFormula formula) {
        try {
            return prepare(run, from, to, anyInferred, window, formula);
        } catch (org.neo4j.graphdb.TransientFailureException | org.neo4j.driver.exceptions.TransientException e) {
            return null;
        }
    }

    private static Prepared await(java.util.concurrent.Future<Prepared> batch) {
        try {
            return batch.get();
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("inferInfluence interrupted", e);
        }
    }

    /** The CPU time of the whole process so far (all threads: the database's too), -1 when the JVM does not tell. */
    private static long cpuMillis() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() / 1_000_000 : -1;
    }

    private Prepared prepare(InferenceStore.Run run, int from, int to, boolean anyInferred, InferenceStore.Window window,
                             InfluenceFormula formula) {
        long[] counts = new long[5];
        long t0 = System.nanoTime();
        InferenceStore.Batch read = run.read(from, to, anyInferred);
        List<Evidence> evidence = read.evidence();
        Map<String, InferenceStore.Own> own = read.own();
        long t1 = System.nanoTime();
        Map<String, Existing> existing = new HashMap<>();
        List<Write> end = new ArrayList<>();
        LocalDate endDay = window.asOf().minusDays(1);
        for (Existing e : read.existing()) {
            if (existing.putIfAbsent(e.a() + "|" + e.b(), e) != null) {
                end.add(ended(e, endDay, window.asOf())); // a second open inferred edge of the pair: end it
            }
        }
        List<Write> create = new ArrayList<>();
        List<Write> update = new ArrayList<>();
        counts[0] += evidence.size();
        for (Evidence ev : evidence) {
            InferredInfluence inferred = formula.infer(pair(ev, own.get(ev.a()))).orElse(null);
            if (inferred == null) {
                continue;
            }
            Existing old = existing.isEmpty() ? null : existing.remove(ev.a() + "|" + ev.b());
            if (old == null) {
                Map<String, Object> props = props(inferred, window.asOf());
                props.put("source", InferenceStore.SOURCE);
                create.add(new Write(ev.a(), ev.b(), null, props));
                counts[1]++;
            } else if (same(old, inferred)) {
                counts[3]++;
            } else {
                update.add(new Write(ev.a(), ev.b(), old.rel(), props(inferred, window.asOf())));
                counts[2]++;
            }
        }
        for (Existing gone : existing.values()) {
            end.add(ended(gone, endDay, window.asOf()));
        }
        counts[4] += end.size();
        return new Prepared(create, update, end, counts, t1 - t0, System.nanoTime() - t1);
    }

    private static Write ended(Existing e, LocalDate endDay, LocalDate asOf) {
        LocalDate validTo = e.validFrom() != null && e.validFrom().isAfter(endDay) ? e.validFrom() : endDay;
        Map<String, Object> props = new HashMap<>();
        props.put("validTo", validTo);
        props.put("lastVerified", asOf);
        return new Write(e.a(), e.b(), e.rel(), props);
    }

    static boolean same(Existing old, InferredInfluence now) {
        return old.strength() != null && InfluenceFormula.round(old.strength()) == now.strength()
                && Objects.equals(old.basis(), now.basis()) && Objects.equals(old.evidence(), now.evidence())
                && Objects.equals(old.validFrom(), now.validFrom());
    }

    private static Map<String, Object> props(InferredInfluence i, LocalDate asOf) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("strength", i.strength());
        props.put("basis", i.basis());
        props.put("evidence", i.evidence());
        props.put("validFrom", i.validFrom());
        props.put("lastVerified", asOf);
        return props;
    }

    /**
     * The formula's view of what was read: the latest referral, the seats' common start, a's KOL payments for products b
     * prescribes in the window, products a prescribed first (a's first day before b's, b prescribing in the window).
     */
    static PairEvidence pair(Evidence ev, InferenceStore.Own own) {
        PairEvidence.Referral referral = null;
        for (InferenceStore.Referral r : ev.referrals()) {
            if (referral == null || later(r.from(), referral.from())
                    || (Objects.equals(r.from(), referral.from()) && count(r) > count(referral))) {
                referral = new PairEvidence.Referral(r.patients(), r.claims(), r.sameDay(), r.from());
            }
        }
        Map<String, LocalDate> committees = new LinkedHashMap<>();
        for (InferenceStore.Committee c : ev.committees()) {
            LocalDate since = c.aFrom() == null ? c.bFrom() : c.bFrom() == null ? c.aFrom() : c.aFrom().isAfter(c.bFrom()) ? c.aFrom() : c.bFrom();
            committees.merge(c.name(), since == null ? LocalDate.MIN : since, (x, y) -> x.isBefore(y) ? x : y);
        }
        List<PairEvidence.SharedCommittee> seats = new ArrayList<>();
        committees.forEach((name, since) -> seats.add(new PairEvidence.SharedCommittee(name, since == LocalDate.MIN ? null : since)));
        LocalDate reportsSince = null;
        for (LocalDate d : ev.reports()) {
            if (d != null && (reportsSince == null || d.isBefore(reportsSince))) {
                reportsSince = d;
            }
        }
        List<PairEvidence.KolPayment> payments = new ArrayList<>();
        List<PairEvidence.Adoption> adoptions = new ArrayList<>();
        if (own != null) {
            // b's prescribing: products b prescribes in the window, and b's first day per product
            Map<String, LocalDate> bFirst = new HashMap<>();
            java.util.Set<String> bCurrent = new java.util.HashSet<>();
            for (InferenceStore.Prescription x : ev.prescribing()) {
                if (x.current()) {
                    bCurrent.add(x.product());
                }
                if (x.from() != null) {
                    bFirst.merge(x.product(), x.from(), (u, v) -> u.isBefore(v) ? u : v);
                }
            }
            for (InferenceStore.Payment p : own.payments()) {
                if (bCurrent.contains(p.product())) {
                    payments.add(new PairEvidence.KolPayment(p.productName(), p.nature(), p.payments() == null ? 1 : p.payments(),
                            p.amount(), p.date()));
                }
            }
            Map<String, LocalDate> aFirst = new LinkedHashMap<>();
            Map<String, String> names = new HashMap<>();
            for (InferenceStore.Prescription x : own.prescribing()) {
                if (x.from() != null) {
                    aFirst.merge(x.product(), x.from(), (u, v) -> u.isBefore(v) ? u : v);
                    names.put(x.product(), x.productName());
                }
            }
            aFirst.forEach((product, first) -> {
                LocalDate then = bFirst.get(product);
                if (then != null && bCurrent.contains(product) && first.isBefore(then)) {
                    adoptions.add(new PairEvidence.Adoption(names.get(product), first, then));
                }
            });
        }
        return new PairEvidence(ev.a(), ev.b(), referral, seats, ev.reportingLines() > 0, reportsSince, payments, adoptions, true);
    }

    private static boolean later(LocalDate a, LocalDate b) {
        return a != null && (b == null || a.isAfter(b));
    }

    private static long count(InferenceStore.Referral r) {
        return r.patients() != null ? r.patients() : r.claims() != null ? r.claims() : 0;
    }

    private static long count(PairEvidence.Referral r) {
        return r.patients() != null ? r.patients() : r.claims() != null ? r.claims() : 0;
    }
}
