package org.kamgraph.demo;

import static org.kamgraph.demo.Dates.NONE;
import static org.kamgraph.demo.Dates.TODAY;
import static org.kamgraph.demo.Dates.Y2018;

import java.io.IOException;
import java.util.List;
import org.kamgraph.demo.CsvSink.Row;
import org.kamgraph.demo.Market.Decision;
import org.kamgraph.demo.Market.Initiative;
import org.kamgraph.demo.Market.Milestone;
import org.kamgraph.demo.Market.Product;
import org.kamgraph.demo.Market.Region;
import org.kamgraph.demo.Market.TeamMember;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.RelKind;

/**
 * Writes a {@link Market}: its nodes, then its relationships, streamed node by node. Each node's edges come from
 * their own random sub-stream and are written within the node's "scope", whose {@link LocalSet} guarantees that no
 * (start, type, end, validFrom) identity is written twice: every relationship type is produced either from its
 * start nodes' scopes or from its end nodes' scopes, never both.
 */
final class Emitter {
    static final String SRC_REGISTRY = "demo-generator:registry";
    static final String SRC_NPPES = "demo-generator:nppes";
    static final String SRC_CRM = "demo-generator:crm";
    static final String SRC_FIELD = "demo-generator:field";
    static final String SRC_CLAIMS = "demo-generator:claims";
    static final String SRC_PUBLICATIONS = "demo-generator:publications";
    static final String SRC_FORMULARY = "demo-generator:formulary";
    static final String SRC_CONTRACTS = "demo-generator:contracts";

    /** Market shares of the three PBMs (together about 80% of claims). */
    private static final double[] PBM_SHARE = {0.34, 0.28, 0.2};
    private static final double US_POPULATION = 335e6;
    /** Mean number of referring physicians per unit of a specialist's referral pull. */
    private static final double REFERRAL_MEAN = 5.0;
    private static final double PEER_MEAN = 5.0;

    private final Market m;
    private final People people;
    private final CsvSink sink;
    private final Ids ids;
    private final long seed;
    private final Row row = new Row();
    private final Rng rng = new Rng(0);
    private final LocalSet seen = new LocalSet();
    private final Product[][] byArea;
    private final long modelledPopulation;

    Emitter(Market m, CsvSink sink) {
        this.m = m;
        this.people = m.people;
        this.sink = sink;
        this.ids = new Ids(m);
        this.seed = m.seed;
        byArea = new Product[Names.AREAS.length][];
        for (int a = 0; a < byArea.length; a++) {
            byArea[a] = m.productsIn(a).toArray(Product[]::new);
        }
        long pop = 0;
        for (Region r : m.regions) {
            pop += r.population;
        }
        modelledPopulation = pop;
    }

    // --- nodes -----------------------------------------------------------------------------------------------------

    void writeNodes() throws IOException {
        for (NodeKind k : NodeKind.organizations()) {
            writeOrgs(k);
        }
        writePeople();
        writeTeam();
        writeProducts();
        writeDecisions();
        writeInitiatives();
        writeMilestones();
    }

    private static List<Prop> orgColumns(NodeKind k) {
        List<Prop> own = switch (k) {
            case HEALTH_AUTHORITY -> List.of(Prop.AUTHORITY_TYPE);
            case PAYER -> List.of(Prop.PAYER_TYPE, Prop.LIVES_COVERED);
            case PBM -> List.of(Prop.LIVES_COVERED);
            case IDN -> List.of(Prop.HOSPITAL_COUNT, Prop.HEALTH_SYSTEM_ID);
            case HOSPITAL -> List.of(Prop.BEDS, Prop.CCN, Prop.NPI, Prop.TEACHING);
            case CLINIC -> List.of(Prop.NPI, Prop.SPECIALTY);
            case DEPARTMENT -> List.of(Prop.SPECIALTY);
            case COMMITTEE -> List.of(Prop.COMMITTEE_TYPE);
            case PHARMACY -> List.of(Prop.PHARMACY_TYPE, Prop.NPI);
            default -> List.of();
        };
        List<Prop> cols = new java.util.ArrayList<>(List.of(Prop.ID, Prop.NAME, Prop.CITY, Prop.REGION, Prop.COUNTRY, Prop.TERRITORY));
        cols.addAll(own);
        cols.addAll(List.of(Prop.VALID_FROM, Prop.SOURCE, Prop.LAST_VERIFIED));
        return cols;
    }

    private void writeOrgs(NodeKind k) throws IOException {
        CsvSink.Table t = sink.nodes(k, orgColumns(k));
        for (Org o : m.byKind.get(k)) {
            rng.reset(seed, 90, o.index);
            row.set(Prop.ID, ids.of(k, o.seq)).set(Prop.NAME, o.name).set(Prop.COUNTRY, "US");
            if (!o.national) {
                Region r = m.region(o);
                row.set(Prop.REGION, r.code);
                if (o.city >= 0) {
                    row.set(Prop.CITY, r.cities[o.city]).set(Prop.TERRITORY, r.territories[o.territory]);
                }
            }
            switch (k) {
                case HEALTH_AUTHORITY -> row.set(Prop.AUTHORITY_TYPE, o.subtype);
                case PAYER -> row.set(Prop.PAYER_TYPE, o.subtype).set(Prop.LIVES_COVERED, Long.toString(o.size));
                case PBM -> row.set(Prop.LIVES_COVERED, Long.toString(o.size));
                case IDN -> row.set(Prop.HOSPITAL_COUNT, Long.toString(o.size)).set(Prop.HEALTH_SYSTEM_ID, o.systemId);
                case HOSPITAL -> row.set(Prop.BEDS, Long.toString(o.size)).set(Prop.CCN, o.ccn)
                        .set(Prop.NPI, ids.npi(true, o.npi)).set(Prop.TEACHING, Boolean.toString(o.teaching));
                case CLINIC -> row.set(Prop.NPI, ids.npi(true, o.npi)).set(Prop.SPECIALTY, o.subtype);
                case DEPARTMENT -> row.set(Prop.SPECIALTY, o.subtype);
                case COMMITTEE -> row.set(Prop.COMMITTEE_TYPE, o.subtype);
                case PHARMACY -> row.set(Prop.PHARMACY_TYPE, o.subtype).set(Prop.NPI, ids.npi(true, o.npi));
                default -> {
                }
            }
            row.set(Prop.VALID_FROM, Dates.format(o.founded)).set(Prop.SOURCE, SRC_REGISTRY)
                    .set(Prop.LAST_VERIFIED, Dates.format(lastVerified(o.founded)));
            t.write(row);
            row.clear();
        }
    }

