package org.kamgraph.analytics.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamgraph.cypher.BadInputException;

class PagingTest {

    @Test
    void aCursorIsTheRowsPositionAndTheNextPageStartsAfterIt() {
        assertThat(Cursors.cursor(0)).isEqualTo("bzow");      // base64url("o:0")
        assertThat(Cursors.cursor(41)).isEqualTo("bzo0MQ");   // base64url("o:41"), no padding
        assertThat(Cursors.after("bzo0MQ", "after")).isEqualTo(42);
        assertThat(Cursors.after(null, "after")).isZero();
        assertThat(Cursors.after("", "after")).isZero();
        assertThatThrownBy(() -> Cursors.after("bm9wZQ", "after")).isInstanceOf(BadInputException.class) // "nope"
                .hasMessageContaining("after").hasMessageContaining("not a cursor");
        assertThatThrownBy(() -> Cursors.after("***", "after")).isInstanceOf(BadInputException.class);
    }

    @Test
    void pageSizeBetweenOneAndTheMaximum() {
        assertThat(Cursors.pageSize(null, "first")).isEqualTo(20);
        assertThat(Cursors.pageSize(1000, "first")).isEqualTo(1000);
        assertThatThrownBy(() -> Cursors.pageSize(0, "first")).isInstanceOf(BadInputException.class).hasMessageContaining("was 0");
        assertThatThrownBy(() -> Cursors.pageSize(1001, "first")).isInstanceOf(BadInputException.class);
    }

    @Test
    void aPageShowsItsWindowAndSaysWhereItSits() {
        // 20 rows, 5 a page after the cursor of row 17: rows 18 and 19, none after, some before.
        Page last = Page.of(5, Cursors.cursor(17));
        assertThat(last).isEqualTo(new Page(18, 5));
        assertThat(last.positions(20)).containsExactly(18, 19);
        List<String> rows = last.positions(20).stream().map(Cursors::cursor).toList();
        assertThat(last.info(20, rows, r -> r)).isEqualTo(new PageInfo(false, true, Cursors.cursor(18), Cursors.cursor(19)));
        Page first = new Page(0, 5);
        assertThat(first.info(20, List.of("x"), r -> r)).isEqualTo(new PageInfo(true, false, "x", "x"));
        assertThat(new Page(25, 5).positions(20)).isEmpty();
        assertThat(new Page(25, 5).info(20, List.<String>of(), r -> r)).isEqualTo(new PageInfo(false, true, null, null));
    }
}
