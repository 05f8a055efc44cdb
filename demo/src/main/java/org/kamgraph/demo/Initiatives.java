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

/** Strategic initiatives agreed with accounts, and their milestones. */
final class Initiatives extends MarketPart {
    private final Set<String> names = new HashSet<>();

    /** {@code base}, or a follow-up or extension of it if another initiative has that name. */
    private String name(String base, Product p) {
        for (String n : new String[] {base, "Follow-up " + lower(base), "Extension of " + lower(base),
            base + " (" + p.generic() + ")", "Follow-up " + lower(base) + " (" + p.generic() + ")"}) {
            if (names.add(n)) {
                return n;
            }
        }
        throw new IllegalStateException("no distinct name left for " + base);
    }

    private static String lower(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    Initiatives(Market m) {
        super(m);
    }

    void buildInitiatives(Region r) {
        Rng rng = Rng.of(seed, 60, r.index);
        int n = Math.max(2, (int) Math.round(40 * r.s));
        List<Org> bigHospitals = r.hospitals.stream().filter(h -> h.size >= 150).toList();
        List<Product> ours = products.stream().filter(Product::ours).toList();
        String[] types = {"outcomes_study", "adherence_programme", "pathway_redesign", "other"};
        String[] labels = {"Outcomes study", "Adherence programme", "Pathway redesign", "Joint initiative"};
        for (int i = 0; i < n; i++) {
            Initiative in = new Initiative();
            in.seq = initiatives.size();
            in.region = r.index;
            in.account = bigHospitals.isEmpty() || rng.chance(0.6) ? r.idns.get(rng.nextInt(r.idns.size()))
                    : bigHospitals.get(rng.nextInt(bigHospitals.size()));
            int t = rng.weighted(new double[] {35, 35, 25, 5});
            in.type = types[t];
            Product p = rng.pick(ours);
            in.products.add(p.seq());
            if (rng.chance(0.2)) {
                Product q = rng.pick(ours);
                if (q != p) {
                    in.products.add(q.seq());
                }
            }
            in.start = Math.max(p.launch(), tl.of(2022, 6, 1) + rng.nextInt(tl.of(2027, 3, 1) - tl.of(2022, 6, 1)));
            in.end = in.start + rng.between(180, 900);
            in.agreed = in.start - rng.between(30, 120);
            if (in.start > today) {
                in.status = "planned";
            } else if (in.end < today) {
                in.status = rng.chance(0.85) ? "completed" : "stopped";
            } else {
                in.status = rng.chance(0.9) ? "active" : "stopped";
            }
            in.name = name(labels[t] + ": " + p.brand() + " with " + in.account.name, p);
            List<TeamMember> kams = teamOf(r, KAM, in.account.territory);
            if (kams.isEmpty()) {
                kams = teamOf(r, KAM, -1);
            }
            in.owners.add(rng.pick(kams).seq);
            if (in.type.equals("outcomes_study") && rng.chance(0.6)) {
                in.owners.add(rng.pick(teamOf(r, MSL, -1)).seq);
            }
            if (in.type.equals("adherence_programme") && rng.chance(0.5)) {
                in.owners.add(rng.pick(teamOf(r, NURSE_NAVIGATOR, -1)).seq);
            }
            Org a = in.account;
            Set<Integer> engaged = new HashSet<>();
            for (int x : new int[] {a.cmo, a.pharmacyLead, rng.chance(0.3) ? a.cfo : -1, rng.chance(0.3) ? a.economist : -1}) {
                if (x >= 0 && engaged.add(x)) {
                    in.engaged.add(x);
                }
            }
            int k = rng.between(2, 5);
            for (int tries = 0; k > 0 && tries < 300; tries++) {
                int x = a.pStart + rng.nextInt(a.pEnd - a.pStart);
                boolean fits = prescribesIn(x, p.area()) || in.type.equals("adherence_programme") && people.profession[x] == NURSE;
                if (fits && engaged.add(x)) {
                    in.engaged.add(x);
                    k--;
                }
            }
            initiatives.add(in);
        }
    }

    private static final String[][] MILESTONE_NAMES = {
        {"Protocol agreed", "Data access signed", "First patient data", "Interim analysis", "Final report"},
        {"Programme design", "Nurse training", "Programme launch", "Six-month review", "Outcomes report"},
        {"Current pathway mapped", "Redesign workshop", "Pathway approved by P&T", "Rollout", "Impact review"},
        {"Kick-off", "Midpoint review", "Close-out"}};

    /**
     * Three to five milestones per initiative, spread over its span, with a status on the demo's today: done
     * before it (an active initiative misses about one in five), planned after it; a stopped initiative's later
     * steps are cancelled. A stream of its own, so the rest of the market does not change with it.
     */
    void buildMilestones() {
        Rng rng = Rng.of(seed, 61, 0);
        for (Initiative in : initiatives) {
            int t = switch (in.type) {
                case "outcomes_study" -> 0;
                case "adherence_programme" -> 1;
                case "pathway_redesign" -> 2;
                default -> 3;
            };
            String[] names = MILESTONE_NAMES[t];
            int k = t == 3 ? names.length : rng.between(3, names.length);
            int stoppedAt = in.status.equals("stopped") ? in.start + (in.end - in.start) / 2 : Integer.MAX_VALUE;
            for (int i = 0; i < k; i++) {
                Milestone m = new Milestone();
                m.seq = milestones.size();
                m.initiative = in.seq;
                m.name = (i < k - 1 ? names[i] : names[names.length - 1]) + " (" + in.name + ")";
                m.due = in.start + (int) ((long) (in.end - in.start) * (i + 1) / k);
                m.completed = Dates.NONE;
                if (m.due > stoppedAt) {
                    m.status = "cancelled";
                } else if (m.due < today) {
                    if (in.status.equals("active") && rng.chance(0.2)) {
                        m.status = "missed";
                    } else {
                        m.status = "done";
                        m.completed = Math.min(today, m.due + rng.between(-20, 10));
                    }
                } else {
                    m.status = i > 0 && milestones.get(m.seq - 1).status.equals("done") && in.status.equals("active")
                            ? "in_progress" : "planned";
                }
                milestones.add(m);
            }
        }
    }

}
