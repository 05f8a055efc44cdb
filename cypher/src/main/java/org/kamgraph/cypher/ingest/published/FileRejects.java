package org.kamgraph.cypher.ingest.published;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.kamgraph.cypher.ingest.ImportProblem;
import org.kamgraph.cypher.ingest.ImportProgress;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.RelKind;
import org.kamgraph.readers.Emit;

/**
 * The rejects of one file: the first read's (the reader's own rejects, rows outside the region) and validation's (rows
 * the model refuses), written to the file's reject file ({@code line,column,reason}) and counted per reason. A
 * validation reason is counted with its quoted values left out ({@code no Clinician with id '…'}), so that counts stay
 * few; the reject file has them whole.
 */
final class FileRejects {
    private static final Pattern QUOTED = Pattern.compile("'[^']*'");

    private FileRejects() {
    }

    /** The one pass that takes rejects and rows outside the region (the shape readers ignore them). */
    /** A node a file ended by key alone ({@link Emit#end}). */
    record Ending(NodeKind kind, String id, java.time.LocalDate validTo) {
    }

    static final class FirstPass implements Emit {
        private final Rejects rejects;
        /** The nodes to end after the file is written (a deactivation list: bounded by what the file ends). */
        final List<Ending> ends = new java.util.ArrayList<>();
        /** The line of the row being translated, or the one {@link #atLine} named. */
        long line;
        long rows;
        long outside;

        FirstPass(Rejects rejects) {
            this.rejects = rejects;
        }

        @Override
        public void node(NodeKind kind, String id, Map<String, Object> props) {
        }

        @Override
        public void relationship(RelKind type, NodeKind from, String start, NodeKind to, String end, Map<String, Object> props) {
        }

        @Override
        public void reject(String column, String reason) {
            rejects.add(line, column, reason, reason);
        }

        @Override
        public void outsideRegion() {
            outside++;
        }

        @Override
        public void end(NodeKind kind, String id, java.time.LocalDate validTo) {
            if (id == null || validTo == null) {
                reject(null, "a node to end needs its id and the day it ended");
            } else {
                ends.add(new Ending(kind, id, validTo));
            }
        }

        @Override
        public void atLine(long l) {
            line = l;
        }
    }

    /** A file's reject file (created with the first reject) and its counts per reason. */
    static final class Rejects implements AutoCloseable {
        private final Path path;
        private CsvWriter out;
        private final Map<String, Long> counts = new HashMap<>();
        long total;

        Rejects(Path path) throws IOException {
            this.path = path;
            Files.deleteIfExists(path); // a re-import's rejects replace the last ones
        }

        void add(long line, String column, String reason, String countedAs) {
            total++;
            counts.merge(countedAs, 1L, Long::sum);
            try {
                if (out == null) {
                    Files.createDirectories(path.toAbsolutePath().getParent());
                    out = CsvWriter.builder().bufferSize(1 << 16).build(path, StandardCharsets.UTF_8);
                    out.writeRecord("line", "column", "reason");
                }
                out.writeRecord(Long.toString(line), column == null ? "" : column, reason);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        List<PublishedReport.ReasonCount> counts() {
            return counts.entrySet().stream().map(e -> new PublishedReport.ReasonCount(e.getKey(), e.getValue()))
                    .sorted(Comparator.comparingLong(PublishedReport.ReasonCount::count).reversed()
                            .thenComparing(PublishedReport.ReasonCount::reason)).toList();
        }

        String path() {
            return out == null ? null : path.toString();
        }

        @Override
        public void close() throws IOException {
            if (out != null) {
                out.close();
            }
        }
    }

    /** Passes progress on, and puts validation's problems (rows the model refuses) among the file's rejects. */
    record Forwarding(ImportProgress to, Rejects rejects) implements ImportProgress {
        public void validating(String file, long rows) {
            to.validating(file, rows);
        }

        public void start(long totalRows) {
            to.start(totalRows);
        }

        public void advance(String file, long rows) {
            to.advance(file, rows);
        }

        public void finish() {
            to.finish();
        }

        public void problem(ImportProblem p) {
            String reason = p.reason();
            rejects.add(p.line(), p.column(), reason, QUOTED.matcher(reason).replaceAll("'…'"));
            to.problem(p);
        }
    }
}
