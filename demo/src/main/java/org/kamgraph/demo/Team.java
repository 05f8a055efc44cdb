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

/** Our own field team: KAMs, MSLs, nurse navigators, market-access managers and reps per region and territory. */
final class Team extends MarketPart {
    private final Set<String> emails = new HashSet<>();
    private final Set<String> names = new HashSet<>();

    Team(Market m) {
        super(m);
    }

    void buildTeam() {
        for (Region r : regions) {
            Rng rng = Rng.of(seed, 40, r.index);
            int n = Math.max(5, (int) Math.round(40 * r.s));
            int[] counts = new int[TEAM_ROLES.length];
            counts[KAM] = Math.max(1, (int) Math.round(n * 0.2));
            counts[MSL] = Math.max(1, (int) Math.round(n * 0.15));
            counts[NURSE_NAVIGATOR] = Math.max(1, (int) Math.round(n * 0.1));
            counts[MARKET_ACCESS] = Math.max(1, (int) Math.round(n * 0.15));
            counts[REP] = Math.max(1, n - counts[KAM] - counts[MSL] - counts[NURSE_NAVIGATOR] - counts[MARKET_ACCESS]);
            r.teamStart = team.size();
            int lead = -1;
            for (int role = 0; role < TEAM_ROLES.length; role++) {
                for (int i = 0; i < counts[role]; i++) {
                    TeamMember t = new TeamMember();
                    t.seq = team.size();
                    t.region = r.index;
                    t.role = role;
                    t.territory = (i + r.index) % r.territories.length;
                    String first;
                    String last;
                    do { // our own people have distinct names
                        first = rng.pick(Names.FIRST);
                        last = rng.pick(Names.LAST);
                    } while (!names.add(first + " " + last));
                    t.name = first + " " + last;
                    String base = (first + "." + last).toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z.]", "");
                    String email = base + "@kam-pharma.example";
                    for (int k = 2; !emails.add(email); k++) {
                        email = base + k + "@kam-pharma.example";
                    }
                    t.email = email;
                    t.hired = Math.max(tl.of(2012, 1, 1), hireDate(rng, 4));
                    if (lead < 0) {
                        lead = t.seq;
                    } else {
                        t.boss = lead;
                    }
                    team.add(t);
                }
            }
            r.teamEnd = team.size();
        }
    }
}
