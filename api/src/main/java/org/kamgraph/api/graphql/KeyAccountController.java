package org.kamgraph.api.graphql;

import org.kamgraph.analytics.paging.Cursors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kamgraph.algorithms.scoring.InvalidScoringException;
import org.kamgraph.algorithms.scoring.Tier;
import org.kamgraph.algorithms.scoring.TierPolicy;
import org.kamgraph.algorithms.scoring.Weights;
import org.kamgraph.analytics.paging.PageInfo;
import org.kamgraph.api.keyaccounts.AccountPlan;
import org.kamgraph.api.keyaccounts.AccountPlanService;
import org.kamgraph.api.keyaccounts.InitiativeService;
import org.kamgraph.api.keyaccounts.KeyAccountTiering;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.ScopeView;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.TierPolicyView;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.TieredAccount;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.WeightView;
import org.kamgraph.cypher.BadInputException;
import org.kamgraph.cypher.NotFoundException;
import org.kamgraph.model.NodeKind;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.kamgraph.cypher.keyaccounts.InitiativeStore;
import org.springframework.stereotype.Controller;

/** Key-account tiering over GraphQL: arguments checked here (BAD_REQUEST naming the argument), answers from the services. */
@Controller
public class KeyAccountController {
    static final int MAX_STAKEHOLDERS = 50;
    private final KeyAccountTiering tiering;
    private final AccountPlanService plans;
    private final InitiativeService initiatives;

    public KeyAccountController(KeyAccountTiering tiering, AccountPlanService plans, InitiativeService initiatives) {
        this.tiering = tiering;
        this.plans = plans;
        this.initiatives = initiatives;
    }

    public record MilestoneInput(String id, String name, LocalDate dueDate, String status, LocalDate completedDate, String description) {
        InitiativeStore.MilestoneSpec spec(String argument) {
            if (id != null) {
                Arguments.id(id, argument + ".id");
            }
            return new InitiativeStore.MilestoneSpec(id, name, dueDate, status, completedDate, description);
        }
    }

    public record CreateInitiativeInput(String id, String name, String initiativeType, String status, LocalDate startDate, LocalDate endDate,
                                        NodeRef account, List<String> owners, List<String> stakeholders, List<String> products,
                                        List<MilestoneInput> milestones, LocalDate validFrom, String source) {
    }

    public record UpdateInitiativeInput(String id, String name, String initiativeType, String status, LocalDate startDate, LocalDate endDate,
                                        List<String> addOwners, List<String> addStakeholders, List<String> addProducts,
                                        List<String> endOwners, List<String> endStakeholders, List<String> endProducts, LocalDate on,
                                        String source) {
    }

    @QueryMapping
    public AccountPlan accountPlan(@Argument NodeRef account, @Argument LocalDate asOf, @Argument Integer stakeholders) {
        return plans.plan(account.kind(), Arguments.id(account.id(), "account.id"), Arguments.asOf(asOf),
                Arguments.range(stakeholders == null ? 10 : stakeholders, 1, MAX_STAKEHOLDERS, "stakeholders"));
    }

    @QueryMapping
    public KeyAccountViews.CoverageMatrix coverageMatrix(@Argument NodeRef account, @Argument LocalDate asOf) {
        return plans.coverageMatrix(account.kind(), Arguments.id(account.id(), "account.id"), Arguments.asOf(asOf));
    }

    @QueryMapping
    public KeyAccountViews.Maturity kamMaturity(@Argument NodeRef account, @Argument LocalDate asOf) {
        return plans.maturity(account.kind(), Arguments.id(account.id(), "account.id"), Arguments.asOf(asOf));
    }

    @QueryMapping(name = "initiatives")
    public KeyAccountViews.InitiativeList initiativeList(@Argument NodeRef account, @Argument String owner, @Argument LocalDate asOf) {
        if ((account == null) == (owner == null)) {
            throw new BadInputException("account", "give exactly one of account and owner");
        }
        return account != null ? initiatives.atAccount(account.kind(), Arguments.id(account.id(), "account.id"), Arguments.asOf(asOf))
                : initiatives.ownedBy(Arguments.id(owner, "owner"), Arguments.asOf(asOf));
    }

    @QueryMapping
    public KeyAccountViews.KamPortfolio kamPortfolio(@Argument String teamMember, @Argument LocalDate asOf) {
        return initiatives.portfolio(Arguments.id(teamMember, "teamMember"), Arguments.asOf(asOf));
    }

