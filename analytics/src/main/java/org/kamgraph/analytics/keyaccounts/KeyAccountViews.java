package org.kamgraph.analytics.keyaccounts;

import java.time.LocalDate;
import java.util.List;
import org.kamgraph.algorithms.scoring.Component;
import org.kamgraph.algorithms.scoring.Tier;
import org.kamgraph.analytics.NodeSummary;
import org.kamgraph.analytics.keyaccounts.TierExplanation.ComponentView;
import org.kamgraph.analytics.keyaccounts.TierExplanation.Movement;

/**
 * The shapes of the key-account answers, as keyaccounts.graphqls names them (the account plan itself, which holds
 * influence answers too, is api's AccountPlan).
 */
public final class KeyAccountViews {
    private KeyAccountViews() {
    }

    // --- tiering ---------------------------------------------------------------------------------------------------

    public record WeightView(Component component, double weight, double effective) {
    }

    public record ScopeView(List<String> therapeuticAreas, List<NodeSummary> products, List<NodeSummary> ourProducts) {
    }

    public record TierPolicyView(int maxKey, int maxStrategic, double minKeyScore, double minStrategicScore, double minMaintainScore) {
    }

    public record TieredAccount(NodeSummary account, String territory, double score, int rank, Tier tier, String tierReason,
                                List<ComponentView> components, Movement movement, String cursor) {
    }

    // --- plan ------------------------------------------------------------------------------------------------------

    public record TeamContact(NodeSummary teamMember, String role, Double strength, LocalDate lastContact) {
    }

    /**
     * A DMU member: score and rank in the decision's own influence ranking (as decisionInfluencers answers), rank in
     * the account's ranking (as accountInfluencers answers; null when not among its first 200).
     */
    public record DmuMemberView(NodeSummary person, String role, Double influenceScore, Integer influenceRank,
                                Integer accountInfluenceRank, List<TeamContact> coverage, boolean covered) {
    }

    public record DecisionView(NodeSummary decision, String decisionType, LocalDate dueDate, NodeSummary at, List<String> products,
                               List<DmuMemberView> dmu, int uncoveredDeciders) {
    }

    public record MoneyFlow(String direction, String type, NodeSummary counterpart, Double amount, String currency, long relationships) {
    }

    public record ProductSpend(NodeSummary product, String therapeuticArea, boolean ours, double spend, double spendBefore,
                               long prescribers, double share) {
    }

    public record ListingView(NodeSummary listedBy, NodeSummary product, Long tier, Boolean priorAuth, Boolean stepTherapy,
                              Boolean excluded, String position, double quality) {
    }

    public record MilestoneView(String id, String name, LocalDate dueDate, String status, LocalDate completedDate, String description,
                                boolean overdue) {
    }

    public record Progress(int milestones, int done, int overdue, int cancelled, double share) {
    }

    public record InitiativeView(String id, String name, String initiativeType, String status, LocalDate startDate, LocalDate endDate,
                                 NodeSummary at, List<NodeSummary> owners, List<NodeSummary> stakeholders, List<NodeSummary> products,
                                 List<MilestoneView> milestones, Progress progress, MilestoneView nextMilestone) {
    }

    public record StatusCount(String status, int count) {
    }

    public record InitiativeRollup(int initiatives, List<StatusCount> byStatus, Progress progress) {
    }

    public record TeamMemberView(NodeSummary teamMember, String role, String territory, int peopleCovered, int organizationsCovered,
                                 double averageStrength, LocalDate lastContact, int initiativesOwned) {
    }

    public record NextMove(int priority, String kind, String action, NodeSummary subject, String suggestedRole,
                           NodeSummary suggestedTeamMember, String reason) {
    }

    public record CoverageCell(String teamRole, String dmuRole, int people, List<NodeSummary> stakeholders) {
    }

    public record StakeholderCoverage(NodeSummary person, List<String> dmuRoles, Integer influenceRank, List<TeamContact> coverage,
                                      String status) {
    }

    public record CoverageMatrix(List<String> teamRoles, List<String> dmuRoles, List<CoverageCell> cells,
                                 List<StakeholderCoverage> stakeholders, NodeSummary singlePointOfContact, String singlePointReason,
                                 NodeSummary accountLead, Double accountLeadStrength, String accountLeadReason,
                                 List<StakeholderCoverage> overlaps, List<StakeholderCoverage> gaps, List<String> missingRoles) {
    }

    public record MaturityStage(int stage, String name, boolean reached, List<String> evidence, List<String> missing) {
    }

    public record Maturity(int stage, String stageName, List<MaturityStage> stages, List<String> nextSteps) {
    }

    public record AccountRollup(NodeSummary account, InitiativeRollup progress) {
    }

    public record InitiativeList(List<InitiativeView> initiatives, InitiativeRollup progress) {
    }

    public record KamPortfolio(NodeSummary teamMember, String role, List<AccountRollup> accounts, List<InitiativeView> initiatives,
                               InitiativeRollup progress) {
    }
}