    private void writePeople() throws IOException {
        CsvSink.Table persons = sink.nodes(NodeKind.PERSON, List.of(Prop.ID, Prop.NAME, Prop.TITLE, Prop.PERSON_ROLE,
                Prop.REGION, Prop.TERRITORY, Prop.SOURCE, Prop.LAST_VERIFIED));
        CsvSink.Table clinicians = sink.nodes(NodeKind.CLINICIAN, List.of(Prop.ID, Prop.NAME, Prop.TITLE,
                Prop.PERSON_ROLE, Prop.PROFESSION, Prop.SPECIALTY, Prop.NPI, Prop.REGION, Prop.TERRITORY, Prop.SOURCE,
                Prop.LAST_VERIFIED));
        for (int p = 0; p < people.n; p++) {
            rng.reset(seed, 91, p);
            Org home = m.orgs.get(people.org[p]);
            row.set(Prop.ID, pid(p)).set(Prop.NAME, Names.FIRST[people.first[p]] + " " + Names.LAST[people.last[p]])
                    .set(Prop.TITLE, m.titles.get(people.title[p])).set(Prop.PERSON_ROLE, Market.PERSON_ROLES[people.role[p]]);
            if (!home.national) {
                Region r = m.region(home);
                row.set(Prop.REGION, r.code);
                if (home.territory >= 0) {
                    row.set(Prop.TERRITORY, r.territories[home.territory]);
                }
            }
            row.set(Prop.LAST_VERIFIED, Dates.format(lastVerified(NONE)));
            if (people.clinician[p]) {
                row.set(Prop.PROFESSION, Market.PROFESSIONS[people.profession[p]]).set(Prop.NPI, ids.npi(false, people.seq[p]))
                        .set(Prop.SOURCE, SRC_NPPES);
                if (people.specialty[p] >= 0) {
                    row.set(Prop.SPECIALTY, Market.SPECIALTIES[people.specialty[p]]);
                }
                clinicians.write(row);
            } else {
                row.set(Prop.SOURCE, SRC_CRM);
                persons.write(row);
            }
            row.clear();
        }
    }

    private void writeTeam() throws IOException {
        CsvSink.Table t = sink.nodes(NodeKind.TEAM_MEMBER, List.of(Prop.ID, Prop.NAME, Prop.ROLE, Prop.EMAIL, Prop.REGION,
                Prop.TERRITORY, Prop.VALID_FROM, Prop.SOURCE, Prop.LAST_VERIFIED));
        for (TeamMember tm : m.team) {
            rng.reset(seed, 92, tm.seq);
            Region r = m.regions.get(tm.region);
            row.set(Prop.ID, ids.of(NodeKind.TEAM_MEMBER, tm.seq)).set(Prop.NAME, tm.name)
                    .set(Prop.ROLE, Market.TEAM_ROLES[tm.role]).set(Prop.EMAIL, tm.email).set(Prop.REGION, r.code)
                    .set(Prop.TERRITORY, r.territories[tm.territory]).set(Prop.VALID_FROM, Dates.format(tm.hired))
                    .set(Prop.SOURCE, SRC_CRM).set(Prop.LAST_VERIFIED, Dates.format(lastVerified(tm.hired)));
            t.write(row);
            row.clear();
        }
    }

    private void writeProducts() throws IOException {
        CsvSink.Table t = sink.nodes(NodeKind.PRODUCT, List.of(Prop.ID, Prop.NAME, Prop.THERAPEUTIC_AREA,
                Prop.GENERIC_NAME, Prop.OURS, Prop.LAUNCH_DATE, Prop.SOURCE, Prop.LAST_VERIFIED));
        for (Product p : m.products) {
            rng.reset(seed, 93, p.seq());
            row.set(Prop.ID, ids.of(NodeKind.PRODUCT, p.seq())).set(Prop.NAME, p.brand())
                    .set(Prop.THERAPEUTIC_AREA, Names.AREAS[p.area()]).set(Prop.GENERIC_NAME, p.generic())
                    .set(Prop.OURS, Boolean.toString(p.ours())).set(Prop.LAUNCH_DATE, Dates.format(p.launch()))
                    .set(Prop.SOURCE, SRC_REGISTRY).set(Prop.LAST_VERIFIED, Dates.format(lastVerified(p.launch())));
            t.write(row);
            row.clear();
        }
    }

    private void writeDecisions() throws IOException {
        CsvSink.Table t = sink.nodes(NodeKind.DECISION, List.of(Prop.ID, Prop.NAME, Prop.DECISION_TYPE, Prop.STATUS,
                Prop.DUE_DATE, Prop.VALID_FROM, Prop.SOURCE, Prop.LAST_VERIFIED));
        for (Decision d : m.decisions) {
            rng.reset(seed, 94, d.seq);
            row.set(Prop.ID, ids.of(NodeKind.DECISION, d.seq)).set(Prop.NAME, d.name).set(Prop.DECISION_TYPE, d.type)
                    .set(Prop.STATUS, d.status).set(Prop.DUE_DATE, Dates.format(d.due))
                    .set(Prop.VALID_FROM, Dates.format(d.created)).set(Prop.SOURCE, SRC_CRM)
                    .set(Prop.LAST_VERIFIED, Dates.format(lastVerified(d.created)));
            t.write(row);
            row.clear();
        }
    }

    private void writeInitiatives() throws IOException {
        CsvSink.Table t = sink.nodes(NodeKind.INITIATIVE, List.of(Prop.ID, Prop.NAME, Prop.INITIATIVE_TYPE, Prop.STATUS,
                Prop.START_DATE, Prop.END_DATE, Prop.VALID_FROM, Prop.SOURCE, Prop.LAST_VERIFIED));
        for (Initiative in : m.initiatives) {
            rng.reset(seed, 95, in.seq);
            row.set(Prop.ID, ids.of(NodeKind.INITIATIVE, in.seq)).set(Prop.NAME, in.name)
                    .set(Prop.INITIATIVE_TYPE, in.type).set(Prop.STATUS, in.status)
                    .set(Prop.START_DATE, Dates.format(in.start)).set(Prop.END_DATE, Dates.format(in.end))
                    .set(Prop.VALID_FROM, Dates.format(in.agreed)).set(Prop.SOURCE, SRC_CRM)
                    .set(Prop.LAST_VERIFIED, Dates.format(lastVerified(in.agreed)));
            t.write(row);
            row.clear();
        }
    }

    private void writeMilestones() throws IOException {
        CsvSink.Table t = sink.nodes(NodeKind.MILESTONE, List.of(Prop.ID, Prop.NAME, Prop.DUE_DATE, Prop.STATUS,
                Prop.COMPLETED_DATE, Prop.VALID_FROM, Prop.SOURCE, Prop.LAST_VERIFIED));
        for (Milestone ms : m.milestones) {
            rng.reset(seed, 96, ms.seq);
            Initiative in = m.initiatives.get(ms.initiative);
            row.set(Prop.ID, ids.of(NodeKind.MILESTONE, ms.seq)).set(Prop.NAME, ms.name).set(Prop.DUE_DATE, Dates.format(ms.due))
                    .set(Prop.STATUS, ms.status).set(Prop.COMPLETED_DATE, Dates.format(ms.completed))
                    .set(Prop.VALID_FROM, Dates.format(in.agreed)).set(Prop.SOURCE, SRC_CRM)
                    .set(Prop.LAST_VERIFIED, Dates.format(lastVerified(in.agreed)));
            t.write(row);
            row.clear();
        }
    }

