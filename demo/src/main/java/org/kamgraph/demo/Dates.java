package org.kamgraph.demo;

import java.time.LocalDate;

/** Days as epoch-day ints and cached ISO formatting. */
final class Dates {
    private Dates() {
    }

    /** No date: the property is absent (open-ended validity). */
    static final int NONE = Integer.MIN_VALUE;
    private static final int BASE = of(1990, 1, 1);
    private static final int LAST = of(2060, 12, 31);
    private static final String[] CACHE = new String[LAST - BASE + 1];

    static int of(int year, int month, int day) {
        return (int) LocalDate.of(year, month, Math.min(day, java.time.YearMonth.of(year, month).lengthOfMonth())).toEpochDay();
    }

    static int yearStart(int year) {
        return of(year, 1, 1);
    }

    static int year(int day) {
        return LocalDate.ofEpochDay(day).getYear();
    }

    /** ISO YYYY-MM-DD, or null for {@link #NONE}. */
    static String format(int day) {
        if (day == NONE) {
            return null;
        }
        if (day < BASE || day > LAST) {
            return LocalDate.ofEpochDay(day).toString();
        }
        String s = CACHE[day - BASE];
        if (s == null) {
            s = LocalDate.ofEpochDay(day).toString();
            CACHE[day - BASE] = s;
        }
        return s;
    }

    /** A compact code for dedup keys: 0 for {@link #NONE}, otherwise 1 + days since 1990 (fits 20 bits). */
    static long code(int day) {
        return day == NONE ? 0 : 1L + (day - BASE);
    }

    static int clamp(int day, int lo, int hi) {
        return Math.max(lo, Math.min(hi, day));
    }
}
