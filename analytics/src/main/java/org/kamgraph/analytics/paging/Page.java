package org.kamgraph.analytics.paging;

import java.util.List;
import java.util.function.Function;

/** A window of a list: {@code size} rows from {@code offset} (both already checked, see {@link Cursors}). */
public record Page(long offset, int size) {

    /** The page the arguments {@code first} and {@code after} ask for. */
    public static Page of(Integer first, String after) {
        return new Page(Cursors.after(after, "after"), Cursors.pageSize(first, "first"));
    }

    /**
     * The positions in a list of {@code total} rows that this page shows, in order (fewer at the end, none past it);
     * the row at position i has the cursor {@code Cursors.cursor(i)}.
     */
    public List<Integer> positions(int total) {
        int from = (int) Math.min(total, offset);
        int to = (int) Math.min(total, offset + size);
        return java.util.stream.IntStream.range(from, to).boxed().toList();
    }

    /** Where this page sits in a list of {@code total} rows, given the rows it shows and each row's cursor. */
    public <T> PageInfo info(int total, List<T> rows, Function<T, String> cursor) {
        return new PageInfo(offset + size < total, offset > 0, rows.isEmpty() ? null : cursor.apply(rows.getFirst()),
                rows.isEmpty() ? null : cursor.apply(rows.getLast()));
    }
}