    // --- relationships ---------------------------------------------------------------------------------------------

    void writeEdges() {
        for (Org o : m.orgs) {
            rng.reset(seed, 110, o.index);
            seen.clear();
            orgEdges(o);
        }
        for (int p = 0; p < people.n; p++) {
            rng.reset(seed, 120, p);
            seen.clear();
            personEdges(p);
        }
        for (TeamMember t : m.team) {
            rng.reset(seed, 130, t.seq);
            seen.clear();
            teamEdges(t);
        }
        for (Decision d : m.decisions) {
            rng.reset(seed, 140, d.seq);
            seen.clear();
            decisionEdges(d);
        }
        for (Initiative in : m.initiatives) {
            rng.reset(seed, 150, in.seq);
            seen.clear();
            initiativeEdges(in);
        }
        for (Milestone ms : m.milestones) {
            rng.reset(seed, 151, ms.seq);
            seen.clear();
            Initiative in = m.initiatives.get(ms.initiative);
            out(RelKind.MILESTONE_OF, NodeKind.MILESTONE, ms.seq, NodeKind.INITIATIVE, in.seq, in.agreed, NONE, SRC_CRM);
        }
    }

    /** Writes (start)-[rel]->(end) from the start node's scope, unless that identity was written already. */
    private boolean out(RelKind rel, NodeKind fk, int fseq, NodeKind tk, int tseq, int vf, int vt, String src) {
        return write(rel, fk, fseq, tk, tseq, vf, vt, src, key(rel, tk, tseq, vf));
    }

    /** Writes (start)-[rel]->(end) from the end node's scope, unless that identity was written already. */
    private boolean in(RelKind rel, NodeKind fk, int fseq, NodeKind tk, int tseq, int vf, int vt, String src) {
        return write(rel, fk, fseq, tk, tseq, vf, vt, src, key(rel, fk, fseq, vf));
    }

    private static long key(RelKind rel, NodeKind kind, int seq, int vf) {
        return ((long) rel.ordinal() << 59) | ((long) kind.ordinal() << 54) | ((long) seq << 20) | Dates.code(vf);
    }

    private boolean write(RelKind rel, NodeKind fk, int fseq, NodeKind tk, int tseq, int vf, int vt, String src, long key) {
        if (!seen.add(key)) {
            row.clear();
            return false;
        }
        if (vf != NONE && vt != NONE && vt < vf) {
            throw new IllegalStateException(rel + " validTo " + Dates.format(vt) + " before validFrom " + Dates.format(vf));
        }
        if (rel.isMoney() && row.get(Prop.AMOUNT) != null) {
            row.set(Prop.CURRENCY, "USD");
        }
        row.set(Prop.VALID_FROM, Dates.format(vf)).set(Prop.VALID_TO, Dates.format(vt)).set(Prop.SOURCE, src)
                .set(Prop.LAST_VERIFIED, Dates.format(lastVerified(vt != NONE ? vt : vf)));
        sink.rels(rel, fk, tk).write(ids.of(fk, fseq), ids.of(tk, tseq), row);
        row.clear();
        return true;
    }

    private boolean out(RelKind rel, Org from, Org to, int vf, int vt, String src) {
        return out(rel, from.kind, from.seq, to.kind, to.seq, vf, vt, src);
    }

    private boolean in(RelKind rel, Org from, Org to, int vf, int vt, String src) {
        return in(rel, from.kind, from.seq, to.kind, to.seq, vf, vt, src);
    }

    /** When a fact was last checked: mostly recent, decaying over the years, never before it began nor after today. */
    private int lastVerified(int notBefore) {
        int lo = notBefore == NONE ? Y2018 : Math.min(TODAY, Math.max(Y2018, notBefore));
        return Dates.clamp(TODAY - (int) rng.exponential(240), lo, TODAY);
    }

    private String pid(int p) {
        return ids.of(people.kind(p), people.seq[p]);
    }

    private Row amount(double usd) {
        return row.set(Prop.AMOUNT, Ids.decimal(Math.max(0, usd), 2));
    }

    private static String strength(double x) {
        return Ids.decimal(Math.min(1.0, Math.max(0.0, x)), 3);
    }

    /** A start date: absent with probability {@code pNone}, otherwise between {@code from} and {@code to}. */
    private int since(double pNone, int from, int to) {
        if (rng.chance(pNone)) {
            return NONE;
        }
        return to <= from ? from : rng.between(from, to);
    }

    private int yearStart(int fromYear, int toYear) {
        return Dates.yearStart(rng.between(fromYear, Math.max(fromYear, toYear)));
    }

    // --- organizations -----------------------------------------------------------------------------------------

    private void orgEdges(Org o) {
        if (o.parent != null && o.kind != NodeKind.COMMITTEE) {
            if (o.formerParent != null) {
                out(RelKind.PART_OF, o, o.formerParent, o.formerFrom, o.formerTo, SRC_REGISTRY);
            }
            out(RelKind.PART_OF, o, o.parent, o.parentFrom, NONE, SRC_REGISTRY);
        }
        if (o.aco != null) {
            out(RelKind.MEMBER_OF, o, o.aco, o.acoFrom, NONE, SRC_REGISTRY);
        }
        switch (o.kind) {
            case HEALTH_AUTHORITY -> funds(o);
            case PAYER -> {
                payerMoney(o);
                formulary(o);
            }
            case PBM -> formulary(o);
            case IDN -> contractsWholesalers(o);
            case HOSPITAL -> {
                if (o.idn == null) {
                    contractsWholesalers(o);
                }
                supplies(o);
            }
            case CLINIC -> supplies(o);
            case COMMITTEE -> committee(o);
            case PHARMACY -> {
                supplies(o);
                pharmacyNetworks(o);
            }
            default -> {
            }
        }
    }

