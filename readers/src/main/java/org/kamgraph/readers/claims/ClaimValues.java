package org.kamgraph.readers.claims;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kamgraph.model.Npi;
import org.kamgraph.readers.ReadContext;

/**
 * Values as the CMS claims and payments files publish them (Part D prescribers, Open Payments, shared patients): NPIs,
 * amounts in US dollars, counts, dates {@code MM/DD/YYYY}, and the year a file's name dates it by. Each parser returns
 * null for a value it cannot read, so that the translator rejects the row naming the column.
 */
public final class ClaimValues {
    /** The reason of a row whose NPI is not ten digits with a valid check digit. */
    public static final String BAD_NPI = "not a valid NPI (10 digits with a valid check digit)";

    private static final Pattern NUMBER = Pattern.compile("(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");
    private static final Pattern COUNT = Pattern.compile("(\\d{1,3}(,\\d{3})+|\\d+)(\\.0+)?");
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private ClaimValues() {
    }

    /** Whether the value is a valid NPI (ten digits, Luhn check digit over 80840 and the first nine). */
    public static boolean validNpi(String npi) {
        return Npi.isValid(npi);
    }

    /**
     * A non-negative amount as published ({@code 1850000.00}, also with thousands separators {@code 1,850,000.00});
     * null when the value is not one.
     */
    public static Double amount(String value) {
        if (value == null || !NUMBER.matcher(value).matches()) {
            return null;
        }
        double d = Double.parseDouble(value.replace(",", ""));
        return Double.isFinite(d) ? d : null;
    }

    /** A non-negative whole count as published ({@code 120}, {@code 1,234}, {@code 120.0}); null when not one. */
    public static Long count(String value) {
        if (value == null || !COUNT.matcher(value).matches()) {
            return null;
        }
        String digits = value.replace(",", "");
        int dot = digits.indexOf('.');
        try {
            return Long.parseLong(dot < 0 ? digits : digits.substring(0, dot));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A date as CMS publishes it, {@code MM/DD/YYYY} (strictly: 02/30/2024 is not a date); null when not one. */
    public static LocalDate usDate(String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value, US_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The first group of {@code pattern} in a file's name, as a year (two digits are 20YY). */
    public static OptionalInt yearInName(String fileName, Pattern pattern) {
        if (fileName == null) {
            return OptionalInt.empty();
        }
        Matcher m = pattern.matcher(fileName);
        if (!m.find()) {
            return OptionalInt.empty();
        }
        String y = m.group(1);
        return OptionalInt.of(y.length() == 2 ? 2000 + Integer.parseInt(y) : Integer.parseInt(y));
    }

    /** The last day of the year a file's name gives, if it gives one. */
    public static Optional<LocalDate> yearEnd(String fileName, Pattern pattern) {
        OptionalInt y = yearInName(fileName, pattern);
        return y.isPresent() ? Optional.of(LocalDate.of(y.getAsInt(), 12, 31)) : Optional.empty();
    }

    /**
     * The calendar year a file's rows are about: the year in its name when it has one, else the year of the import's
     * as-of date (give {@code --as-of=YYYY-12-31} for a renamed file).
     */
    public static int dataYear(ReadContext context, Pattern pattern) {
        OptionalInt y = yearInName(context.fileName(), pattern);
        return y.isPresent() ? y.getAsInt() : context.asOf().getYear();
    }
}
