package org.kamgraph.readers.nppes;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an NPPES file's name says. The data file is {@code npidata_pfile_YYYYMMDD-YYYYMMDD.csv}: the monthly full
 * file's range starts on 20050523 (the day NPPES began enumerating), a weekly update file's on the week's Monday. The
 * downloads are zipped as {@code NPPES_Data_Dissemination_<Month>_<Year>[_V2].zip} (full) and
 * {@code NPPES_Data_Dissemination_MMDDYY_MMDDYY_Weekly[_V2].zip} (weekly).
 */
record NppesFileName(Kind kind, LocalDate end) {
    enum Kind { FULL, WEEKLY, UNKNOWN }

    /** The first day of every full file's range. */
    static final String FULL_START = "20050523";

    private static final Pattern DATA_FILE = Pattern.compile("(\\d{8})-(\\d{8})");
    private static final Pattern WEEKLY_ZIP = Pattern.compile("_(\\d{6})_(\\d{6})_weekly", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTHLY_ZIP = Pattern.compile("nppes_data_dissemination_(january|february|march|april|may|june"
            + "|july|august|september|october|november|december)_(\\d{4})", Pattern.CASE_INSENSITIVE);

    static NppesFileName of(String fileName) {
        String name = fileName == null ? "" : fileName;
        Matcher m = DATA_FILE.matcher(name);
        if (m.find()) {
            LocalDate end = date(m.group(2).substring(0, 4), m.group(2).substring(4, 6), m.group(2).substring(6, 8));
            if (end != null && date(m.group(1).substring(0, 4), m.group(1).substring(4, 6), m.group(1).substring(6, 8)) != null) {
                return new NppesFileName(m.group(1).equals(FULL_START) ? Kind.FULL : Kind.WEEKLY, end);
            }
        }
        m = WEEKLY_ZIP.matcher(name);
        if (m.find()) {
            String e = m.group(2);
            return new NppesFileName(Kind.WEEKLY, date("20" + e.substring(4, 6), e.substring(0, 2), e.substring(2, 4)));
        }
        if (MONTHLY_ZIP.matcher(name).find()) {
            return new NppesFileName(Kind.FULL, null);
        }
        return new NppesFileName(Kind.UNKNOWN, null);
    }

    Optional<LocalDate> date() {
        return Optional.ofNullable(end);
    }

    private static LocalDate date(String y, String m, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
