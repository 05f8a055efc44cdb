package org.kamgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.kamgraph.api.cli.ImportCommand;
import org.kamgraph.api.cli.InferCommand;
import org.kamgraph.cypher.support.Fixtures;

/** The jar's {@code infer-influence} command on the TINY MARKET (fixtures/inference) in an embedded store. */
class InferCommandTest {

    @Test
    void infersThenFindsNothingToChange() throws Exception {
        Path data = Files.createTempDirectory("kam-cli-infer");
        String dir = "--kam.embedded.data-dir=" + data;
        String cache = "--kam.embedded.page-cache=64m";
        assertThat(ImportCommand.run(KamGraphApplication.class, new String[] {Fixtures.copy("inference").toString(), dir, cache})).isZero();

        String first = out(() -> InferCommand.run(KamGraphApplication.class, new String[] {"--as-of=2025-06-30", dir, cache}));
        assertThat(first).contains("as of 2025-06-30", "7 people, 14 pairs considered; 10 created, 0 updated, 0 unchanged, 0 ended");
        String second = out(() -> InferCommand.run(KamGraphApplication.class, new String[] {"--as-of=2025-06-30", dir, cache}));
        assertThat(second).contains("0 created, 0 updated, 10 unchanged, 0 ended");

        assertThat(InferCommand.run(KamGraphApplication.class, new String[] {"--as-of=June", dir, cache})).isEqualTo(2);
        assertThat(InferCommand.run(KamGraphApplication.class, new String[] {"--min-strength=2", dir, cache})).isEqualTo(2);
        assertThat(InferCommand.run(KamGraphApplication.class, new String[] {"stray", dir, cache})).isEqualTo(2);
    }

    /** What the command prints; it must exit 0. */
    private static String out(Callable<Integer> command) throws Exception {
        PrintStream before = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            assertThat(command.call()).isZero();
        } finally {
            System.setOut(before);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
