package org.kamgraph.api;

import java.util.Arrays;
import org.kamgraph.api.cli.ImportCommand;
import org.kamgraph.api.cli.InferCommand;
import org.kamgraph.api.cli.TokenCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * kam-graph: the GraphQL service over the stakeholder graph. With no arguments it serves on port 8080; the same jar
 * also imports CSV files ({@code import DIR...}), infers influence from evidence ({@code infer-influence}) and manages API tokens ({@code token ...}). The demo generator and
 * the load, latency and benchmark tools are jars of their own (demo/, tools/).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class KamGraphApplication {

    public static void main(String[] args) {
        String command = args.length > 0 ? args[0] : "";
        String[] rest = args.length > 0 ? Arrays.copyOfRange(args, 1, args.length) : args;
        switch (command) {
            case "import" -> System.exit(ImportCommand.run(KamGraphApplication.class, rest));
            case "token" -> System.exit(TokenCommand.run(KamGraphApplication.class, rest));
            case "infer-influence" -> System.exit(InferCommand.run(KamGraphApplication.class, rest));
            case "generate", "bench", "latency", "load" -> {
                System.err.println("kam-graph: '" + command + "' is not in the service's jar: run ./kam " + command + " (the demo generator is "
                        + "demo/target/kam-demo.jar, the tools tools/target/kam-tools.jar)");
                System.exit(2);
            }
            default -> SpringApplication.run(KamGraphApplication.class, args);
        }
    }
}
