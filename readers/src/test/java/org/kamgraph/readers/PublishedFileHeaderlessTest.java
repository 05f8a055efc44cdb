package org.kamgraph.readers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files a publisher ships without a header row: read under the format's {@link SourceFormat#headerlessColumns}. */
class PublishedFileHeaderlessTest {
    @TempDir
    Path dir;

    /** A format whose files may come without a header: fields a, b. */
    static final SourceFormat HEADERLESS = new SourceFormat() {
        public String name() {
            return "toy-headerless";
        }

        public String description() {
            return "toy";
        }

        public String dictionary() {
            return "none";
        }

        public List<String> requiredColumns() {
            return List.of("a", "b");
        }

        public List<String> headerlessColumns() {
            return List.of("a", "b");
        }

        public int order() {
            return 0;
        }

        public boolean fullSnapshot() {
            return false;
        }

        public List<Shape> shapes() {
            return List.of();
        }

        public Translator translator(ReadContext context) {
            return (row, out) -> {
            };
        }
    };

    List<String> rows(Path file) {
        List<String> seen = new ArrayList<>();
        PublishedFile.of(file).rows(HEADERLESS, r -> seen.add(r.line() + ":" + r.get("a") + "/" + r.get("b")));
        return seen;
    }

    @Test
    void aFileWithoutHeaderIsReadFromLineOneUnderTheImpliedNames() throws IOException {
        Path file = Files.writeString(dir.resolve("pairs.txt"), "1 ,2\n3,4  \n");

        assertThat(PublishedFile.of(file).header(HEADERLESS)).containsExactly("a", "b");
        assertThat(rows(file)).containsExactly("1:1/2", "2:3/4");
    }

    @Test
    void aFileWithAHeaderIsReadByItsHeader() throws IOException {
        Path file = Files.writeString(dir.resolve("pairs.csv"), "b,a\n1,2\n");

        assertThat(PublishedFile.of(file).header(HEADERLESS)).containsExactly("b", "a");
        assertThat(rows(file)).containsExactly("2:2/1");
    }
}