    @MutationMapping
    public KeyAccountViews.InitiativeView createInitiative(@Argument CreateInitiativeInput input) {
        Map<String, Object> props = new java.util.LinkedHashMap<>();
        props.put("name", input.name());
        props.put("initiativeType", normalise(NodeKind.INITIATIVE, "initiativeType", input.initiativeType()));
        props.put("status", input.status() == null ? "planned" : normalise(NodeKind.INITIATIVE, "status", input.status()));
        props.put("startDate", input.startDate());
        props.put("endDate", input.endDate());
        checkDates(input.startDate(), input.endDate());
        List<InitiativeStore.MilestoneSpec> ms = new ArrayList<>();
        if (input.milestones() != null) {
            for (MilestoneInput m : input.milestones()) {
                if (m.dueDate() == null) {
                    throw new BadInputException("input.milestones.dueDate", "every new milestone needs a dueDate");
                }
                ms.add(m.spec("input.milestones"));
            }
        }
        LocalDate validFrom = input.validFrom() == null ? LocalDate.now() : input.validFrom();
        return initiatives.create(new InitiativeStore.NewInitiative(Arguments.id(input.id(), "input.id"), props, input.account().kind(),
                Arguments.id(input.account().id(), "input.account.id"), ids(input.owners(), "input.owners"),
                ids(input.stakeholders(), "input.stakeholders"), ids(input.products(), "input.products"), ms, validFrom, input.source()));
    }

    @MutationMapping
    public KeyAccountViews.InitiativeView updateInitiative(@Argument UpdateInitiativeInput input) {
        Map<String, Object> changes = new java.util.LinkedHashMap<>();
        if (input.name() != null) {
            changes.put("name", input.name());
        }
        if (input.initiativeType() != null) {
            changes.put("initiativeType", normalise(NodeKind.INITIATIVE, "initiativeType", input.initiativeType()));
        }
        if (input.status() != null) {
            changes.put("status", normalise(NodeKind.INITIATIVE, "status", input.status()));
        }
        if (input.startDate() != null) {
            changes.put("startDate", input.startDate());
        }
        if (input.endDate() != null) {
            changes.put("endDate", input.endDate());
        }
        checkDates(input.startDate(), input.endDate());
        return initiatives.update(Arguments.id(input.id(), "input.id"), changes, ids(input.addOwners(), "input.addOwners"),
                ids(input.addStakeholders(), "input.addStakeholders"), ids(input.addProducts(), "input.addProducts"),
                ids(input.endOwners(), "input.endOwners"), ids(input.endStakeholders(), "input.endStakeholders"),
                ids(input.endProducts(), "input.endProducts"), input.on() == null ? LocalDate.now() : input.on(), input.source());
    }

    @MutationMapping
    public KeyAccountViews.InitiativeView setMilestone(@Argument String initiative, @Argument MilestoneInput input) {
        if (input.id() == null && input.dueDate() == null) {
            throw new BadInputException("input.dueDate", "a new milestone needs a dueDate");
        }
        return initiatives.setMilestone(Arguments.id(initiative, "initiative"), input.spec("input"), null);
    }

    private static Object normalise(NodeKind kind, String property, String value) {
        return value == null ? null : kind.property(property).orElseThrow().normalise(value);
    }

    private static void checkDates(LocalDate start, LocalDate end) {
        if (start != null && end != null && end.isBefore(start)) {
            throw new BadInputException("input.endDate", "must not be before startDate (" + start + "), was " + end);
        }
    }

    private static List<String> ids(List<String> ids, String argument) {
        if (ids == null) {
            return List.of();
        }
        ids.forEach(x -> Arguments.id(x, argument));
        return List.copyOf(new java.util.LinkedHashSet<>(ids));
    }

    public record TierCount(Tier tier, int count) {
    }

    /** The keyAccounts answer: one page of the ranking with the scope, weights and tier policy it was computed under. */
    public record TieringResult(LocalDate asOf, LocalDate growthFrom, LocalDate since, ScopeView scope, List<WeightView> weights,
                                TierPolicyView tiers, int totalCount, List<TierCount> tierCounts, List<TieredAccount> accounts,
                                PageInfo pageInfo, long millis) {
    }

    public record ScopeInput(List<NodeKind> kinds, List<String> therapeuticAreas, List<String> products) {
    }

    public record WeightsInput(Double spend, Double growth, Double influence, Double access, Double coverage) {
    }

    public record TierPolicyInput(Integer maxKey, Integer maxStrategic, Double minKeyScore, Double minStrategicScore,
                                  Double minMaintainScore) {
    }

