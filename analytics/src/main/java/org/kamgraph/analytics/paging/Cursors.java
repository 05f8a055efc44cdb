package org.kamgraph.analytics.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.kamgraph.cypher.BadInputException;

/**
 * The paging arguments of every list answer: {@code first} (a page size) and {@code after} (an opaque cursor). A
 * cursor is the position of a row in its list, base64url of {@code o:<offset>}, so the next page starts just after it;
 * a bad value fails with BAD_REQUEST naming its argument.
 */
public final class Cursors {
    /** The largest page a client may ask for. */
    public static final int MAX_PAGE = 1_000;
    /** The page size when {@code first} is not given. */
    public static final int DEFAULT_PAGE = 20;

    private Cursors() {
    }

    /** The page size {@code first} asks for (20 when absent), between 1 and {@link #MAX_PAGE}. */
    public static int pageSize(Integer first, String argument) {
        int f = first == null ? DEFAULT_PAGE : first;
        if (f < 1 || f > MAX_PAGE) {
            throw new BadInputException(argument, "must be between 1 and " + MAX_PAGE + ", was " + f);
        }
        return f;
    }

    /** The cursor of the row at {@code offset}. */
    public static String cursor(long offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("o:" + offset).getBytes(StandardCharsets.UTF_8));
    }

    /** The offset just after a cursor, or 0 without one. */
    public static long after(String cursor, String argument) {
        if (cursor == null || cursor.isEmpty()) {
            return 0;
        }
        try {
            String s = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (s.startsWith("o:")) {
                long o = Long.parseLong(s.substring(2));
                if (o >= 0 && o < Integer.MAX_VALUE) {
                    return o + 1;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the error below
        }
        throw new BadInputException(argument, "is not a cursor returned by this API");
    }
}
