package org.kamgraph.cypher.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Test fixtures (CSV market directories under /fixtures), copied to a temporary directory, from a folder or a jar. */
public final class Fixtures {
    private Fixtures() {
    }

    /** A fresh copy of fixture directory {@code name}, e.g. "small". */
    public static Path copy(String name) {
        try {
            URI uri = Fixtures.class.getResource("/fixtures/" + name).toURI();
            Path target = Files.createTempDirectory("kam-fixture-" + name);
            if (uri.getScheme().equals("jar")) {
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    copyAll(fs.getPath("/fixtures/" + name), target);
                }
            } else {
                copyAll(Path.of(uri), target);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The CSV files of a fixture copy, sorted by name. */
    public static List<Path> files(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyAll(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.list(from)) {
            for (Path p : s.toList()) {
                Files.copy(p, to.resolve(p.getFileName().toString()));
            }
        }
    }
}