    private void funds(Org a) {
        int vf = since(0.4, Y2018, Dates.of(2024, 1, 1));
        if (a.national) {
            for (Org p : m.byKind.get(NodeKind.PAYER)) {
                boolean medicare = p.subtype.equals("medicare");
                if (medicare || p.subtype.equals("medicaid")) {
                    double lives = p.national ? p.size * modelledPopulation / US_POPULATION : p.size;
                    amount(lives * (medicare ? 2_400 : 560) * rng.lognormal(1, 0.1));
                    out(RelKind.FUNDS, a, p, vf, NONE, SRC_CONTRACTS);
                }
            }
            for (Org h : m.byKind.get(NodeKind.HOSPITAL)) {
                if (h.teaching) {
                    amount(h.size * rng.lognormal(45_000, 0.3));
                    out(RelKind.FUNDS, a, h, since(0.3, Y2018, Dates.of(2025, 1, 1)), NONE, SRC_CONTRACTS);
                }
            }
            for (Org idn : m.byKind.get(NodeKind.IDN)) {
                if (rng.chance(0.15)) {
                    amount(idn.spend * rng.uniform(0.04, 0.1));
                    out(RelKind.FUNDS, a, idn, since(0.3, Y2018, Dates.of(2025, 1, 1)), NONE, SRC_CONTRACTS);
                }
            }
        } else {
            Region r = m.region(a);
            for (Org p : r.payers) {
                if (p.subtype.equals("medicaid")) {
                    amount(p.size * 370 * rng.lognormal(1, 0.1));
                    out(RelKind.FUNDS, a, p, vf, NONE, SRC_CONTRACTS);
                }
            }
            for (Org p : m.nationalPayers) {
                if (p.subtype.equals("medicaid")) {
                    amount(p.size * r.population / US_POPULATION * 370 * rng.lognormal(1, 0.1));
                    out(RelKind.FUNDS, a, p, since(0.3, Y2018, Dates.of(2025, 1, 1)), NONE, SRC_CONTRACTS);
                }
            }
            for (Org idn : r.idns) {
                if (rng.chance(0.2)) {
                    amount(idn.spend * rng.uniform(0.02, 0.06));
                    out(RelKind.FUNDS, a, idn, since(0.3, Y2018, Dates.of(2025, 1, 1)), NONE, SRC_CONTRACTS);
                }
            }
        }
    }

    private void payerMoney(Org payer) {
        boolean medicare = payer.subtype.equals("medicare");
        boolean medicaid = payer.subtype.equals("medicaid");
        List<Region> regions = payer.national ? m.regions : List.of(m.region(payer));
        double totalLives = 0;
        for (Region r : regions) {
            double lives = payer.national ? payer.size * r.population / US_POPULATION : payer.size;
            totalLives += lives;
            double share = Math.min(0.6, lives / r.population);
            for (Org idn : r.idns) {
                if (rng.chance(medicare ? 0.95 : medicaid ? 0.85 : 0.9)) {
                    amount(idn.spend * share * rng.lognormal(1, 0.3));
                    out(RelKind.REIMBURSES, payer, idn, since(0.3, Dates.of(2016, 1, 1), Dates.of(2026, 1, 1)), NONE, SRC_CONTRACTS);
                }
                if (rng.chance(0.12)) {
                    amount(idn.spend * share * rng.uniform(0.05, 0.15));
                    out(RelKind.CONTRACTS_WITH, payer, idn, yearStart(2020, 2026), NONE, SRC_CONTRACTS);
                }
            }
            for (Org h : r.hospitals) {
                if (h.idn == null && rng.chance(0.85)) {
                    amount(h.spend * share * rng.lognormal(1, 0.3));
                    out(RelKind.REIMBURSES, payer, h, since(0.3, Dates.of(2016, 1, 1), Dates.of(2026, 1, 1)), NONE, SRC_CONTRACTS);
                }
            }
            for (Org c : r.clinics) {
                if (c.parent == null && rng.chance(0.3)) {
                    amount(c.spend * share * rng.lognormal(1, 0.3));
                    out(RelKind.REIMBURSES, payer, c, since(0.3, Dates.of(2016, 1, 1), Dates.of(2026, 1, 1)), NONE, SRC_CONTRACTS);
                }
            }
            for (Org aco : r.acos) {
                if (rng.chance(medicare ? 0.7 : 0.25)) {
                    amount(rng.lognormal(6_000_000, 0.6) * r.s * share * 5);
                    out(RelKind.REIMBURSES, payer, aco, yearStart(2018, 2026), NONE, SRC_CONTRACTS);
                }
                if (rng.chance(medicare ? 0.5 : 0.2)) {
                    amount(rng.lognormal(1_500_000, 0.6) * r.s * share * 5);
                    out(RelKind.CONTRACTS_WITH, payer, aco, Math.max(aco.founded, yearStart(2018, 2026)), NONE, SRC_CONTRACTS);
                }
            }
        }
        if (payer.pbm != null) {
            double drugSpend = totalLives * 1_100;
            if (payer.formerPbm != null) {
                amount(drugSpend * rng.uniform(0.8, 0.95));
                int from = since(0.5, Dates.of(2012, 1, 1), payer.pbmFrom - 400);
                out(RelKind.CONTRACTS_WITH, payer, payer.formerPbm, from, payer.pbmFrom - 1, SRC_CONTRACTS);
            }
            amount(drugSpend * rng.lognormal(1, 0.05));
            out(RelKind.CONTRACTS_WITH, payer, payer.pbm, payer.pbmFrom, NONE, SRC_CONTRACTS);
        }
    }

    /** The formulary of a payer or PBM: every product, with a tier (1-6) or excluded, and utilization management. */
    private void formulary(Org o) {
        for (Product p : m.products) {
            int launchYear = Dates.year(p.launch());
            int currentYear = rng.between(Math.min(2026, Math.max(2022, launchYear + 1)), 2026);
            boolean history = rng.chance(0.22) && launchYear + 1 <= currentYear - 1;
            int vf = !history && rng.chance(0.1) ? NONE : Dates.yearStart(currentYear);
            int tier = tier(p);
            if (history) {
                int prevYear = rng.between(Math.max(2019, launchYear + 1), currentYear - 1);
                int prevTier = Math.max(1, Math.min(6, tier + (rng.chance(0.5) ? 1 : -1)));
                listing(prevTier, p, rng.chance(0.05));
                out(RelKind.LISTS, o.kind, o.seq, NodeKind.PRODUCT, p.seq(), Dates.yearStart(prevYear),
                        Dates.yearStart(currentYear) - 1, SRC_FORMULARY);
            }
            listing(tier, p, rng.chance(0.06));
            out(RelKind.LISTS, o.kind, o.seq, NodeKind.PRODUCT, p.seq(), vf, NONE, SRC_FORMULARY);
        }
    }

    private int tier(Product p) {
        if (p.price() > 2_000) {
            return rng.weighted(new double[] {0, 0.05, 0.15, 0.2, 0.45, 0.15}) + 1;
        }
        return rng.weighted(new double[] {0.04, 0.42, 0.36, 0.12, 0.04, 0.02}) + 1;
    }

