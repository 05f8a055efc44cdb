package org.kamgraph.demo;

import static org.kamgraph.demo.Dates.NONE;

import java.io.IOException;
import java.util.List;
import org.kamgraph.demo.Market.Decision;
import org.kamgraph.demo.Market.Initiative;
import org.kamgraph.demo.Market.Milestone;
import org.kamgraph.demo.Market.Product;
import org.kamgraph.demo.Market.Region;
import org.kamgraph.demo.Market.TeamMember;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.RelKind;

/** Writes the market's nodes, one file per kind. */
final class NodeWriter extends EdgeWriter {
    NodeWriter(EdgeWriter shared) {
        super(shared);
    }

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
            case PAYER -> List.of(Prop.PAYER_TYPE, Prop.LIVES_COVERED, Prop.FORMULARY_TIERS);
            case PBM -> List.of(Prop.LIVES_COVERED, Prop.FORMULARY_TIERS);
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

    void writeOrgs(NodeKind k) throws IOException {
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
                case PAYER -> row.set(Prop.PAYER_TYPE, o.subtype).set(Prop.LIVES_COVERED, Long.toString(o.size))
                        .set(Prop.FORMULARY_TIERS, Integer.toString(o.formularyTiers));
                case PBM -> row.set(Prop.LIVES_COVERED, Long.toString(o.size))
                        .set(Prop.FORMULARY_TIERS, Integer.toString(o.formularyTiers));
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

    void writePeople() throws IOException {
        CsvSink.Table persons = sink.nodes(NodeKind.PERSON, List.of(Prop.ID, Prop.NAME, Prop.TITLE, Prop.PERSON_ROLE,
                Prop.REGION, Prop.TERRITORY, Prop.SOURCE, Prop.LAST_VERIFIED));
        // With the published files, the NPI registry file gives clinicians their NPI, profession, taxonomy,
        // credential and practice city; Clinician.csv keeps what our CRM knows of them (name as we show it, title,
        // role, specialty, territory).
        CsvSink.Table clinicians = sink.nodes(NodeKind.CLINICIAN, published != null
                ? List.of(Prop.ID, Prop.NAME, Prop.TITLE, Prop.PERSON_ROLE, Prop.SPECIALTY, Prop.REGION, Prop.TERRITORY,
                        Prop.SOURCE, Prop.LAST_VERIFIED)
                : List.of(Prop.ID, Prop.NAME, Prop.TITLE, Prop.PERSON_ROLE, Prop.PROFESSION, Prop.SPECIALTY, Prop.NPI,
                        Prop.REGION, Prop.TERRITORY, Prop.SOURCE, Prop.LAST_VERIFIED));
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
            if (people.clinician[p] && published != null) {
                published.clinician(p);
                row.set(Prop.SOURCE, SRC_CRM);
                if (people.specialty[p] >= 0) {
                    row.set(Prop.SPECIALTY, Market.SPECIALTIES[people.specialty[p]]);
                }
                clinicians.write(row);
            } else if (people.clinician[p]) {
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

    void writeTeam() throws IOException {
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

    void writeProducts() throws IOException {
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

    void writeDecisions() throws IOException {
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

    void writeInitiatives() throws IOException {
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

    void writeMilestones() throws IOException {
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
}
