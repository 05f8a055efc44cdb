package org.kamgraph.api.keyaccounts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kamgraph.analytics.NodeSummary;
import org.kamgraph.analytics.keyaccounts.Initiatives;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.AccountRollup;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.InitiativeList;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.InitiativeView;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.KamPortfolio;
import org.kamgraph.cypher.NotFoundException;
import org.kamgraph.cypher.influence.InfluenceQueries;
import org.kamgraph.cypher.keyaccounts.InitiativeStore;
import org.kamgraph.cypher.keyaccounts.KeyAccountQueries;
import org.kamgraph.model.NodeKind;

/** Initiatives: lists with progress per account and per team member, and the validated edits. */
public final class InitiativeService {
    private final KeyAccountQueries queries;
    private final InfluenceQueries influenceQueries;
    private final InitiativeStore store;

    public InitiativeService(KeyAccountQueries queries, InfluenceQueries influenceQueries, InitiativeStore store) {
        this.queries = queries;
        this.influenceQueries = influenceQueries;
        this.store = store;
    }

    public InitiativeList atAccount(NodeKind kind, String id, LocalDate asOf) {
        String eid = influenceQueries.node(kind, id, "account").elementId();
        List<InitiativeView> list = queries.initiatives(eid, null, null, asOf).stream().map(i -> Initiatives.view(i, asOf)).toList();
        return new InitiativeList(list, Initiatives.rollup(list));
    }

    public InitiativeList ownedBy(String teamMember, LocalDate asOf) {
        influenceQueries.node(NodeKind.TEAM_MEMBER, teamMember, "owner");
        List<InitiativeView> list = queries.initiatives(null, teamMember, null, asOf).stream().map(i -> Initiatives.view(i, asOf)).toList();
        return new InitiativeList(list, Initiatives.rollup(list));
    }

    public KamPortfolio portfolio(String teamMember, LocalDate asOf) {
        InfluenceQueries.NodeRef t = influenceQueries.node(NodeKind.TEAM_MEMBER, teamMember, "teamMember");
        var rows = queries.initiatives(null, teamMember, null, asOf);
        String role = rows.stream().flatMap(r -> r.owners().stream()).filter(o -> o.id().equals(teamMember)).map(KeyAccountQueries.Owner::role)
                .findFirst().orElse(null);
        List<InitiativeView> list = rows.stream().map(i -> Initiatives.view(i, asOf)).toList();
        Map<String, List<InitiativeView>> byAccount = new LinkedHashMap<>();
        Map<String, NodeSummary> accounts = new LinkedHashMap<>();
        for (InitiativeView i : list) {
            String key = i.at() == null ? "" : i.at().kind().label() + ":" + i.at().id();
            accounts.putIfAbsent(key, i.at());
            byAccount.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
        List<AccountRollup> rollups = new ArrayList<>();
        byAccount.forEach((k, v) -> rollups.add(new AccountRollup(accounts.get(k), Initiatives.rollup(v))));
        return new KamPortfolio(new NodeSummary(t.id(), NodeKind.TEAM_MEMBER, t.name()), role, rollups, list, Initiatives.rollup(list));
    }

    public InitiativeView one(String id, LocalDate asOf) {
        var rows = queries.initiatives(null, null, List.of(id), asOf);
        if (rows.isEmpty()) {
            throw new NotFoundException("id", "no Initiative with id '" + id + "'");
        }
        return Initiatives.view(rows.getFirst(), asOf);
    }

    public InitiativeView create(InitiativeStore.NewInitiative in) {
        store.create(in);
        return one(in.id(), LocalDate.now().isBefore(in.validFrom() == null ? LocalDate.now() : in.validFrom()) ? in.validFrom() : LocalDate.now());
    }

    public InitiativeView update(String id, Map<String, Object> changes, List<String> addOwners, List<String> addStakeholders,
                                 List<String> addProducts, List<String> endOwners, List<String> endStakeholders, List<String> endProducts,
                                 LocalDate on, String source) {
        store.update(id, changes, addOwners, addStakeholders, addProducts, endOwners, endStakeholders, endProducts, on, source);
        return one(id, on.isAfter(LocalDate.now()) ? on : LocalDate.now());
    }

    public InitiativeView setMilestone(String initiative, InitiativeStore.MilestoneSpec m, String source) {
        store.setMilestone(initiative, m, null, source);
        return one(initiative, LocalDate.now());
    }
}
