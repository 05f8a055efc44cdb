package org.kamgraph.api.market;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.kamgraph.algorithms.CompactGraph;
import org.kamgraph.api.influence.InfluenceViews.NodeSummary;
import org.kamgraph.api.market.MarketViews.FormularyImpact;
import org.kamgraph.api.market.MarketViews.ImpactedNode;
import org.kamgraph.api.market.MarketViews.Listing;
import org.kamgraph.cypher.BadInputException;
import org.kamgraph.cypher.NotFoundException;
import org.kamgraph.cypher.market.MarketProjections;
import org.kamgraph.cypher.market.MarketQueries;
import org.kamgraph.cypher.projection.Projection;
import org.kamgraph.model.NodeKind;

/**
 * Formulary impact: what a listing change at a payer, PBM or committee reaches. Downstream of the listing
 * organization (its committee's organization for a committee) through money and network relationships, breadth
 * first up to a hop limit: the accounts and pharmacies, the spend on the channels that reach them, and the
 * product's prescribing spend at the accounts. O(n + m) for the search plus two batched reads.
 */
public final class FormularyImpacts {
    static final int ROUTES = 5;
    private final MarketGraphs graphs;
    private final org.kamgraph.cypher.influence.InfluenceQueries nodes;
    private final Pathways pathways;

    public FormularyImpacts(MarketGraphs graphs, org.kamgraph.cypher.influence.InfluenceQueries nodes, Pathways pathways) {
        this.graphs = graphs;
        this.nodes = nodes;
        this.pathways = pathways;
    }

    public record Change(Long tier, Boolean priorAuth, Boolean stepTherapy, Boolean excluded) {
    }

    public FormularyImpact assess(NodeKind kind, String id, String productId, Change change, int maxHops, int first, LocalDate asOf) {
        if (kind != NodeKind.PAYER && kind != NodeKind.PBM && kind != NodeKind.COMMITTEE) {
            throw new BadInputException("listedBy", "formularies are kept by payers, PBMs and committees, not by " + kind.label());
        }
        if (change.tier() != null && (change.tier() < 1 || change.tier() > 6)) {
            throw new BadInputException("change.tier", "must be between 1 and 6, was " + change.tier());
        }
        var org = nodes.node(kind, id, "listedBy");
        var product = nodes.node(NodeKind.PRODUCT, productId, "product");
        MarketQueries.Listing now = graphs.queries.listing(kind, id, productId, asOf);
        Listing before = now == null ? null : new Listing(new NodeSummary(id, kind, org.name()), now.tier(), now.priorAuth(),
                now.stepTherapy(), now.excluded());
        Listing after = new Listing(new NodeSummary(id, kind, org.name()),
                change.tier() != null ? change.tier() : before == null ? null : before.tier(),
                change.priorAuth() != null ? change.priorAuth() : before == null ? null : before.priorAuth(),
                change.stepTherapy() != null ? change.stepTherapy() : before == null ? null : before.stepTherapy(),
                change.excluded() != null ? change.excluded() : before == null ? null : before.excluded());

        Projection p = graphs.load(MarketProjections.routes(asOf));
        int start = kind == NodeKind.COMMITTEE ? committeeOrganization(p, id, asOf) : MarketGraphs.vertex(p, kind, id, "listedBy");
        CompactGraph g = graphs.compact(p);
        int[] distance = new int[p.vertexCount()];
        double[] channel = new double[p.vertexCount()];
        Arrays.fill(distance, -1);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        distance[start] = 0;
        queue.add(start);
        while (!queue.isEmpty()) {
            int v = queue.poll();
            if (distance[v] == maxHops) {
                continue;
            }
            for (int a = g.outStart(v); a < g.outEnd(v); a++) {
                int w = g.outTargets()[a];
                double amount = g.outWeights()[a];
                if (distance[w] < 0) {
                    distance[w] = distance[v] + 1;
                    channel[w] = amount;
                    queue.add(w);
                } else if (distance[w] == distance[v] + 1 && larger(amount, channel[w])) {
                    channel[w] = amount; // parallel channels: a known amount over network membership, the larger one
                }
            }
        }
        List<Integer> accounts = new ArrayList<>();
        List<Integer> pharmacies = new ArrayList<>();
        double channelSpend = 0;
        for (int v = 0; v < distance.length; v++) {
            if (distance[v] <= 0) {
                continue;
            }
            if (channel[v] != MarketProjections.UNKNOWN_SPEND) {
                channelSpend += channel[v];
            }
            if (p.kind(v) == NodeKind.PHARMACY) {
                pharmacies.add(v);
            } else if (p.kind(v).isAccount()) {
                accounts.add(v);
            }
        }
        Map<String, Double> productSpend = accounts.isEmpty() ? Map.of()
                : graphs.queries.productSpend(accounts.stream().map(p::elementId).toList(), productId, asOf);
        List<ImpactedNode> accountRows = new ArrayList<>();
        double totalProductSpend = 0;
        for (int v : accounts) {
            double spend = productSpend.getOrDefault(p.elementId(v), 0.0);
            totalProductSpend += spend;
            accountRows.add(new ImpactedNode(MarketGraphs.node(p, v), distance[v], spend(channel[v]), spend));
        }
        accountRows.sort((a, b) -> Double.compare(b.productSpend(), a.productSpend()));
        List<ImpactedNode> pharmacyRows = pharmacies.stream().sorted((a, b) -> Double.compare(spendOrZero(channel[b]), spendOrZero(channel[a])))
                .limit(first).map(v -> new ImpactedNode(MarketGraphs.node(p, v), distance[v], spend(channel[v]), null)).toList();
        // The best-funded routes from the listing organization to the affected pharmacies: those the change narrows.
        Projection money = pathways.projection(Pathways.Ranking.SPEND, asOf);
        List<Integer> moneyTargets = new ArrayList<>();
        for (int v : pharmacies) {
            money.vertex(NodeKind.PHARMACY, p.id(v)).ifPresent(moneyTargets::add);
        }
        var moneyStart = money.vertex(p.kind(start), p.id(start));
        List<MarketViews.Route> routes = moneyStart.isEmpty() ? List.of()
                : pathways.routes(money, moneyStart.getAsInt(), moneyTargets, productId, ROUTES, maxHops, Pathways.Ranking.SPEND, asOf);
        boolean accessibleBefore = before == null || !Boolean.TRUE.equals(before.excluded());
        boolean accessibleAfter = !Boolean.TRUE.equals(after.excluded());
        return new FormularyImpact(before == null ? after.listedBy() : before.listedBy(),
                new NodeSummary(product.id(), NodeKind.PRODUCT, product.name()), before, after, direction(before, after),
                accountRows.subList(0, Math.min(first, accountRows.size())), pharmacies.size(), pharmacyRows, channelSpend,
                totalProductSpend, routes, accessibleBefore, accessibleAfter);
    }

