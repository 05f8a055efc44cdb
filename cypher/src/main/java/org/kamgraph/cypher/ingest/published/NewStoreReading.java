package org.kamgraph.cypher.ingest.published;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kamgraph.cypher.ingest.ImportProblem;
import org.kamgraph.cypher.ingest.ImportProgress;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.RelKind;
import org.kamgraph.readers.Emit;
import org.kamgraph.readers.PublishedFileException;
import org.kamgraph.readers.ReadContext;
import org.kamgraph.readers.Translator;

/**
 * The reading side of a run into a new store ({@link NewStorePublishedImport}): each file's state, its one read (in the
 * reading thread: rejects, the run's identities, the rows kept per shape), and the progress and problems that the
 * reading thread and validation report.
 */
final class NewStoreReading {
    private NewStoreReading() {
    }

    /** What a file's first read found. */
    static final class FileState {
        final PublishedImport.Planned planned;
        final LocalDate asOf;
        final FileRejects.Rejects rejects;
        final FileRejects.FirstPass first;
        final ReadContext context;
        final int index;
        long deferred;
        String problem;
        final Map<String, Long> written = new LinkedHashMap<>();
        long startedMillis;
        /** How long the file's one read took (validation and the store's build are the run's, shared by its files). */
        long millis;
        /** What the file's one read emitted, per shape: validation and the upserts read it, not the file again. */
        TranslatedRows translated;
        /** Not read: a file before it was refused. */
        boolean notRead;

        FileState(PublishedImport.Planned planned, LocalDate asOf, FileRejects.Rejects rejects, ReadContext context, int index) {
            this.planned = planned;
            this.asOf = asOf;
            this.rejects = rejects;
            this.first = new FileRejects.FirstPass(rejects);
            this.context = context;
            this.index = index;
        }
    }

    /** The file's one read for rejects, rows outside the region and ends; its node rows feed the run's identities. */
    static void firstPass(FileState s, RunIdentities ids, PublishedProgress progress) throws IOException {
        String name = s.planned.file().name();
        if (progress != null) {
            progress.reading(name, Files.size(s.planned.file().path()));
        }
        FileRejects.FirstPass first = s.first;
        Emit feeding = new Emit() {
            public void node(NodeKind kind, String id, Map<String, Object> props) {
                if (id == null || id.isBlank()) {
                    return;
                }
                if (ids.record(s.index, kind, id) < s.index) {
                    s.deferred++;
                }
                ids.feed(kind, id, props);
            }

            public void relationship(RelKind type, NodeKind from, String start, NodeKind to, String end, Map<String, Object> props) {
            }

            public void reject(String column, String reason) {
                first.reject(column, reason);
            }

            public void outsideRegion() {
                first.outsideRegion();
            }

            public void end(NodeKind kind, String id, LocalDate validTo) {
                first.end(kind, id, validTo);
            }

            public void atLine(long line) {
                first.atLine(line);
            }
        };
        Translator t = s.planned.format().translator(s.context);
        TranslatedRows translated = s.translated;
        int index = s.index;
        Emit out = translated.recording(feeding, (kind, id) -> ids.firstFile(kind, id) >= index);
        try {
            s.planned.file().rows(s.planned.format(), row -> {
                first.line = row.line();
                first.rows++;
                translated.row(row.line());
                t.row(row, out);
                if (first.rows % 10_000 == 0) {
                    if (progress != null) {
                        progress.read(name, first.rows);
                    }
                    if (Thread.currentThread().isInterrupted()) {
                        throw new IllegalStateException("the read of " + name + " was stopped: validation failed");
                    }
                }
            });
            first.line++;
            translated.finishing();
            t.finish(out);
            translated.complete();
        } catch (PublishedFileException e) {
            s.problem = e.getMessage();
            translated.abandon(); // a reader of its rows stops
        }
        if (progress != null) {
            progress.fileDone(name);
        }
    }

    /** Progress reported from the reading thread and from validation: one at a time. */
    record SynchronizedProgress(ImportProgress to) implements PublishedProgress {
        public synchronized void reading(String file, long bytes) {
            if (to instanceof PublishedProgress p) {
                p.reading(file, bytes);
            }
        }

        public synchronized void read(String file, long rows) {
            if (to instanceof PublishedProgress p) {
                p.read(file, rows);
            }
        }

        public synchronized void fileDone(String file) {
            if (to instanceof PublishedProgress p) {
                p.fileDone(file);
            }
        }

        public synchronized void validating(String file, long rows) {
            to.validating(file, rows);
        }

        public synchronized void start(long totalRows) {
            to.start(totalRows);
        }

        public synchronized void advance(String file, long rows) {
            to.advance(file, rows);
        }

        public synchronized void finish() {
            to.finish();
        }

        public synchronized void problem(ImportProblem p) {
            to.problem(p);
        }
    }

    /** Validation's problems into the reject file of the file whose reader found them. */
    record Routing(ImportProgress to, Map<String, FileState> files) implements ImportProgress {
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
            FileState s = files.get(p.file());
            if (s != null) {
                new FileRejects.Forwarding(ImportProgress.NONE, s.rejects).problem(p);
            }
            to.problem(p);
        }
    }
}