    private void listing(int tier, Product p, boolean excluded) {
        boolean special = p.price() > 2_000;
        if (excluded) {
            row.set(Prop.EXCLUDED, "true");
        } else {
            row.set(Prop.TIER, Integer.toString(tier)).set(Prop.EXCLUDED, "false")
                    .set(Prop.PRIOR_AUTH, Boolean.toString(rng.chance(special ? 0.7 : 0.15 + 0.1 * tier)))
                    .set(Prop.STEP_THERAPY, Boolean.toString(rng.chance(special ? 0.35 : 0.12)));
        }
    }

    private void contractsWholesalers(Org o) {
        if (o.wholesaler == null) {
            return;
        }
        int vf = since(0.3, Dates.of(2017, 1, 1), Dates.of(2026, 1, 1));
        if (vf != NONE && rng.chance(0.15)) {
            Org former = m.bigWholesalers.get(rng.nextInt(3));
            if (former != o.wholesaler && former != o.wholesaler2) {
                amount(o.spend * rng.uniform(0.7, 0.9));
                out(RelKind.CONTRACTS_WITH, o, former, since(0.5, Dates.of(2010, 1, 1), vf - 400), vf - 1, SRC_CONTRACTS);
            }
        }
        amount(o.spend * (o.wholesaler2 != null ? rng.uniform(0.75, 0.9) : rng.uniform(0.9, 0.98)));
        out(RelKind.CONTRACTS_WITH, o, o.wholesaler, vf, NONE, SRC_CONTRACTS);
        if (o.wholesaler2 != null) {
            amount(o.spend * rng.uniform(0.05, 0.2));
            out(RelKind.CONTRACTS_WITH, o, o.wholesaler2, since(0.3, Dates.of(2017, 1, 1), Dates.of(2026, 1, 1)), NONE, SRC_CONTRACTS);
        }
    }

    /** SUPPLIES into a hospital, clinic or pharmacy, written from the receiving end. */
    private void supplies(Org t) {
        if (t.wholesaler == null) {
            return;
        }
        amount(t.spend * (t.wholesaler2 != null ? rng.uniform(0.75, 0.9) : rng.uniform(0.92, 1.0)));
        in(RelKind.SUPPLIES, t.wholesaler, t, since(0.35, Dates.of(2016, 1, 1), TODAY - 30), NONE, SRC_CONTRACTS);
        if (t.wholesaler2 != null) {
            amount(t.spend * rng.uniform(0.05, 0.2));
            in(RelKind.SUPPLIES, t.wholesaler2, t, since(0.35, Dates.of(2016, 1, 1), TODAY - 30), NONE, SRC_CONTRACTS);
        }
    }

    /** PBM and Medicaid networks of a pharmacy and what they reimburse it, written from the pharmacy. */
    private void pharmacyNetworks(Org ph) {
        for (int k = 0; k < m.pbms.size(); k++) {
            Org pbm = m.pbms.get(k);
            boolean inNetwork = ph.ownerPbm >= 0 ? ph.ownerPbm == k : rng.chance(switch (ph.subtype) {
                case "retail" -> 0.9;
                case "specialty" -> 0.55;
                default -> 0.45;
            });
            if (!inNetwork) {
                continue;
            }
            int vf = since(0.3, Y2018, TODAY - 30);
            if (vf != NONE && vf > Dates.of(2019, 6, 1) && rng.chance(0.05)) { // left the network once, then rejoined
                int to = vf - rng.between(30, 300);
                in(RelKind.IN_NETWORK, pbm, ph, Math.max(Dates.of(2014, 1, 1), to - rng.between(365, 1500)), to, SRC_CONTRACTS);
            }
            in(RelKind.IN_NETWORK, pbm, ph, vf, NONE, SRC_CONTRACTS);
            amount(ph.spend * (ph.ownerPbm == k ? rng.uniform(0.85, 0.95) : PBM_SHARE[k] * rng.lognormal(1, 0.25)));
            in(RelKind.REIMBURSES, pbm, ph, vf, NONE, SRC_CONTRACTS);
        }
        if (!ph.national) {
            Org medicaid = m.region(ph).medicaid;
            if (!ph.subtype.equals("mail_order") && rng.chance(0.85)) {
                int vf = since(0.4, Y2018, TODAY - 30);
                in(RelKind.IN_NETWORK, medicaid, ph, vf, NONE, SRC_CONTRACTS);
                amount(ph.spend * rng.uniform(0.08, 0.16));
                in(RelKind.REIMBURSES, medicaid, ph, vf, NONE, SRC_CONTRACTS);
            }
        }
    }

    private void committee(Org c) {
        out(RelKind.PART_OF, c, c.parent, c.parentFrom, NONE, SRC_REGISTRY);
        for (int i = 0; i < c.seatCount; i++) {
            int p = c.seats[i * 4];
            row.set(Prop.COMMITTEE_ROLE, Market.SEAT_ROLES[c.seats[i * 4 + 1]]);
            in(RelKind.SITS_ON, people.kind(p), people.seq[p], NodeKind.COMMITTEE, c.seq, c.seats[i * 4 + 2],
                    c.seats[i * 4 + 3], SRC_CRM);
        }
        Org owner = c.parent;
        boolean[] areas = new boolean[Names.AREAS.length];
        switch (owner.kind) {
            case IDN -> java.util.Arrays.fill(areas, true);
            case HOSPITAL -> {
                areas[1] = areas[2] = areas[4] = true;
                for (Org d : owner.departments) {
                    if (d.specialty >= 0) {
                        for (int a : Market.SPECIALTY_AREAS[d.specialty]) {
                            areas[a] = true;
                        }
                    }
                }
            }
            case DEPARTMENT -> areas[0] = true;
            default -> {
                return; // payer and authority committees decide; their owners list
            }
        }
        if (c.subtype.equals("value_analysis")) {
            return;
        }
        for (Product p : m.products) {
            if (!areas[p.area()] || !rng.chance(0.75)) {
                continue;
            }
            int tier = rng.weighted(new double[] {0.6, 0.3, 0.1}) + 1;
            boolean excluded = rng.chance(0.04);
            if (excluded) {
                row.set(Prop.EXCLUDED, "true");
            } else {
                row.set(Prop.TIER, Integer.toString(tier)).set(Prop.EXCLUDED, "false")
                        .set(Prop.PRIOR_AUTH, Boolean.toString(tier == 2 && rng.chance(0.5)))
                        .set(Prop.STEP_THERAPY, Boolean.toString(rng.chance(0.1)));
            }
            int launched = Math.max(Dates.year(p.launch()) + 1, 2019);
            int vf = rng.chance(0.15) ? NONE : Math.min(TODAY - 1, Dates.of(rng.between(Math.min(launched, 2026), 2026), rng.between(1, 12), 1));
            out(RelKind.LISTS, NodeKind.COMMITTEE, c.seq, NodeKind.PRODUCT, p.seq(), vf, NONE, SRC_FORMULARY);
        }
    }

