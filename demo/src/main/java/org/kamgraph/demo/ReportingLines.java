package org.kamgraph.demo;

import static org.kamgraph.demo.Dates.NONE;
import static org.kamgraph.demo.Market.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kamgraph.demo.Market.Decision;
import org.kamgraph.demo.Market.Initiative;
import org.kamgraph.demo.Market.Milestone;
import org.kamgraph.demo.Market.Product;
import org.kamgraph.demo.Market.Region;
import org.kamgraph.demo.Market.TeamMember;
import org.kamgraph.model.NodeKind;

/**
 * Reporting lines: each person's direct reports (for the edge writer) and when each began reporting to their
 * manager, with an earlier, more senior manager for some. Every line points up the tree of managers.
 */
final class ReportingLines extends MarketPart {
    ReportingLines(Market m) {
        super(m);
    }

    void buildChildren() {
        int n = people.n;
        m.childStart = new int[n + 1];
        for (int p = 0; p < n; p++) {
            if (people.boss[p] >= 0) {
                m.childStart[people.boss[p] + 1]++;
            }
        }
        for (int p = 0; p < n; p++) {
            m.childStart[p + 1] += m.childStart[p];
        }
        m.children = new int[m.childStart[n]];
        int[] fill = java.util.Arrays.copyOf(m.childStart, n);
        for (int p = 0; p < n; p++) {
            if (people.boss[p] >= 0) {
                m.children[fill[people.boss[p]]++] = p;
            }
        }
    }

    /**
     * When each person began reporting to their manager, and for some an earlier manager: always more senior than
     * the current one (the manager's own manager), so that every reporting line, past or
     * present, points to someone higher in the tree and no chain of REPORTS_TO ever comes back to where it began.
     * A stream of its own, so that the rest of the market does not change with it.
     */
    void planReportingLines() {
        Rng rng = new Rng(0);
        for (int p = 0; p < people.n; p++) {
            int boss = people.boss[p];
            if (boss < 0) {
                continue;
            }
            rng.reset(seed, 23, p);
            int hired = people.hired[p];
            int since = Math.max(hired, people.hired[boss]);
            int grand = people.boss[boss];
            if (grand >= 0 && rng.chance(0.06) && since + 60 < today - 30) {
                int former = grand; // before a reorganisation, p reported to the manager's manager
                int formerSince = Math.max(hired, people.hired[former]);
                int switched = Math.max(since, formerSince) + 60;
                if (switched < today - 30) {
                    people.formerBoss[p] = former;
                    people.formerSince[p] = formerSince;
                    since = rng.between(switched, today - 30);
                }
            }
            people.bossSince[p] = since;
        }
    }
}
