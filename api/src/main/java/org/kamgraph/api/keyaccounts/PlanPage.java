package org.kamgraph.api.keyaccounts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kamgraph.analytics.keyaccounts.Money;
import org.kamgraph.analytics.influence.InfluenceViews.AccountCoverage;
import org.kamgraph.analytics.influence.InfluenceViews.CoverageGap;
import org.kamgraph.analytics.influence.InfluenceViews.Influencer;
import org.kamgraph.api.keyaccounts.AccountPlan;
import org.kamgraph.analytics.keyaccounts.TierExplanation.ComponentView;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.DecisionView;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.DmuMemberView;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.InitiativeView;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.ListingView;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.MoneyFlow;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.NextMove;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.ProductSpend;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.TeamMemberView;

/**
 * The account plan as one printable XHTML page (the input of the PDF renderer as well). "An account plan should fit
 * on a piece of paper": every section shows its most important rows only, as many as the {@link Density} allows,
 * and says how many more there are; the PDF picks the densest level that still fits one page.
 */
public final class PlanPage {
    /** How much each section shows; level 0 shows most. */
    public record Density(int stakeholders, int decisions, int dmu, int gaps, int risks, int money, int portfolio, int formulary,
                          int initiatives, int team, int moves, double fontPt) {
        public static final List<Density> LEVELS = List.of(
                new Density(10, 3, 6, 6, 4, 6, 8, 7, 5, 8, 8, 7.6),
                new Density(8, 3, 5, 5, 3, 5, 6, 6, 4, 6, 7, 7.2),
                new Density(7, 2, 4, 4, 3, 4, 5, 5, 3, 5, 6, 6.8),
                new Density(6, 2, 4, 3, 2, 3, 4, 4, 3, 4, 5, 6.4),
                new Density(5, 1, 3, 3, 2, 3, 3, 3, 2, 3, 4, 6.0),
                new Density(4, 1, 3, 2, 1, 2, 3, 3, 2, 3, 3, 5.6));
    }

    public enum Paper {
        LETTER("letter"), A4("A4");

        final String css;

        Paper(String css) {
            this.css = css;
        }
    }

    private PlanPage() {
    }

