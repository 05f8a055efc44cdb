package org.kamgraph.analytics.influence;

import java.util.ArrayList;
import java.util.List;
import org.kamgraph.analytics.paging.Cursors;
import org.kamgraph.analytics.paging.Page;
import org.kamgraph.cypher.projection.Projection;
import org.kamgraph.model.NodeKind;

/** The scores of a centrality over every projected node, as a page of ranked rows (highest first, or lowest). */
public final class CentralityRows {
    private CentralityRows() {
    }

    /** A scored node: {@code rank} 1 for the highest score whichever the order, ties sharing it ({@link Ranks}). */
    public record Row(String id, NodeKind kind, String name, double score, int rank, String cursor) {
    }

    /** The rows of {@code page} in the order asked for: highest score first, or lowest first when {@code ascending}. */
    public static List<Row> page(Projection p, double[] scores, Page page, boolean ascending) {
        int n = p.vertexCount();
        Ranks ranks = Ranks.all(p, scores);
        List<Row> rows = new ArrayList<>();
        for (int i : page.positions(n)) {
            int v = ranks.order()[ascending ? n - 1 - i : i];
            rows.add(new Row(p.id(v), p.kind(v), p.name(v), scores[v], ranks.rank()[v], Cursors.cursor(i)));
        }
        return rows;
    }
}