    // --- people ----------------------------------------------------------------------------------------------------

    private void personEdges(int p) {
        NodeKind pk = people.kind(p);
        int pseq = people.seq[p];
        Org home = m.orgs.get(people.org[p]);
        String title = m.titles.get(people.title[p]);
        int hired = people.hired[p];

        // positions: the current one (and its department or pharmacy), and for some an earlier one
        boolean history = rng.chance(0.15);
        int vf = history || rng.chance(0.88) ? hired : NONE;
        row.set(Prop.TITLE, title);
        out(RelKind.WORKS_AT, pk, pseq, home.kind, home.seq, vf, NONE, SRC_CRM);
        if (people.unit[p] >= 0) {
            Org unit = m.orgs.get(people.unit[p]);
            row.set(Prop.TITLE, title);
            out(RelKind.WORKS_AT, pk, pseq, unit.kind, unit.seq, vf, NONE, SRC_CRM);
        }
        if (history) {
            List<Org> same = m.byKind.get(home.kind);
            Org prev = rng.chance(0.35) ? home : same.get(rng.nextInt(same.size()));
            int to = hired - rng.between(1, 90);
            int from = to - rng.between(365, 8 * 365);
            row.set(Prop.TITLE, previousTitle(p, title));
            out(RelKind.WORKS_AT, pk, pseq, prev.kind, prev.seq, from, to, SRC_CRM);
        }

        // line management, with an earlier manager for some
        int boss = people.boss[p];
        if (boss >= 0) {
            int formerBoss = -1;
            if (rng.chance(0.06) && home.peopleCount() > 2 && hired + 60 < TODAY - 30) {
                int q = home.pStart + rng.nextInt(home.peopleCount());
                formerBoss = q != p && q != boss ? q : -1;
            }
            if (formerBoss >= 0) {
                int switched = rng.between(hired + 60, TODAY - 30);
                out(RelKind.REPORTS_TO, pk, pseq, people.kind(formerBoss), people.seq[formerBoss], hired, switched - 1, SRC_CRM);
                out(RelKind.REPORTS_TO, pk, pseq, people.kind(boss), people.seq[boss], switched, NONE, SRC_CRM);
            } else {
                out(RelKind.REPORTS_TO, pk, pseq, people.kind(boss), people.seq[boss], rng.chance(0.8) ? hired : NONE, NONE, SRC_CRM);
            }
        }

        influences(p, home);
        if (people.isPhysician(p)) {
            referrals(p, home);
        }
        if (people.has(p, People.FLAG_PRESCRIBER)) {
            prescribes(p);
        }
        if (people.isPhysician(p) && home.kind != NodeKind.ACO) {
            Org aco = home.aco != null ? home.aco : home.kind == NodeKind.CLINIC && home.idn != null ? home.idn.aco : null;
            if (aco != null && rng.chance(home.aco != null ? 0.8 : 0.4)) {
                out(RelKind.MEMBER_OF, pk, pseq, NodeKind.ACO, aco.seq, Math.max(hired, Math.max(aco.founded, home.acoFrom)),
                        NONE, SRC_REGISTRY);
            }
        }
    }

    private String previousTitle(int p, String title) {
        int spec = people.specialty[p];
        return switch (people.profession[p]) {
            case Market.PHYSICIAN -> spec < 0 ? "Attending Physician"
                    : title.startsWith("Attending") || title.startsWith("Physician") || title.equals("Hospitalist")
                    ? "Fellow, " + Market.SPECIALTIES[spec] : "Attending Physician, " + Market.SPECIALTIES[spec];
            case Market.NURSE -> title.equals("Registered Nurse") ? "Staff Nurse" : "Registered Nurse";
            case Market.PHARMACIST -> title.startsWith("Director") || title.contains("Chief") ? "Pharmacy Manager" : "Staff Pharmacist";
            default -> "Deputy " + title;
        };
    }

    /** Influence out of p: line management, peers (dense inside the organization), the IDN, a few further away,
     * committee colleagues, and for key opinion leaders a heavy-tailed reach across the region. */
    private void influences(int p, Org home) {
        int boss = people.boss[p];
        if (boss >= 0 && rng.chance(0.6)) {
            influence(p, boss, rng.around(0.35, 0.2), "reports_to", SRC_CRM);
        }
        for (int i = m.childStart[p]; i < m.childStart[p + 1]; i++) {
            if (rng.chance(0.8)) {
                influence(p, m.children[i], rng.around(0.6, 0.25), "reports_to", SRC_CRM);
            }
        }
        int size = home.peopleCount();
        if (size > 1) {
            int k = Math.min(size - 1, rng.poisson(PEER_MEAN));
            for (int i = 0; i < k; i++) {
                int q = home.pStart + rng.nextInt(size);
                if (q != p) {
                    influence(p, q, rng.around(0.3, 0.25), "peer", SRC_FIELD);
                }
            }
        }
        Org idn = home.kind == NodeKind.IDN ? home : home.idn;
        if (idn != null && idn.peopleCount() > 1) {
            int k = rng.poisson(1.6);
            for (int i = 0; i < k; i++) {
                int q = idn.pStart + rng.nextInt(idn.peopleCount());
                boolean coAuthors = people.isPhysician(p) && people.isPhysician(q) && home.teaching && rng.chance(0.3);
                influence(p, q, rng.around(0.25, 0.2), coAuthors ? "co_authorship" : "peer", coAuthors ? SRC_PUBLICATIONS : SRC_FIELD);
            }
        }
        int far = rng.poisson(0.35);
        for (int i = 0; i < far; i++) {
            int q;
            if (home.national) {
                q = m.natStart + rng.nextInt(m.natEnd - m.natStart);
            } else {
                Region r = m.region(home);
                q = r.pStart + rng.nextInt(r.pEnd - r.pStart);
            }
            boolean coAuthors = people.isPhysician(p) && people.isPhysician(q) && rng.chance(0.5);
            influence(p, q, rng.around(0.2, 0.15), coAuthors ? "co_authorship" : "other", coAuthors ? SRC_PUBLICATIONS : SRC_FIELD);
        }
        for (int i = m.seatStart[p]; i < m.seatStart[p + 1]; i++) {
            Org c = m.orgs.get(m.seatOrg[i]);
            int k = rng.between(1, 3);
            for (int j = 0; j < k && c.seatCount > 1; j++) {
                int s = rng.nextInt(c.seatCount);
                if (c.seats[s * 4 + 3] == NONE) {
                    influence(p, c.seats[s * 4], rng.around(0.45, 0.2), "committee_colleague", SRC_CRM);
                }
            }
        }
        if (people.has(p, People.FLAG_KOL) && !home.national) {
            Region r = m.region(home);
            int cap = Math.max(1, Math.min(3_000, r.physicians.length / 2));
            int reach = (int) Math.min(cap, rng.pareto(18, 1.1));
            int written = 0;
            for (int tries = 0; written < reach && tries < reach * 4; tries++) {
                Region from = m.regions.size() > 1 && rng.chance(0.08) ? m.regions.get(rng.nextInt(m.regions.size())) : r;
                if (from.physicians.length == 0) {
                    continue;
                }
                int q = from.physicians[rng.nextInt(from.physicians.length)];
                if (sharesArea(p, q) || rng.chance(0.1)) {
                    if (influence(p, q, rng.around(0.55, 0.3), "kol", SRC_PUBLICATIONS)) {
                        written++;
                    }
                }
            }
        }
    }