    private static boolean larger(double amount, double current) {
        if (amount == MarketProjections.UNKNOWN_SPEND) {
            return false;
        }
        return current == MarketProjections.UNKNOWN_SPEND || amount > current;
    }

    private static Double spend(double channel) {
        return channel == MarketProjections.UNKNOWN_SPEND ? null : channel;
    }

    private static double spendOrZero(double channel) {
        return channel == MarketProjections.UNKNOWN_SPEND ? 0 : channel;
    }

    /** A committee lists for the organization it belongs to. */
    private int committeeOrganization(Projection p, String committeeId, LocalDate asOf) {
        var org = graphs.queries.committeeOrganization(committeeId, asOf);
        if (org == null) {
            throw new NotFoundException("listedBy", "committee '" + committeeId + "' belongs to no organization money flows through");
        }
        return MarketGraphs.vertex(p, org.getKey(), org.getValue(), "listedBy");
    }

    /** WORSE when access narrows (excluded, a higher tier, prior authorization or step therapy added), BETTER when it widens. */
    static String direction(Listing before, Listing after) {
        int score = 0;
        if (before == null) {
            return Boolean.TRUE.equals(after.excluded()) ? "WORSE" : "BETTER";
        }
        score += compare(Boolean.TRUE.equals(before.excluded()), Boolean.TRUE.equals(after.excluded())) * 4;
        if (before.tier() != null && after.tier() != null) {
            score += Long.compare(after.tier(), before.tier());
        }
        score += compare(Boolean.TRUE.equals(before.priorAuth()), Boolean.TRUE.equals(after.priorAuth()));
        score += compare(Boolean.TRUE.equals(before.stepTherapy()), Boolean.TRUE.equals(after.stepTherapy()));
        return score > 0 ? "WORSE" : score < 0 ? "BETTER" : "SAME";
    }

    private static int compare(boolean before, boolean after) {
        return before == after ? 0 : after ? 1 : -1;
    }
}