    public static String render(AccountPlan p, Paper paper, Density d, boolean forPdf) {
        StringBuilder b = new StringBuilder(32_000);
        b.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><meta charset=\"utf-8\"/>");
        b.append("<title>").append(esc("Account plan: " + p.account().name())).append("</title><style>");
        b.append("@page { size: ").append(paper.css).append("; margin: 9mm 9mm 9mm 9mm; }");
        b.append("body { font-family: Helvetica, Arial, sans-serif; font-size: ").append(fmt(d.fontPt())).append("pt; color: #1a1a1a; margin: 0; }");
        if (!forPdf) {
            b.append("@media screen { body { max-width: 1100px; margin: 16px auto; } }");
        }
        b.append("h1 { font-size: 1.9em; margin: 0 0 1pt 0; } h2 { font-size: 1.12em; margin: 5pt 0 1.5pt 0; color: #234; border-bottom: 0.6pt solid #9ab; }");
        b.append(".sub { color: #555; margin-bottom: 2pt; } table { border-collapse: collapse; width: 100%; } td, th { padding: 0.6pt 2pt; vertical-align: top; text-align: left; }");
        b.append("th { font-weight: bold; color: #345; border-bottom: 0.4pt solid #ccd; } .num { text-align: right; white-space: nowrap; } .muted { color: #666; }");
        b.append(".cols > tbody > tr > td { width: 50%; padding: 0 5pt 0 0; } .tier { font-weight: bold; padding: 0 3pt; border: 0.6pt solid #345; }");
        b.append(".warn { color: #a33; } .ok { color: #262; } .more { color: #777; font-style: italic; } ol { margin: 0; padding-left: 12pt; } li { margin: 0; }");
        b.append("</style></head><body>");
        // header
        b.append("<h1>").append(esc(p.account().name())).append("</h1><div class=\"sub\">");
        b.append(esc(p.account().kind().label() + " " + p.account().id()));
        if (p.territory() != null) {
            b.append(" &#183; territory ").append(esc(p.territory()));
        }
        b.append(" &#183; as of ").append(p.asOf());
        if (p.tiering() != null) {
            b.append(" &#183; <span class=\"tier\">").append(esc(p.tiering().tier().name().replace('_', ' '))).append("</span> rank ")
                    .append(p.tiering().rank()).append(", score ").append(fmt3(p.tiering().score())).append(" (");
            List<String> parts = new ArrayList<>();
            for (ComponentView c : p.tiering().components()) {
                parts.add(c.component().field() + " " + fmt2(c.value()));
            }
            b.append(esc(String.join(", ", parts))).append(")");
        }
        b.append(" &#183; KAM maturity stage ").append(p.maturity().stage()).append("/5: ").append(esc(p.maturity().stageName()));
        b.append("</div>");
        b.append("<table class=\"cols\"><tbody><tr><td>");
        // left column
        b.append("<h2>Top stakeholders</h2><table><thead><tr><th>#</th><th>Person</th><th>Position</th><th>Covered by</th></tr></thead><tbody>");
        for (Influencer i : limit(p.topStakeholders(), d.stakeholders())) {
            b.append("<tr><td class=\"num\">").append(i.rank()).append("</td><td>").append(esc(i.person().name())).append("</td><td>")
                    .append(esc(i.positions().isEmpty() ? "" : i.positions().getFirst().title() + ", " + i.positions().getFirst().organization().name()))
                    .append("</td><td>").append(i.coverage().isEmpty() ? "<span class=\"warn\">nobody</span>"
                            : esc(i.coverage().getFirst().teamMember().name() + strength(i.coverage().getFirst().strength()))).append("</td></tr>");
        }
        b.append("</tbody></table>").append(more(p.topStakeholders().size(), d.stakeholders(), "stakeholders"));
        b.append("<div class=\"muted\">Our team covers ").append(pct(p.coveredInfluenceShare())).append(" of the account's influence.</div>");
        b.append("<h2>Open decisions and their DMUs</h2><div class=\"muted\">#: rank in the decision's own influence ranking"
                + " (decisionInfluencers).</div>");
        if (p.openDecisions().isEmpty()) {
            b.append("<div class=\"muted\">No open decision.</div>");
        }
        for (DecisionView dv : limit(p.openDecisions(), d.decisions())) {
            b.append("<div><b>").append(esc(dv.decision().name())).append("</b>");
            if (dv.dueDate() != null) {
                b.append(" &#183; due ").append(dv.dueDate());
            }
            if (dv.uncoveredDeciders() > 0) {
                b.append(" &#183; <span class=\"warn\">").append(dv.uncoveredDeciders()).append(" decider(s) uncovered</span>");
            }
            b.append("</div><table><tbody>");
            for (DmuMemberView m : limit(dv.dmu(), d.dmu())) {
                b.append("<tr><td>").append(esc(m.role())).append("</td><td>").append(esc(m.person().name())).append("</td><td class=\"num\" title=\"rank in the decision's influence ranking\">")
                        .append(m.influenceRank() == null ? "" : "#" + m.influenceRank()).append("</td><td>")
                        .append(m.coverage().isEmpty() ? "<span class=\"warn\">uncovered</span>"
                                : esc(m.coverage().getFirst().teamMember().name() + strength(m.coverage().getFirst().strength())))
                        .append("</td></tr>");
            }
            b.append("</tbody></table>").append(more(dv.dmu().size(), d.dmu(), "DMU members"));
        }
        b.append(more(p.openDecisions().size(), d.decisions(), "open decisions"));
        b.append("<h2>Coverage gaps and fragile accounts</h2><div class=\"muted\">#: rank in the account's influence ranking"
                + " (accountInfluencers, as the top stakeholders).</div><table><tbody>");
        for (CoverageGap g : limit(p.coverageGaps(), d.gaps())) {
            b.append("<tr><td class=\"warn\">").append(g.reason()).append("</td><td>").append(esc(g.person().name())).append("</td><td class=\"num\">#")
                    .append(g.influenceRank()).append("</td><td>").append(esc(g.positions().isEmpty() ? "" : g.positions().getFirst().title()))
                    .append("</td></tr>");
        }
        for (AccountCoverage a : limit(p.fragileAccounts(), d.risks())) {
            b.append("<tr><td class=\"warn\">").append(esc(a.risk().replace('_', ' '))).append("</td><td colspan=\"3\">").append(esc(a.account().name()))
                    .append(a.teamMembers().isEmpty() ? "" : esc(" (" + a.teamMembers().getFirst().teamMember().name() + ")")).append("</td></tr>");
        }
        b.append("</tbody></table>");
        if (p.coverageGaps().isEmpty() && p.fragileAccounts().isEmpty()) {
            b.append("<div class=\"ok\">No gaps among the most influential people; no unit hangs on one thread.</div>");
        }
        b.append(more(p.coverageGaps().size(), d.gaps(), "gaps")).append(more(p.fragileAccounts().size(), d.risks(), "fragile accounts"));
        var m = p.coverageMatrix();
        b.append("<h2>Team coverage</h2><div>Single point of contact: <b>").append(m.singlePointOfContact() == null ? "none" : esc(m.singlePointOfContact().name()))
                .append("</b>").append(m.singlePointReason() == null ? "" : " <span class=\"muted\">(" + esc(m.singlePointReason()) + ")</span>")
                .append(m.accountLead() == null ? "" : " &#183; account lead <b>" + esc(m.accountLead().name()) + "</b> <span class=\"muted\">("
                        + esc(m.accountLeadReason()) + ")</span>")
                .append(" &#183; stakeholders uncovered ").append(m.gaps().size()).append(", overlaps ").append(m.overlaps().size()).append("</div>");
        for (String r : m.missingRoles()) {
            b.append("<div class=\"warn\">Missing ").append(esc(r)).append("</div>");
        }
        b.append("<table><thead><tr><th>Team member</th><th>Role</th><th class=\"num\">People</th><th class=\"num\">Orgs</th><th class=\"num\">Avg. strength</th><th>Last contact</th></tr></thead><tbody>");
        for (TeamMemberView t : limit(p.team(), d.team())) {
            b.append("<tr><td>").append(esc(t.teamMember().name())).append("</td><td>").append(esc(t.role())).append("</td><td class=\"num\">")
                    .append(t.peopleCovered()).append("</td><td class=\"num\">").append(t.organizationsCovered()).append("</td><td class=\"num\">")
                    .append(fmt2(t.averageStrength())).append("</td><td>").append(t.lastContact() == null ? "" : t.lastContact()).append("</td></tr>");
        }
        b.append("</tbody></table>").append(more(p.team().size(), d.team(), "team members"));
        // right column
        b.append("</td><td>");
        b.append("<h2>Next moves</h2><ol>");
        for (NextMove n : limit(p.nextMoves(), d.moves())) {
            b.append("<li>").append(esc(n.action()));
            if (n.suggestedRole() != null) {
                b.append(" <span class=\"muted\">[").append(esc(n.suggestedRole()))
                        .append(n.suggestedTeamMember() == null ? "" : esc(": " + n.suggestedTeamMember().name())).append("] ")
                        .append(esc(n.reason())).append("</span>");
            }
            b.append("</li>");
        }
        b.append("</ol>").append(more(p.nextMoves().size(), d.moves(), "moves"));
        if (p.nextMoves().isEmpty()) {
            b.append("<div class=\"ok\">No gap calls for a move.</div>");
        }
        b.append("<h2>Initiatives</h2>");
        var r = p.initiativeProgress();
        b.append("<div class=\"muted\">").append(r.initiatives()).append(" initiatives; milestones ").append(r.progress().done()).append("/")
                .append(r.progress().milestones() - r.progress().cancelled()).append(" done, ").append(r.progress().overdue()).append(" overdue</div>");
        b.append("<table><tbody>");
        for (InitiativeView i : limit(sortInitiatives(p.initiatives()), d.initiatives())) {
            b.append("<tr><td>").append(esc(i.name())).append("</td><td>").append(esc(i.status())).append("</td><td class=\"num\">")
                    .append(pct(i.progress().share())).append("</td><td>")
                    .append(i.nextMilestone() == null ? "" : esc("next: " + shortName(i.nextMilestone().name()) + " " + i.nextMilestone().dueDate())
                            + (i.nextMilestone().overdue() ? " <span class=\"warn\">overdue</span>" : ""))
                    .append("</td><td>").append(esc(i.owners().isEmpty() ? "" : i.owners().getFirst().name())).append("</td></tr>");
        }
        b.append("</tbody></table>").append(more(p.initiatives().size(), d.initiatives(), "initiatives"));
        b.append("<h2>Portfolio: prescribing spend per year</h2><div class=\"muted\">Our share in our therapeutic areas: ")
                .append(pct(p.ourShare())).append("</div><table><thead><tr><th>Product</th><th>Area</th><th class=\"num\">Spend</th><th class=\"num\">Prescribers</th><th class=\"num\">Share</th></tr></thead><tbody>");
        for (ProductSpend s : limit(p.portfolio(), d.portfolio())) {
            b.append("<tr><td>").append(s.ours() ? "<b>" + esc(s.product().name()) + "</b>" : esc(s.product().name())).append("</td><td>")
                    .append(esc(s.therapeuticArea())).append("</td><td class=\"num\">").append(esc(Money.format(s.spend())))
                    .append("</td><td class=\"num\">").append(s.prescribers())
                    .append("</td><td class=\"num\">").append(pct(s.share())).append("</td></tr>");
        }
        b.append("</tbody></table>").append(more(p.portfolio().size(), d.portfolio(), "products"));
        b.append("<h2>Formulary position of our products</h2><table><thead><tr><th>Product</th><th class=\"num\">Pref.</th><th class=\"num\">Listed</th><th class=\"num\">Restr.</th><th class=\"num\">Excl./none</th><th>Weakest at</th></tr></thead><tbody>");
        Map<String, int[]> byProduct = new LinkedHashMap<>();
        Map<String, ListingView> weakest = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (ListingView l : p.formulary()) {
            int[] c = byProduct.computeIfAbsent(l.product().id(), k -> new int[4]);
            names.put(l.product().id(), l.product().name());
            switch (l.position()) {
                case "preferred" -> c[0]++;
                case "listed" -> c[1]++;
                case "restricted" -> c[2]++;
                default -> c[3]++;
            }
            ListingView w = weakest.get(l.product().id());
            if (w == null || l.quality() < w.quality()) {
                weakest.put(l.product().id(), l);
            }
        }
        int shown = 0;
        for (var e : byProduct.entrySet()) {
            if (shown++ >= d.formulary()) {
                break;
            }
            int[] c = e.getValue();
            ListingView w = weakest.get(e.getKey());
            b.append("<tr><td>").append(esc(names.get(e.getKey()))).append("</td><td class=\"num\">").append(c[0]).append("</td><td class=\"num\">")
                    .append(c[1]).append("</td><td class=\"num\">").append(c[2]).append("</td><td class=\"num\">").append(c[3]).append("</td><td>")
                    .append(w == null ? "" : esc(w.listedBy().name() + " (" + w.position() + ")")).append("</td></tr>");
        }
        b.append("</tbody></table>").append(more(byProduct.size(), d.formulary(), "products"));
        if (byProduct.isEmpty()) {
            b.append("<div class=\"muted\">No payer, PBM or committee of the account is known.</div>");
        }
        b.append("<h2>Money relationships</h2><table><tbody>");
        for (MoneyFlow f : limit(p.moneyFlows(), d.money())) {
            b.append("<tr><td>").append(f.direction().equals("IN") ? "from" : "to").append("</td><td>").append(esc(f.counterpart().name()))
                    .append("</td><td>").append(esc(f.type())).append("</td><td class=\"num\">").append(esc(Money.format(f.amount())))
                    .append("</td></tr>");
        }
        b.append("</tbody></table>").append(more(p.moneyFlows().size(), d.money(), "money relationships"));
        b.append("<div class=\"muted\">").append(esc(p.moneyNote())).append("</div>");
        b.append("</td></tr></tbody></table>");
        b.append("<div class=\"muted\" style=\"margin-top:3pt\">kam-graph &#183; generated from the graph as of ").append(p.asOf())
                .append(" &#183; ").append(esc(p.account().kind().label() + " " + p.account().id())).append("</div>");
        b.append("</body></html>");
        return b.toString();
    }

    private static List<InitiativeView> sortInitiatives(List<InitiativeView> list) {
        List<String> order = List.of("active", "planned", "completed", "stopped");
        List<InitiativeView> out = new ArrayList<>(list);
        out.sort(java.util.Comparator.comparingInt((InitiativeView i) -> i.status() == null ? 9 : Math.max(0, order.indexOf(i.status())))
                .thenComparing(i -> i.startDate() == null ? java.time.LocalDate.MIN : i.startDate(), java.util.Comparator.reverseOrder()));
        return out;
    }

    /** Milestone names carry their initiative in parentheses (the demo does); the plan shows the step only. */
    private static String shortName(String s) {
        if (s == null) {
            return "";
        }
        int i = s.indexOf(" (");
        return i > 0 ? s.substring(0, i) : s;
    }

    private static <T> List<T> limit(List<T> list, int n) {
        return list.size() <= n ? list : list.subList(0, n);
    }

    private static String more(int total, int shown, String what) {
        return total > shown ? "<div class=\"more\">and " + (total - shown) + " more " + what + "</div>" : "";
    }

    private static String strength(Double s) {
        return s == null ? "" : " (" + fmt2(s) + ")";
    }

    static String pct(double d) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * d);
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }

    private static String fmt2(double d) {
        return String.format(Locale.ROOT, "%.2f", d);
    }

    private static String fmt3(double d) {
        return String.format(Locale.ROOT, "%.3f", d);
    }

    /** XML-escapes text; characters outside Latin-1 (which the PDF's standard fonts lack) become close ASCII. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                case '\u2192' -> b.append("-&gt;");
                case '\u00d7' -> b.append("x");
                case '\u2013', '\u2014' -> b.append("-");
                case '\u2018', '\u2019' -> b.append("&#39;");
                case '\u201c', '\u201d' -> b.append("&quot;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t') {
                        b.append(' ');
                    } else if (c > 0xff) {
                        b.append('?');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