    private boolean sharesArea(int p, int q) {
        int sp = people.specialty[p];
        int sq = people.specialty[q];
        if (sp < 0 || sq < 0) {
            return false;
        }
        for (int a : Market.SPECIALTY_AREAS[sp]) {
            for (int b : Market.SPECIALTY_AREAS[sq]) {
                if (a == b) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean influence(int p, int q, double strength, String basis, String src) {
        if (p == q) {
            return false;
        }
        int vf = since(0.25, Y2018, TODAY - 20);
        int vt = NONE;
        if (vf != NONE && vf + 120 < TODAY - 10 && rng.chance(0.04)) {
            vt = rng.between(vf + 120, TODAY - 10);
        }
        row.set(Prop.STRENGTH, strength(strength)).set(Prop.BASIS, basis);
        return out(RelKind.INFLUENCES, people.kind(p), people.seq[p], people.kind(q), people.seq[q], vf, vt, src);
    }

    /** Referrals into specialist p (shared-patient claims; counts under 11 suppressed), heavy-tailed by referral pull. */
    private void referrals(int p, Org home) {
        double w = people.weight[p];
        if (w <= 0 || home.national) {
            return;
        }
        Region r = m.region(home);
        if (r.physicians.length < 2) {
            return;
        }
        int k = Math.min(Math.min(400, r.physicians.length / 3 + 1), rng.poisson(w * REFERRAL_MEAN));
        Org idn = home.kind == NodeKind.IDN ? home : home.idn;
        int pseq = people.seq[p];
        for (int i = 0; i < k; i++) {
            int q = -1;
            if (idn != null && rng.chance(0.65)) {
                for (int tries = 0; tries < 8 && q < 0; tries++) {
                    int c = idn.pStart + rng.nextInt(idn.peopleCount());
                    q = people.isPhysician(c) ? c : -1;
                }
            }
            if (q < 0) {
                q = r.physicians[rng.nextInt(r.physicians.length)];
            }
            if (q == p) {
                continue;
            }
            long patients = Math.round(rng.lognormal(16, 0.9));
            long claims = Math.max(1, Math.round(patients * rng.uniform(1.6, 4.5)) + rng.between(0, 5));
            row.set(Prop.PATIENTS, patients >= 11 ? Long.toString(patients) : null).set(Prop.CLAIMS, Long.toString(claims));
            int vf = rng.chance(0.2) ? NONE : Dates.of(2025, 1, 1);
            if (!in(RelKind.REFERS_TO, NodeKind.CLINICIAN, people.seq[q], NodeKind.CLINICIAN, pseq, vf, NONE, SRC_CLAIMS)) {
                continue;
            }
            if (rng.chance(0.12)) {
                long before = Math.round(patients * rng.uniform(0.5, 1.3));
                row.set(Prop.PATIENTS, before >= 11 ? Long.toString(before) : null)
                        .set(Prop.CLAIMS, Long.toString(Math.max(1, Math.round(before * rng.uniform(1.6, 4.5)))));
                in(RelKind.REFERS_TO, NodeKind.CLINICIAN, people.seq[q], NodeKind.CLINICIAN, pseq, Dates.of(2024, 1, 1),
                        Dates.of(2024, 12, 31), SRC_CLAIMS);
            }
            if (patients >= 35) {
                influence(p, q, Math.min(0.95, 0.2 + patients / 150.0), "referral", SRC_CLAIMS);
            }
        }
    }

    /** What a prescriber prescribes in the areas of their specialty: annual claims (11 or more) and spend. */
    private void prescribes(int p) {
        int[] areas = Market.SPECIALTY_AREAS[people.specialty[p]];
        boolean nurse = people.profession[p] == Market.NURSE;
        double volume = people.volume[p];
        int pseq = people.seq[p];
        int thisYear = Dates.of(2026, 1, 1);
        int lastYear = Dates.of(2025, 1, 1);
        for (int a : areas) {
            Product[] products = byArea[a];
            int k = nurse ? rng.between(1, 2) : areas.length > 1 ? rng.between(1, 3) : rng.between(2, 4);
            int start = rng.nextInt(products.length);
            int step = 1 + rng.nextInt(products.length - 1);
            for (int i = 0; i < k; i++) {
                Product pr = products[(start + i * step) % products.length];
                long claims = Math.min(4_000, Math.round(volume * rng.lognormal(areas.length > 1 ? 45 : 70, 0.9)));
                if (claims < 11 || pr.launch() >= thisYear) {
                    continue; // under 11 claims is suppressed in public prescriber data
                }
                row.set(Prop.CLAIMS, Long.toString(claims));
                amount(claims * pr.price() * rng.uniform(0.85, 1.15));
                if (!out(RelKind.PRESCRIBES, NodeKind.CLINICIAN, pseq, NodeKind.PRODUCT, pr.seq(), thisYear, NONE, SRC_CLAIMS)) {
                    continue;
                }
                if (pr.launch() < lastYear && rng.chance(0.2)) {
                    long before = Math.round(claims * rng.uniform(0.6, 1.3));
                    if (before >= 11) {
                        row.set(Prop.CLAIMS, Long.toString(before));
                        amount(before * pr.price() * rng.uniform(0.8, 1.1));
                        out(RelKind.PRESCRIBES, NodeKind.CLINICIAN, pseq, NodeKind.PRODUCT, pr.seq(), lastYear,
                                thisYear - 1, SRC_CLAIMS);
                    }
                }
            }
        }
    }

    // --- our team --------------------------------------------------------------------------------------------------

    private void teamEdges(TeamMember t) {
        Region r = m.regions.get(t.region);
        if (t.boss >= 0) {
            TeamMember b = m.team.get(t.boss);
            out(RelKind.REPORTS_TO, NodeKind.TEAM_MEMBER, t.seq, NodeKind.TEAM_MEMBER, b.seq, Math.max(t.hired, b.hired), NONE, SRC_CRM);
        }
        switch (t.role) {
            case Market.KAM -> {
                for (Org idn : r.idns) {
                    if (idn.territory == t.territory && rng.chance(0.85)) {
                        coverAccount(t, idn, 0.55);
                    }
                }
                for (Org h : r.hospitals) {
                    if (h.territory == t.territory && (h.size >= 150 || h.teaching) && rng.chance(0.5)) {
                        coverAccount(t, h, 0.5);
                    }
                }
            }
            case Market.MSL -> {
                for (int p : r.physicians) {
                    boolean kol = people.has(p, People.FLAG_KOL) && rng.chance(0.45);
                    boolean head = people.has(p, People.FLAG_HEAD) && territory(p) == t.territory && rng.chance(0.2);
                    if (kol || head) {
                        coverPerson(t, p);
                    }
                }
            }
            case Market.REP -> {
                for (int p : r.physicians) {
                    if (people.has(p, People.FLAG_PRESCRIBER) && territory(p) == t.territory
                            && rng.chance(Math.min(0.6, 0.03 + 0.05 * people.volume[p]))) {
                        coverPerson(t, p);
                    }
                }
                for (Org c : r.clinics) {
                    if (c.territory == t.territory && rng.chance(0.25)) {
                        cover(t, c);
                    }
                }
            }
            case Market.NURSE_NAVIGATOR -> {
                for (int p = r.pStart; p < r.pEnd; p++) {
                    if (people.profession[p] != Market.NURSE || territory(p) != t.territory) {
                        continue;
                    }
                    String title = m.titles.get(people.title[p]);
                    double chance = people.has(p, People.FLAG_EXEC) ? 0.5
                            : title.contains("Navigator") || title.equals("Nurse Manager") ? 0.3 : title.startsWith("Nurse Practitioner") ? 0.05 : 0;
                    if (chance > 0 && rng.chance(chance)) {
                        coverPerson(t, p);
                    }
                }
                for (Org c : r.clinics) {
                    if (c.territory == t.territory && c.specialty == Market.ONCOLOGY && rng.chance(0.5)) {
                        cover(t, c);
                    }
                }
            }
            case Market.MARKET_ACCESS -> {
                for (Org payer : r.payers) {
                    if (rng.chance(0.9)) {
                        coverAccount(t, payer, 0.35);
                    }
                }
                for (Org payer : m.nationalPayers) {
                    if (rng.chance(0.3)) {
                        coverAccount(t, payer, 0.1);
                    }
                }
                for (Org pbm : m.pbms) {
                    if (rng.chance(0.4)) {
                        coverAccount(t, pbm, 0.1);
                    }
                }
                if (rng.chance(0.9)) {
                    coverAccount(t, r.authority, 0.5);
                }
                for (Org c : r.committees) {
                    if ((c.territory == t.territory || c.parent.kind == NodeKind.PAYER) && rng.chance(0.35)) {
                        cover(t, c);
                    }
                }
                for (Org idn : r.idns) {
                    if (idn.territory == t.territory) {
                        for (int p : new int[] {idn.economist, idn.procurement, idn.pharmacyLead}) {
                            if (p >= 0 && rng.chance(0.35)) {
                                coverPerson(t, p);
                            }
                        }
                    }
                }
            }
            default -> throw new IllegalStateException("unknown team role " + t.role);
        }
    }

    private int territory(int p) {
        Org home = m.orgs.get(people.org[p]);
        return home.national ? -1 : home.territory;
    }

    /** Covers an account and, with the given chance each, its key people (who may be deliberately uncovered). */
    private void coverAccount(TeamMember t, Org account, double peopleChance) {
        cover(t, account);
        for (int p : new int[] {account.ceo, account.cfo, account.cmo, account.pharmacyLead, account.procurement,
            account.economist, account.nurseLead}) {
            if (p >= 0 && rng.chance(peopleChance)) {
                coverPerson(t, p);
            }
        }
    }

    private void cover(TeamMember t, Org o) {
        coverage(t, o.kind, o.seq);
    }

    private void coverPerson(TeamMember t, int p) {
        if (!people.has(p, People.FLAG_UNCOVERED)) {
            coverage(t, people.kind(p), people.seq[p]);
        }
    }

    private void coverage(TeamMember t, NodeKind kind, int seq) {
        int vf = rng.between(Math.max(t.hired, Dates.of(2019, 1, 1)), TODAY - 14);
        int vt = NONE;
        if (vf + 60 < TODAY - 7 && rng.chance(0.04)) {
            vt = rng.between(vf + 60, TODAY - 7);
        }
        int end = vt == NONE ? TODAY : vt;
        int contact = Dates.clamp(end - (int) rng.exponential(80), vf, end);
        row.set(Prop.STRENGTH, strength(rng.around(0.5, 0.4))).set(Prop.LAST_CONTACT, Dates.format(contact));
        out(RelKind.COVERS, NodeKind.TEAM_MEMBER, t.seq, kind, seq, rng.chance(0.1) ? NONE : vf, vt, SRC_CRM);
    }

    // --- decisions and initiatives ---------------------------------------------------------------------------------

    private void decisionEdges(Decision d) {
        in(RelKind.DECIDES, NodeKind.COMMITTEE, d.committee.seq, NodeKind.DECISION, d.seq, d.created, NONE, SRC_CRM);
        for (int[] member : d.dmu) {
            int p = member[0];
            row.set(Prop.ROLE, Market.DMU_ROLES[member[1]]);
            in(RelKind.IN_DMU, people.kind(p), people.seq[p], NodeKind.DECISION, d.seq, d.created, member[2], SRC_FIELD);
        }
        for (int product : d.products) {
            out(RelKind.CONCERNS, NodeKind.DECISION, d.seq, NodeKind.PRODUCT, product, d.created, NONE, SRC_CRM);
        }
        out(RelKind.AT, NodeKind.DECISION, d.seq, d.account.kind, d.account.seq, d.created, NONE, SRC_CRM);
    }

    private void initiativeEdges(Initiative in) {
        out(RelKind.AT, NodeKind.INITIATIVE, in.seq, in.account.kind, in.account.seq, in.agreed, NONE, SRC_CRM);
        for (int product : in.products) {
            out(RelKind.TARGETS, NodeKind.INITIATIVE, in.seq, NodeKind.PRODUCT, product, in.agreed, NONE, SRC_CRM);
        }
        int closed = in.status.equals("completed") || in.status.equals("stopped") ? Math.max(in.agreed, Math.min(in.end, TODAY - 1)) : NONE;
        for (int p : in.engaged) {
            out(RelKind.ENGAGES, NodeKind.INITIATIVE, in.seq, people.kind(p), people.seq[p], in.agreed, closed, SRC_CRM);
        }
        for (int owner : in.owners) {
            in(RelKind.OWNS, NodeKind.TEAM_MEMBER, owner, NodeKind.INITIATIVE, in.seq, in.agreed, closed, SRC_CRM);
        }
    }
}
