package org.kamgraph.demo;

import java.time.LocalDate;

/**
 * The generation date ("today") and the calendar the market is laid out in. The market was designed as of
 * {@link DemoMarketSpec#REFERENCE_DATE}: the years written in the generator (launch years, "contracts since 2018")
 * are reference years, moved here by whole years to the generation year, while everything relative to today (open
 * decisions, last contacts) uses today itself. The same date always gives the same dates.
 */
final class Timeline {
    private static final int REFERENCE_YEAR = DemoMarketSpec.REFERENCE_DATE.getYear();

    /** Today as an epoch day. */
    final int today;
    /** Years from the reference year to today's year. */
    private final int shift;

    Timeline(LocalDate today) {
        this.today = (int) today.toEpochDay();
        this.shift = today.getYear() - REFERENCE_YEAR;
    }

    /** A day of a reference year (e.g. 2018), moved to the generation's calendar. */
    int of(int referenceYear, int month, int day) {
        return Dates.of(referenceYear + shift, month, day);
    }

    /** January 1st of a reference year, moved to the generation's calendar. */
    int yearStart(int referenceYear) {
        return Dates.yearStart(referenceYear + shift);
    }

    /** A reference year in the generation's calendar. */
    int year(int referenceYear) {
        return referenceYear + shift;
    }

    /** The reference year of a day (the inverse of {@link #year(int)} on the day's calendar year). */
    int referenceYear(int day) {
        return Dates.year(day) - shift;
    }

    /** The earliest date most relationships start from: January 1st of the reference year 2018. */
    int early() {
        return yearStart(2018);
    }
}
