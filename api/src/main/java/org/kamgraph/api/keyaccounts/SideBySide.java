package org.kamgraph.api.keyaccounts;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.kamgraph.cypher.AccessScope;

/**
 * Independent reads of one answer run side by side on virtual threads (they mostly wait on the database), each under
 * the caller's access scope, so the account plan's wall time is its longest chain of reads, not their sum.
 */
final class SideBySide {
    private static final ExecutorService READS = Executors.newVirtualThreadPerTaskExecutor();

    private SideBySide() {
    }

    /** Starts {@code work} now, reading as the calling request may. */
    static <T> CompletableFuture<T> start(Supplier<T> work) {
        AccessScope.Restriction scope = AccessScope.current();
        return CompletableFuture.supplyAsync(() -> AccessScope.with(scope, work), READS);
    }

    /** The same, adding how long the read took to {@code timings} under {@code name} (for the plan's timing log). */
    static <T> CompletableFuture<T> start(String name, java.util.Map<String, Long> timings, Supplier<T> work) {
        return start(() -> {
            long t0 = System.nanoTime();
            try {
                return work.get();
            } finally {
                timings.put(name, (System.nanoTime() - t0) / 1_000_000);
            }
        });
    }

    /** The result, with the read's own exception (a BadInputException stays one) rather than a wrapper. */
    static <T> T join(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
