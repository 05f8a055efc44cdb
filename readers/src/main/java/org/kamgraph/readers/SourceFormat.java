package org.kamgraph.readers;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One published file format (the NPPES NPI registry file, Medicare Part D prescribers, a Veeva account export, ...):
 * what its files hold, by header name as the publisher names the columns, and how one of its rows becomes rows of the
 * model. Columns are found by name, never by position, so a publisher adding columns breaks nothing; a file missing
 * a {@link #requiredColumns() required column} is refused before anything is written.
 *
 * <p>A format is stateless; {@link #translator} makes the per-read state (aggregations, counts). The importer reads a
 * file once per {@link #shapes() shape} it holds (nodes of one kind, or relationships of one type between two kinds),
 * so a translator must emit the same rows, in the same order, every time it reads the same file with the same
 * {@link ReadContext}.
 */
public interface SourceFormat {

    /** The name users give with {@code --format=NAME}, lower case with dashes, e.g. {@code nppes}. */
    String name();

    /** One sentence: what the publisher's file is and what it becomes in the graph. */
    String description();

    /** The publisher's data dictionary (title, version or date) the column names were checked against. */
    String dictionary();

    /** Columns a file must have, as the publisher spells them (matched ignoring case and surrounding blanks). */
    List<String> requiredColumns();

    /** Whether a file with these columns is this format's; {@code --format=auto} picks the format that recognizes it. */
    default boolean recognizes(Set<String> columns) {
        Set<String> lower = columns.stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        return requiredColumns().stream().allMatch(c -> lower.contains(c.toLowerCase(Locale.ROOT)));
    }

    /**
     * Where files of this format go in an import of several formats: lower first. Sources that define identities
     * (hospitals by CCN, the NPI registry, CRM accounts) come before those that refer to them (claims, payments,
     * referrals, formularies). See {@link Order}.
     */
    int order();

    /**
     * Whether one file is the publisher's whole data set (e.g. the NPPES monthly full file): after importing it, what
     * this source said before and the file no longer holds is ended ({@code validTo}), never deleted. False for
     * increments (the NPPES weekly file) and for formats whose rows are dated periods (a Part D data year).
     */
    boolean fullSnapshot();

    /** The field separator: a comma for most publishers, '|' for the Part D formulary files, tab for some. */
    default char delimiter() {
        return ',';
    }

    /** The character set the publisher writes; bytes that are not of it refuse the file, naming the line. */
    default java.nio.charset.Charset charset() {
        return java.nio.charset.StandardCharsets.UTF_8;
    }

    /**
     * For a publisher that ships its files without a header row (the CMS shared-patient files): the names this format
     * gives their fields, in order. A file whose first row names none of these columns is read from line 1 as data
     * under these names; a file with a header row (a user may add one) is read by its header as usual. Empty, the
     * default: every file starts with a header row.
     */
    default List<String> headerlessColumns() {
        return List.of();
    }

    /** In a zip archive, the name of the data file (a regular expression); other entries are ignored. */
    default String zipEntry() {
        return ".*\\.(csv|txt)";
    }

    /**
     * The day a file's data is as of, when its name says (the NPPES file's end date, a Part D data year's last day);
     * empty when the name does not, and the import's {@code --as-of} (or today) applies.
     */
    default java.util.Optional<java.time.LocalDate> dateFromName(String fileName) {
        return java.util.Optional.empty();
    }

    /**
     * Whether a file of this name may be this format's, when the name says (the NPPES full file and its weekly update
     * share one header: the name tells them apart). {@code --format=auto} asks this besides {@link #recognizes}; true
     * when the name says nothing either way.
     */
    default boolean recognizesName(String fileName) {
        return true;
    }

    /** Every shape this format may emit, nodes first. */
    List<Shape> shapes();

    /** A fresh translator for one read of one file. */
    Translator translator(ReadContext context);

    /** Conventional orders: identity sources first. */
    final class Order {
        public static final int HEALTH_SYSTEMS = 10;
        public static final int HOSPITALS = 20;
        public static final int PROVIDERS = 30;
        public static final int CRM_ACCOUNTS = 40;
        public static final int CRM_RELATIONS = 50;
        public static final int PLANS = 60;
        public static final int EVIDENCE = 70;

        private Order() {
        }
    }
}
