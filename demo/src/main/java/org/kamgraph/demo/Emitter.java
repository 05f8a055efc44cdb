package org.kamgraph.demo;

import java.io.IOException;
import org.kamgraph.demo.Market.Decision;
import org.kamgraph.demo.Market.Initiative;
import org.kamgraph.demo.Market.Milestone;
import org.kamgraph.demo.Market.TeamMember;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.RelKind;

/**
 * Writes a {@link Market}: its nodes, then its relationships, streamed node by node. Each node's edges come from
 * their own random sub-stream and are written within the node's "scope", whose set of written identities guarantees that no
 * (start, type, end, validFrom) identity is written twice: every relationship type is produced either from its
 * start nodes' scopes or from its end nodes' scopes, never both. The money is planned first ({@link MoneyPlan}) so
 * that it adds up along its chains; the parts that write are split by market part (nodes, organizations, money,
 * people, team and decisions).
 */
final class Emitter {
    private final Market m;
    private final EdgeWriter base;
    private final NodeWriter nodes;
    private final OrgEdges orgEdges;
    private final MoneyEdges money;
    private final PersonEdges personEdges;
    private final TeamEdges teamEdges;

    Emitter(Market m, CsvSink sink) {
        this(m, sink, null, new Ids(m));
    }

    /** An emitter that writes what public files carry into {@code published} (null: everything into {@code sink}). */
    Emitter(Market m, CsvSink sink, PublishedRows published, Ids ids) {
        this.m = m;
        Prescribing prescribing = new Prescribing(m);
        MoneyPlan plan = new MoneyPlan(m, prescribing);
        base = new EdgeWriter(m, sink, published, ids);
        nodes = new NodeWriter(base);
        orgEdges = new OrgEdges(base, plan);
        money = new MoneyEdges(base, plan);
        personEdges = new PersonEdges(base, prescribing);
        teamEdges = new TeamEdges(base);
    }

    void writeNodes() throws IOException {
        nodes.writeNodes();
    }

    void writeEdges() {
        for (Org o : m.orgs) {
            base.scope(110, o.index);
            orgEdges.orgEdges(o);
            money.write(o);
        }
        for (int p = 0; p < m.people.n; p++) {
            base.scope(120, p);
            personEdges.personEdges(p);
            personEdges.payments(p);
        }
        for (TeamMember t : m.team) {
            base.scope(130, t.seq);
            teamEdges.teamEdges(t);
        }
        for (Decision d : m.decisions) {
            base.scope(140, d.seq);
            teamEdges.decisionEdges(d);
        }
        for (Initiative in : m.initiatives) {
            base.scope(150, in.seq);
            teamEdges.initiativeEdges(in);
        }
        for (Milestone ms : m.milestones) {
            base.scope(151, ms.seq);
            Initiative in = m.initiatives.get(ms.initiative);
            base.out(RelKind.MILESTONE_OF, NodeKind.MILESTONE, ms.seq, NodeKind.INITIATIVE, in.seq, in.agreed, Dates.NONE,
                    EdgeWriter.SRC_CRM);
        }
    }
}
