package org.kamgraph.tools;

import java.util.Arrays;
import org.kamgraph.tools.bench.BenchCommand;
import org.kamgraph.tools.load.LatencyCommand;
import org.kamgraph.tools.load.LoadCommand;

/**
 * tools/target/kam-tools.jar: {@code bench ...} (the analytics benchmark, embedded Neo4j without the service),
 * {@code latency ...} and {@code load ...} (GraphQL requests to a running service, from a second process). See
 * docs/PERFORMANCE.md; {@code ./kam bench|latency|load} build and run it.
 */
public final class Tools {
    private Tools() {
    }

    public static void main(String[] args) {
        String command = args.length > 0 ? args[0] : "";
        String[] rest = args.length > 0 ? Arrays.copyOfRange(args, 1, args.length) : args;
        System.exit(switch (command) {
            case "bench" -> BenchCommand.run(rest);
            case "latency" -> LatencyCommand.run(rest);
            case "load" -> LoadCommand.run(rest);
            default -> {
                System.err.println("usage: java -jar kam-tools.jar bench|latency|load ... (./kam bench|latency|load)");
                yield 2;
            }
        });
    }
}
