package org.kamgraph.cypher.projection;

import java.util.ArrayList;
import java.util.List;

/**
 * The worker threads of an in-process projection read: how many, the vertex range of each, and running them with
 * their results in worker order (so that a parallel read yields the edges in the same order as a sequential one).
 */
final class ReadWorkers {
    private ReadWorkers() {
    }

    /** Worker threads of a read: {@code kam.projection.threads}, default the available processors. */
    static int threads() {
        return Math.max(1, Integer.getInteger("kam.projection.threads", Runtime.getRuntime().availableProcessors()));
    }

    /** Range bounds of the workers over {@code n} vertices: worker w reads {@code bounds[w]..bounds[w+1]-1}. */
    static int[] bounds(int n) {
        int threads = threads();
        int minPerThread = Math.max(1, Integer.getInteger("kam.projection.minVerticesPerThread", MIN_VERTICES_PER_THREAD));
        int workers = (int) Math.max(1, Math.min(threads, (long) n / minPerThread));
        int[] bounds = new int[workers + 1];
        for (int i = 0; i <= workers; i++) {
            bounds[i] = (int) ((long) n * i / workers);
        }
        return bounds;
    }

    static final int MIN_VERTICES_PER_THREAD = 5_000;

    /** Runs {@code task} for workers {@code 0..workers-1} (the last in the calling thread) and returns their results in order. */
    static <T> List<T> inParallel(int workers, java.util.function.IntFunction<T> task) {
        List<T> results = new ArrayList<>(java.util.Collections.nCopies(workers, null));
        if (workers == 1) {
            results.set(0, task.apply(0));
            return results;
        }
        RuntimeException[] failures = new RuntimeException[workers];
        Thread[] threads = new Thread[workers - 1];
        for (int w = 0; w < workers - 1; w++) {
            int worker = w;
            threads[w] = Thread.ofPlatform().name("projection-" + w).start(() -> {
                try {
                    results.set(worker, task.apply(worker));
                } catch (RuntimeException e) {
                    failures[worker] = e;
                }
            });
        }
        try {
            results.set(workers - 1, task.apply(workers - 1));
        } catch (RuntimeException e) {
            failures[workers - 1] = e;
        }
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading a projection", e);
            }
        }
        for (RuntimeException f : failures) {
            if (f != null) {
                throw f;
            }
        }
        return results;
    }
}
