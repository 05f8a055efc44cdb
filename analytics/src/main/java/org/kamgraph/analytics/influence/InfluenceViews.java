package org.kamgraph.analytics.influence;

import java.time.LocalDate;
import java.util.List;
import org.kamgraph.analytics.NodeSummary;
import org.kamgraph.analytics.paging.PageInfo;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.RelKind;

/** The shapes of the influence answers, as the GraphQL schema (influence.graphqls) names them. */
public final class InfluenceViews {
    private InfluenceViews() {
    }

    public record SeedNode(NodeSummary node, String role) {
    }

    public record PositionSummary(NodeSummary organization, String title) {
    }

    public record CoverageEntry(NodeSummary teamMember, Double strength, LocalDate lastContact) {
    }

    /** Where the weight a hop used came from. */
    public enum StrengthSource { STORED, DEFAULT, PROJECTED }

    /**
     * A hop of a chain: {@code strength} is the weight the chain used, from the stored relationship (STORED) or the
     * named default (DEFAULT, {@code strengthDefault}); {@code stored} says the relationship in its stored direction.
     */
    public record Hop(NodeSummary from, NodeSummary to, RelKind type, boolean reversed, double strength,
                      StrengthSource strengthSource, String strengthDefault, String basis, String source,
                      LocalDate lastContact, String stored, String reportingLine, String evidence,
                      List<ParallelInfluence> parallel) {
        public Hop(NodeSummary from, NodeSummary to, RelKind type, boolean reversed, double strength,
                   StrengthSource strengthSource, String strengthDefault, String basis, String source,
                   LocalDate lastContact, String stored, String reportingLine) {
            this(from, to, type, reversed, strength, strengthSource, strengthDefault, basis, source, lastContact, stored,
                    reportingLine, null, List.of());
        }
    }

    /**
     * Another INFLUENCES joining the hop's two people the same way, valid on the day (a user's or the CRM's beside an
     * inferred one, or the other way round): the hop's weight is the one the walk used (the strongest); this is shown
     * beside it.
     */
    public record ParallelInfluence(double strength, String basis, String source, String evidence) {
    }

    public record Chain(double strength, List<Hop> hops) {
    }

    public record Convergence(int iterations, double finalChange, boolean converged) {
    }

    public record Influencer(NodeSummary person, double score, int rank, List<String> dmuRoles,
                             List<PositionSummary> positions, List<CoverageEntry> coverage, boolean covered,
                             List<Chain> chains, String cursor) {
    }

    public record InfluenceResult(NodeSummary subject, List<SeedNode> seeds, int vertices, int edges, long projectionMillis,
                                  long algorithmMillis, Convergence convergence, int totalCount, List<Influencer> people,
                                  PageInfo pageInfo) {
    }

    public record Broker(NodeSummary person, double score, int rank, boolean gatekeeper, List<PositionSummary> positions,
                         List<CoverageEntry> coverage, boolean covered, String cursor) {
    }

    public record BrokerResult(int vertices, int edges, long projectionMillis, long algorithmMillis, boolean sampled,
                               Integer samples, Double errorBound, int totalCount, List<Broker> people, PageInfo pageInfo) {
    }

    public record ReachResult(NodeSummary target, int vertices, int edges, long projectionMillis, long algorithmMillis,
                              List<Chain> paths) {
    }

    public enum GapReason { UNCOVERED, WEAK, STALE }

    public record CoverageGap(NodeSummary person, double influenceScore, int influenceRank, GapReason reason,
                              List<String> dmuRoles, List<PositionSummary> positions, List<CoverageEntry> coverage) {
    }

    public record CoverageThread(NodeSummary teamMember, long relationships) {
    }

    public record AccountCoverage(NodeSummary account, List<CoverageThread> teamMembers, long relationships, String risk) {
    }

    public record CoverageGapResult(NodeSummary subject, List<CoverageGap> gaps, List<AccountCoverage> fragileAccounts) {
    }

    public record GroupMember(NodeSummary person, double score) {
    }

    public record Group(int size, NodeSummary leader, List<GroupMember> members, int internalEdges, int externalEdges) {
    }

    public record GroupResult(NodeSummary account, String method, double modularity, int people, int unconnected,
                              List<Group> groups) {
    }
}
