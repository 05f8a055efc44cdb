package org.kamgraph.analytics.impact;

import java.util.List;
import org.kamgraph.analytics.NodeSummary;
import org.kamgraph.analytics.market.MarketViews.Listing;
import org.kamgraph.model.RelKind;

/** The shapes of the formulary-impact answer, as market.graphqls names them (amounts: annual spend, one currency). */
public final class ImpactViews {
    private ImpactViews() {
    }

    /** Where a baseline comes from: stated per-product amounts (or prescribing), or estimated from totals. */
    public enum SpendBasis { STATED, ESTIMATED }

    /** How spend moved to (or drawn from) alternatives is split among them. */
    public enum AlternativeSplit { SPEND, EVEN, NONE }

    /** One organization the listing organization's money for the product goes to, and how much of it moves. */
    public record ImpactChannel(NodeSummary node, RelKind relationship, double baselineSpend, double change, SpendBasis basis) {
    }

    /** An account or pharmacy the product's money reaches (through the channels named in via), and how much moves. */
    public record ImpactAccount(NodeSummary node, List<NodeSummary> via, double baselineSpend, double change, Double patients) {
    }

    /** An alternative in the same therapeutic area the organization lists and does not exclude. */
    public record ImpactAlternative(NodeSummary product, Listing listing, double baselineSpend, double amount) {
    }

    public record FormularyImpact(NodeSummary listedBy, NodeSummary organization, NodeSummary product, Listing before,
                                  Listing after, String direction, double keptShareBefore, double keptShareAfter,
                                  double spendRatio, double baselineSpend, SpendBasis basis, double estimatedSpend,
                                  double organizationSpend, double spendAfter, double spendAtRisk, double spendGained,
                                  double spendShifted, double spendLost, double spendNew, double shiftShare,
                                  AlternativeSplit alternativeSplit, List<ImpactAlternative> alternatives,
                                  Double annualCostPerPatient, Double patientsAffected, List<ImpactChannel> channels,
                                  int channelCount, List<ImpactAccount> accounts, int accountCount, double spendReachingAccounts,
                                  double changeReachingAccounts, List<String> notes) {
    }
}