    @QueryMapping
    public TieringResult keyAccounts(@Argument ScopeInput scope, @Argument WeightsInput weights, @Argument TierPolicyInput tiers,
                                     @Argument LocalDate asOf, @Argument LocalDate growthFrom, @Argument LocalDate since,
                                     @Argument List<Tier> tier, @Argument Integer first, @Argument String after) {
        int size = Cursors.pageSize(first, "first");
        long offset = Cursors.after(after, "after");
        KeyAccountTiering.Tiering t = tiering.tier(options(scope, weights, tiers, asOf, growthFrom, since));
        List<TieredAccount> filtered = t.accounts().stream().filter(a -> tier == null || tier.isEmpty() || tier.contains(a.tier())).toList();
        List<TieredAccount> page = new ArrayList<>();
        for (long i = offset; i < Math.min(filtered.size(), offset + size); i++) {
            TieredAccount a = filtered.get((int) i);
            page.add(new TieredAccount(a.account(), a.territory(), a.score(), a.rank(), a.tier(), a.tierReason(), a.components(),
                    a.movement(), Cursors.cursor(i)));
        }
        Map<Tier, Long> counts = t.accounts().stream().collect(Collectors.groupingBy(TieredAccount::tier, Collectors.counting()));
        List<TierCount> tierCounts = Arrays.stream(Tier.values()).map(x -> new TierCount(x, counts.getOrDefault(x, 0L).intValue())).toList();
        var o = t.options();
        return new TieringResult(o.asOf(), t.now().before(), o.since(), tiering.scopeView(t.scope()), KeyAccountTiering.weights(o.weights()),
                KeyAccountTiering.policy(o.policy()), t.accounts().size(), tierCounts, page,
                new PageInfo(offset + size < filtered.size(), offset > 0, page.isEmpty() ? null : page.getFirst().cursor(),
                        page.isEmpty() ? null : page.getLast().cursor()), t.millis());
    }

    @QueryMapping
    public TieredAccount keyAccount(@Argument NodeRef account, @Argument ScopeInput scope, @Argument WeightsInput weights,
                                    @Argument TierPolicyInput tiers, @Argument LocalDate asOf, @Argument LocalDate growthFrom,
                                    @Argument LocalDate since) {
        String id = Arguments.id(account.id(), "account.id");
        if (!account.kind().isAccount()) {
            throw new BadInputException("account.kind", account.kind().label() + " is not an account kind; accounts are "
                    + String.join(", ", NodeKind.accounts().stream().map(NodeKind::label).toList()));
        }
        KeyAccountTiering.Tiering t = tiering.tier(options(scope, weights, tiers, asOf, growthFrom, since));
        return find(t, account.kind(), id);
    }

    static TieredAccount find(KeyAccountTiering.Tiering t, NodeKind kind, String id) {
        return t.accounts().stream().filter(a -> a.account().kind() == kind && a.account().id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("account", "no " + kind.label() + " with id '" + id + "' among the accounts scored on "
                        + t.options().asOf() + (t.options().kinds().contains(kind) ? "" : " (kinds scored: "
                        + String.join(", ", t.options().kinds().stream().map(NodeKind::label).toList()) + ")")));
    }

    static KeyAccountTiering.Options options(ScopeInput scope, WeightsInput w, TierPolicyInput p, LocalDate asOf, LocalDate growthFrom,
                                             LocalDate since) {
        List<NodeKind> kinds = scope == null || scope.kinds() == null ? NodeKind.accounts() : scope.kinds();
        if (kinds.isEmpty()) {
            throw new BadInputException("scope.kinds", "give at least one account kind, or leave kinds out for all");
        }
        for (NodeKind k : kinds) {
            if (!k.isAccount()) {
                throw new BadInputException("scope.kinds", k.label() + " is not an account kind; accounts are "
                        + String.join(", ", NodeKind.accounts().stream().map(NodeKind::label).toList()));
            }
        }
        if (scope != null && scope.products() != null) {
            scope.products().forEach(x -> Arguments.id(x, "scope.products"));
        }
        try {
            Weights d = Weights.DEFAULTS;
            Weights weights = w == null ? d : new Weights(or(w.spend(), d.spend()), or(w.growth(), d.growth()),
                    or(w.influence(), d.influence()), or(w.access(), d.access()), or(w.coverage(), d.coverage()));
            TierPolicy t = TierPolicy.DEFAULTS;
            TierPolicy policy = p == null ? t : new TierPolicy(p.maxKey() == null ? t.maxKey() : p.maxKey(),
                    p.maxStrategic() == null ? t.maxStrategic() : p.maxStrategic(), or(p.minKeyScore(), t.minKeyScore()),
                    or(p.minStrategicScore(), t.minStrategicScore()), or(p.minMaintainScore(), t.minMaintainScore()));
            return new KeyAccountTiering.Options(List.copyOf(kinds), scope == null ? null : scope.therapeuticAreas(),
                    scope == null ? null : scope.products(), weights, policy, Arguments.asOf(asOf), growthFrom, since);
        } catch (InvalidScoringException e) {
            throw new BadInputException(e.field(), e.getMessage());
        }
    }

    private static double or(Double v, double d) {
        return v == null ? d : v;
    }
}
