package org.kamgraph.algorithms.paths;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;

/**
 * Runs independent single-source computations on a fixed number of platform threads. Task {@code i} of
 * {@code 0..count-1} goes to worker {@code i mod T}, where T = min(threads, count), and each worker runs its tasks in
 * increasing order; so for a given thread count the assignment, and every floating-point sum a worker keeps, is the
 * same on every run. Worker 0 runs on the calling thread.
 */
final class Workers {
    private Workers() {
    }

    /** One task on a worker's private state. */
    interface Task<W> {
        void run(W worker, int index);
    }

    /** Validates a thread count parameter. */
    static int checkThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        return threads;
    }

    static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * Runs {@code task} for every index in {@code 0..count-1} and returns the workers, in worker order, for the caller
     * to merge. At least one worker is created, even when {@code count} is 0.
     *
     * @throws CancellationException if the calling thread is interrupted while waiting (the interrupt flag is kept)
     */
    static <W> List<W> run(int count, int threads, IntFunction<W> newWorker, Task<W> task) {
        int t = Math.max(1, Math.min(threads, count));
        List<W> workers = new ArrayList<>(t);
        for (int i = 0; i < t; i++) {
            workers.add(newWorker.apply(i));
        }
        if (t == 1) {
            W w = workers.getFirst();
            for (int i = 0; i < count; i++) {
                task.run(w, i);
            }
            return workers;
        }
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread[] threadsStarted = new Thread[t];
        for (int id = 1; id < t; id++) {
            int worker = id;
            threadsStarted[id] = Thread.ofPlatform().daemon().name("kam-paths-" + id)
                    .start(() -> runStrided(workers.get(worker), worker, t, count, task, failure));
        }
        runStrided(workers.getFirst(), 0, t, count, task, failure);
        boolean interrupted = false;
        for (int id = 1; id < t; id++) {
            while (true) {
                try {
                    threadsStarted[id].join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                    failure.compareAndSet(null, new CancellationException("interrupted"));
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        Throwable f = failure.get();
        if (f instanceof RuntimeException r) {
            throw r;
        }
        if (f instanceof Error e) {
            throw e;
        }
        if (f != null) {
            throw new IllegalStateException(f);
        }
        return workers;
    }

    private static <W> void runStrided(W worker, int id, int t, int count, Task<W> task,
                                       AtomicReference<Throwable> failure) {
        try {
            for (int i = id; i < count && failure.get() == null; i += t) {
                task.run(worker, i);
            }
        } catch (Throwable e) {
            failure.compareAndSet(null, e);
        }
    }
}
