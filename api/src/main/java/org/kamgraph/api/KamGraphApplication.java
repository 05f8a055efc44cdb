package org.kamgraph.api;

import java.util.Arrays;
import org.kamgraph.api.bench.BenchCommand;
import org.kamgraph.api.cli.GenerateCommand;
import org.kamgraph.api.cli.ImportCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * kam-graph: the GraphQL service over the stakeholder graph. With no arguments it serves on port 8080; the
 * same jar also imports CSV files ({@code import DIR...}), writes the demo market ({@code generate DIR}) and runs the
 * analytics benchmark ({@code bench}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class KamGraphApplication {

    public static void main(String[] args) {
        String command = args.length > 0 ? args[0] : "";
        String[] rest = args.length > 0 ? Arrays.copyOfRange(args, 1, args.length) : args;
        switch (command) {
            case "import" -> System.exit(ImportCommand.run(rest));
            case "generate" -> System.exit(GenerateCommand.run(rest));
            case "bench" -> System.exit(BenchCommand.run(rest));
            case "token" -> System.exit(org.kamgraph.api.cli.TokenCommand.run(rest));
            case "latency" -> System.exit(org.kamgraph.api.load.LatencyCommand.run(rest));
            case "load" -> System.exit(org.kamgraph.api.load.LoadCommand.run(rest));
            default -> SpringApplication.run(KamGraphApplication.class, args);
        }
    }
}
