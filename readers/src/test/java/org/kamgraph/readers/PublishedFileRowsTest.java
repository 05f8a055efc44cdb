package org.kamgraph.readers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link PublishedFile#rows}: a row's fields are made into Strings only when asked for, from one buffer the next row
 * overwrites; what a translator sees is what it saw when every field was a String of its own.
 */
class PublishedFileRowsTest {
    @TempDir
    Path dir;

    /** A format with a header row (columns a, b, c required) and a semicolon-free, comma-delimited UTF-8 file. */
    static final SourceFormat TOY = new SourceFormat() {
        public String name() {
            return "toy";
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

    Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    /** What {@code seen} makes of each row, in order. */
    static List<String> rows(Path file, Function<SourceRow, String> seen) {
        List<String> all = new ArrayList<>();
        PublishedFile.of(file).rows(TOY, r -> all.add(seen.apply(r)));
        return all;
    }

    static String abc(SourceRow r) {
        return r.line() + ":" + r.get("a") + "/" + r.get("b") + "/" + r.get("c");
    }

    @Test
    void aFieldAskedTwiceIsTheSameValue() throws IOException {
        Path f = file("t.csv", "a,b\nx,y\n");

        assertThat(rows(f, r -> r.get("a") + r.get("a") + r.get("b") + r.get("a"))).containsExactly("xxyx");
    }

    @Test
    void valuesAreStrippedOfSurroundingBlanks() throws IOException {
        Path f = file("t.csv", "a,b,c\n  x y ,\"\t z \", \u2003w\u3000\n");

        assertThat(rows(f, PublishedFileRowsTest::abc)).containsExactly("2:x y/z/w");
    }

    @Test
    void anEmptyOrBlankFieldIsNull() throws IOException {
        Path f = file("t.csv", "a,b,c\n,\"\",   \n\"\",\"  \",\"x\"\n");

        assertThat(rows(f, PublishedFileRowsTest::abc)).containsExactly("2:null/null/null", "3:null/null/x");
    }

    @Test
    void aRowShorterThanTheHeaderHasNoValueForTheMissingColumns() throws IOException {
        Path f = file("t.csv", "a,b,c\n1\n1,2\n1,2,3\n");

        assertThat(rows(f, PublishedFileRowsTest::abc)).containsExactly("2:1/null/null", "3:1/2/null", "4:1/2/3");
    }

    @Test
    void aRowLongerThanTheHeaderKeepsItsKnownFields() throws IOException {
        Path f = file("t.csv", "a,b,c\n1,2,3,4,5\n6,7,8\n");

        assertThat(rows(f, PublishedFileRowsTest::abc)).containsExactly("2:1/2/3", "3:6/7/8");
    }

    @Test
    void aQuotedFieldKeepsAnEmbeddedQuoteDelimiterAndNewline() throws IOException {
        Path f = file("t.csv", "a,b,c\n\"say \"\"hi\"\", then\nleave\",\"x,y\",\"\"\"\"\n");

        assertThat(rows(f, PublishedFileRowsTest::abc)).containsExactly("2:say \"hi\", then\nleave/x,y/\"");
    }

    @Test
    void lineNumbersCountTheLinesOfAMultiLineField() throws IOException {
        Path f = file("t.csv", "a,b\n1,\"one\ntwo\nthree\"\n2,x\r\n3,\"a\r\nb\"\r\n4,y\n");

        assertThat(rows(f, r -> r.line() + ":" + r.get("a"))).containsExactly("2:1", "5:2", "6:3", "8:4");
    }

    @Test
    void emptyLinesAreSkippedAndStillCounted() throws IOException {
        Path f = file("t.csv", "a,b\n\n1,2\n\n\n3,4\n");

        assertThat(rows(f, r -> r.line() + ":" + r.get("a"))).containsExactly("3:1", "6:3");
    }

    @Test
    void columnsAreFoundByNameIgnoringCaseAndBlanks() throws IOException {
        Path f = file("t.csv", " Alpha ,BETA\n1,2\n");

        assertThat(rows(f, r -> r.get("alpha") + r.get("Alpha") + r.get("beta") + r.has("ALPHA") + r.has("gamma")
                + r.get("gamma"))).containsExactly("112truefalsenull");
        assertThat(PublishedFile.of(f).header(TOY)).containsExactly("Alpha", "BETA");
    }

    @Test
    void aRowDoesNotKeepTheValuesOfTheRowBefore() throws IOException {
        Path f = file("t.csv", "a,b,c\nlong value one,second long value,third\nx\n,y\n");

        assertThat(rows(f, PublishedFileRowsTest::abc)).containsExactly("2:long value one/second long value/third",
                "3:x/null/null", "4:null/y/null");
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstColumnsName() throws IOException {
        Path f = file("t.csv", "\uFEFF\"a\",b\n1,2\n");

        assertThat(PublishedFile.of(f).header(TOY)).containsExactly("a", "b");
        assertThat(rows(f, r -> r.get("a") + r.get("b"))).containsExactly("12");
    }

    @Test
    void aGzippedFileIsReadAsThePlainOne() throws IOException {
        Path f = dir.resolve("t.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
            out.write("a,b\n1,\"2\"\n3,4\n".getBytes(StandardCharsets.UTF_8));
        }

        assertThat(rows(f, r -> r.line() + ":" + r.get("a") + r.get("b"))).containsExactly("2:12", "3:34");
    }

    @Test
    void manyRowsWithManyFieldsAreReadWhole() throws IOException {
        StringBuilder text = new StringBuilder("a,b,c");
        for (int i = 0; i < 400; i++) {
            text.append(",x").append(i);
        }
        text.append('\n');
        for (int row = 0; row < 2_000; row++) {
            text.append('"').append(row).append("\",\"").append("v".repeat(row % 50)).append("\",");
            text.append("\"\",".repeat(400)).append("end").append(row).append('\n');
        }
        Path f = file("t.csv", text.toString());

        List<String> seen = rows(f, r -> r.get("a") + "/" + r.get("b") + "/" + r.get("c") + "/" + r.get("x399"));
        assertThat(seen).hasSize(2_000);
        assertThat(seen.get(0)).isEqualTo("0/null/null/end0");
        assertThat(seen.get(1_999)).isEqualTo("1999/" + "v".repeat(1_999 % 50) + "/null/end1999");
    }

    @Test
    void aFieldLongerThanTheLimitFailsWithItsLine() throws IOException {
        Path f = file("t.csv", "a,b\n1,2\n3,\"" + "x".repeat(PublishedFile.MAX_FIELD_CHARS + 1) + "\"\n");

        assertThatThrownBy(() -> rows(f, PublishedFileRowsTest::abc)).isInstanceOf(PublishedFileException.class)
                .hasMessage("t.csv:3: a field is longer than 65536 characters, or a quote (\") is not closed");
    }

    @Test
    void aQuoteThatNeverClosesFails() throws IOException {
        Path f = file("t.csv", "a,b\n1,\"2\n" + "x,y\n".repeat(40_000));

        assertThatThrownBy(() -> rows(f, PublishedFileRowsTest::abc)).isInstanceOf(PublishedFileException.class)
                .hasMessage("t.csv:2: a field is longer than 65536 characters, or a quote (\") is not closed");
    }

    @Test
    void bytesThatAreNotUtf8FailNamingTheFile() throws IOException {
        Path f = dir.resolve("t.csv");
        Files.write(f, new byte[] {'a', ',', 'b', '\n', '1', ',', (byte) 0xC3, (byte) 0x28, '\n'});

        assertThatThrownBy(() -> rows(f, PublishedFileRowsTest::abc)).isInstanceOf(PublishedFileException.class)
                .hasMessageStartingWith("t.csv:").hasMessageEndingWith("the file is not valid text in its character set near this line");
    }

    @Test
    void anEmptyFileHasNoHeader() throws IOException {
        Path f = file("t.csv", "");

        assertThatThrownBy(() -> rows(f, PublishedFileRowsTest::abc)).isInstanceOf(PublishedFileException.class)
                .hasMessage("t.csv:1: the file is empty; it needs a header row");
        assertThatThrownBy(() -> PublishedFile.of(f).header(TOY)).isInstanceOf(PublishedFileException.class)
                .hasMessage("t.csv:1: the file is empty; it needs a header row");
    }

    @Test
    void blankIsWhatStringStripRemoves() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            assertThat(RecordBuffer.blank(c)).as("U+%04X", (int) c).isEqualTo(Character.isWhitespace(c));
        }
    }
}
