package org.kamgraph.tools;

import java.util.Arrays;
import org.kamgraph.tools.bench.BenchCommand;
import org.kamgraph.tools.load.LatencyCommand;
import org.kamgraph.tools.load.LoadCommand;
import org.kamgraph.tools.published.GeneratePublishedCommand;
import org.kamgraph.tools.published.ReadPublishedCommand;

/**
 * tools/target/kam-tools.jar: {@code bench ...} (the analytics benchmark, embedded Neo4j without the service),
 * {@code latency ...} and {@code load ...} (GraphQL requests to a running service, from a second process),
 * {@code generate-published ...} (files of national size in the published formats), {@code read-published ...} (a
 * published-format reader alone over such a file). See docs/PERFORMANCE.md;
 * {@code ./kam bench|latency|load|generate-published} build and run it.
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
            case "generate-published" -> GeneratePublishedCommand.run(rest);
            case "read-published" -> ReadPublishedCommand.run(rest);
            default -> {
                System.err.println("usage: java -jar kam-tools.jar bench|latency|load|generate-published|read-published ... (./kam bench|latency|load|generate-published)");
                yield 2;
            }
        });
    }
}
