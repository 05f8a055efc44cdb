package org.kamgraph.demo;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kamgraph.model.NodeKind;

/**
 * The nodes of a demo market, built in memory (compactly: memory grows with nodes, never with edges) before any
 * file is written. The market is a set of regions (US-state-sized, 3-4 sales territories each) plus national
 * players: the federal authority, national payers, the three PBMs, the three big wholesalers and the products.
 * Everything derives from the seed; each region and each build step has its own random stream.
 */
final class Market {
    // --- vocabularies shared with the edge writer -------------------------------------------------------------
    static final String[] PERSON_ROLES = {"executive", "procurement", "health_economist", "payer_medical_director",
        "administrator", "pharmacist", "nurse", "physician", "other"};
    static final int EXECUTIVE = 0;
    static final int PROCUREMENT = 1;
    static final int ECONOMIST = 2;
    static final int PAYER_MD = 3;
    static final int ADMIN = 4;
    static final int PHARMACIST_ROLE = 5;
    static final int NURSE_ROLE = 6;
    static final int PHYSICIAN_ROLE = 7;
    static final int OTHER_ROLE = 8;

    static final String[] PROFESSIONS = {"physician", "nurse", "pharmacist", "other"};
    static final int PHYSICIAN = 0;
    static final int NURSE = 1;
    static final int PHARMACIST = 2;

    static final String[] SEAT_ROLES = {"chair", "vice_chair", "member", "secretary", "advisor"};
    static final int CHAIR = 0;
    static final int VICE_CHAIR = 1;
    static final int MEMBER = 2;
    static final int SECRETARY = 3;
    static final int ADVISOR = 4;

    static final String[] DMU_ROLES = {"decider", "influencer", "gatekeeper", "buyer", "user", "approver"};
    static final int DECIDER = 0;
    static final int INFLUENCER = 1;
    static final int GATEKEEPER = 2;
    static final int BUYER = 3;
    static final int USER = 4;
    static final int APPROVER = 5;

    static final String[] TEAM_ROLES = {"kam", "msl", "nurse_navigator", "market_access", "rep"};
    static final int KAM = 0;
    static final int MSL = 1;
    static final int NURSE_NAVIGATOR = 2;
    static final int MARKET_ACCESS = 3;
    static final int REP = 4;

    /** Physician specialties, the therapeutic areas (indexes into {@link Names#AREAS}) each prescribes in, and referral pull. */
    static final String[] SPECIALTIES = {"Family Medicine", "Internal Medicine", "Hematology/Oncology", "Cardiology",
        "Endocrinology", "Rheumatology", "Dermatology", "Gastroenterology", "Pulmonology", "Neurology", "Psychiatry",
        "Emergency Medicine", "General Surgery", "Pediatrics", "Nephrology", "Radiology", "Anesthesiology",
        "Hospital Medicine"};
    static final int FAMILY = 0;
    static final int INTERNAL = 1;
    static final int ONCOLOGY = 2;
    static final int HOSPITALIST = 17;
    static final int[][] SPECIALTY_AREAS = {{1, 2, 4}, {1, 2, 4}, {0}, {1}, {2}, {3}, {3}, {3}, {4}, {5}, {5}, {},
        {}, {4}, {1, 2}, {}, {}, {1, 4}};
    static final double[] REFERRAL_PULL = {0.15, 0.4, 3.0, 2.6, 2.0, 2.0, 1.4, 2.0, 2.0, 2.4, 1.0, 0.3, 1.6, 0.5,
        1.5, 0.4, 0.1, 0.3};

    /** Hospital departments: name and the physician specialty working there (-1: pharmacy). */
    static final String[] DEPARTMENTS = {"Internal Medicine", "Emergency Medicine", "Pharmacy", "Cardiology",
        "Oncology", "Surgery", "Pulmonology", "Neurology", "Endocrinology", "Pediatrics", "Gastroenterology",
        "Rheumatology", "Nephrology", "Radiology"};
    static final int[] DEPARTMENT_SPECIALTY = {1, 11, -1, 3, 2, 12, 8, 9, 4, 13, 7, 5, 14, 15};

    /** Clinic specialties (index into SPECIALTIES, -1 = multispecialty) with weights. */
    static final int[] CLINIC_SPECIALTY = {FAMILY, INTERNAL, -1, ONCOLOGY, 3, 4, 5, 8, 9, 7, 6, 13};
    static final double[] CLINIC_WEIGHT = {30, 15, 12, 8, 8, 5, 4, 4, 4, 4, 3, 3};

    /** Scale at which the market is national (used to scale national players' regional money flows). */
    static final double NATIONAL_SCALE = 50.0;

    // --- the market ----------------------------------------------------------------------------------------------
    final long seed;
    final Timeline timeline;
    final double scale;
    final double usShare;
    final List<Region> regions = new ArrayList<>();
    final List<Org> orgs = new ArrayList<>();
    final Map<NodeKind, List<Org>> byKind = new EnumMap<>(NodeKind.class);
    final People people = new People();
    final List<String> titles = new ArrayList<>();
    private final Map<String, Integer> titleIndex = new HashMap<>();
    final List<Product> products = new ArrayList<>();
    final List<Org> nationalPayers = new ArrayList<>();
    final List<Org> pbms = new ArrayList<>();
    final List<Org> bigWholesalers = new ArrayList<>();
    final List<Org> minorWholesalers = new ArrayList<>();
    final List<Org> nationalPharmacies = new ArrayList<>();
    final List<Org> nationalCommittees = new ArrayList<>();
    Org federal;
    int natStart;
    int natEnd;
    final List<TeamMember> team = new ArrayList<>();
    final List<Decision> decisions = new ArrayList<>();
    final List<Initiative> initiatives = new ArrayList<>();
    final List<Milestone> milestones = new ArrayList<>();
    /** Direct reports of each person (CSR), and the committees each person currently sits on (CSR). */
    int[] childStart;
    int[] children;
    int[] seatStart;
    int[] seatOrg;
    private int orgNpiSerial;

    /** One region: a US-state-sized market with its cities, territories and organizations. */
    static final class Region {
        int index;
        String code;
        String name;
        int stateNumber;
        double s;
        long population;
        String[] cities;
        int[] cityTerritory;
        double[] cityWeight;
        String[] territories;
        Org authority;
        Org medicaid;
        final List<Org> payers = new ArrayList<>();
        final List<Org> idns = new ArrayList<>();
        final List<Org> hospitals = new ArrayList<>();
        final List<Org> clinics = new ArrayList<>();
        final List<Org> acos = new ArrayList<>();
        final List<Org> pharmacies = new ArrayList<>();
        final List<Org> committees = new ArrayList<>();
        final List<Org> wholesalers = new ArrayList<>();
        final Set<String> names = new HashSet<>();
        int pStart;
        int pEnd;
        int[] physicians = new int[0];
        int teamStart;
        int teamEnd;
    }

    /** A drug. */
    record Product(int seq, String brand, String generic, int area, double price, boolean ours, int launch) {
    }

    /** A member of our field team. */
    static final class TeamMember {
        int seq;
        int region;
        int territory;
        int role;
        String name;
        String email;
        int hired;
        int boss = -1;
    }

    /** A pending or past decision with its decision-making unit. */
    static final class Decision {
        int seq;
        int region;
        String name;
        String type;
        String status;
        int created;
        int due;
        Org committee;
        Org account;
        int area;
        final List<Integer> products = new ArrayList<>();
        final List<int[]> dmu = new ArrayList<>(); // {person, role, validTo}
    }

    /** A strategic initiative agreed with an account. */
    static final class Initiative {
        int seq;
        int region;
        String name;
        String type;
        String status;
        int agreed;
        int start;
        int end;
        Org account;
        final List<Integer> products = new ArrayList<>();
        final List<Integer> owners = new ArrayList<>();
        final List<Integer> engaged = new ArrayList<>();
    }

    /** A dated step of an initiative, with its status on the demo's "today". */
    static final class Milestone {
        int seq;
        int initiative;
        String name;
        int due;
        int completed;
        String status;
    }

    Market(DemoMarketSpec spec) {
        this(spec, Math.max(1, (int) Math.round(spec.scale())));
    }

    /** A market of {@code regionCount} regions sharing the spec's scale (tests use this for small multi-region markets). */
    Market(DemoMarketSpec spec, int regionCount) {
        this.seed = spec.seed();
        this.scale = spec.scale();
        this.timeline = new Timeline(spec.today());
        this.usShare = Math.min(1.0, scale / NATIONAL_SCALE);
        for (NodeKind k : NodeKind.values()) {
            byKind.put(k, new ArrayList<>());
        }
        NationalOrgs national = new NationalOrgs(this);
        national.buildRegions(regionCount, scale / regionCount);
        national.buildProducts();
        national.buildNationalOrgs();
        RegionOrgs regional = new RegionOrgs(this);
        for (Region r : regions) {
            regional.buildRegionOrgs(r);
        }
        Staff staff = new Staff(this);
        for (Region r : regions) {
            staff.buildRegionPeople(r);
        }
        staff.buildNationalPeople();
        ReportingLines lines = new ReportingLines(this);
        lines.buildChildren();
        lines.planReportingLines();
        for (Region r : regions) {
            staff.markPeople(r);
        }
        new Seats(this).buildSeats();
        new Team(this).buildTeam();
        Decisions dec = new Decisions(this);
        Initiatives ini = new Initiatives(this);
        for (Region r : regions) {
            dec.buildDecisions(r);
            ini.buildInitiatives(r);
        }
        ini.buildMilestones();
        formularies();
    }

    /**
     * How many tiers each payer's and PBM's formulary has (3 to 6): PBMs and Medicare Part D plans run five or six
     * (with a specialty tier), commercial plans three to five, Medicaid three or four. A stream of its own.
     */
    private void formularies() {
        for (NodeKind k : new NodeKind[] {NodeKind.PAYER, NodeKind.PBM}) {
            for (Org o : byKind.get(k)) {
                Rng rng = Rng.of(seed, 8, o.index);
                o.formularyTiers = k == NodeKind.PBM ? rng.between(5, 6) : switch (o.subtype) {
                    case "medicare" -> rng.between(5, 6);
                    case "medicaid" -> rng.between(3, 4);
                    default -> rng.between(3, 5);
                };
            }
        }
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    Org org(NodeKind kind) {
        List<Org> list = byKind.get(kind);
        Org o = new Org(kind, list.size(), orgs.size());
        list.add(o);
        orgs.add(o);
        if (kind == NodeKind.HOSPITAL || kind == NodeKind.CLINIC || kind == NodeKind.PHARMACY) {
            o.npi = orgNpiSerial++;
        }
        return o;
    }

    int count(NodeKind kind) {
        return switch (kind) {
            case PERSON, CLINICIAN -> people.count(kind);
            case TEAM_MEMBER -> team.size();
            case PRODUCT -> products.size();
            case DECISION -> decisions.size();
            case INITIATIVE -> initiatives.size();
            case MILESTONE -> milestones.size();
            default -> byKind.get(kind).size();
        };
    }

    short title(String t) {
        Integer i = titleIndex.get(t);
        if (i == null) {
            i = titles.size();
            titles.add(t);
            titleIndex.put(t, i);
        }
        return (short) (int) i;
    }

    Region region(Org o) {
        return regions.get(o.region);
    }


    List<Product> productsIn(int area) {
        return products.stream().filter(p -> p.area() == area).toList();
    }


    List<TeamMember> teamOf(Region r, int role, int territory) {
        List<TeamMember> list = new ArrayList<>();
        for (int i = r.teamStart; i < r.teamEnd; i++) {
            TeamMember t = team.get(i);
            if (t.role == role && (territory < 0 || t.territory == territory)) {
                list.add(t);
            }
        }
        return list;
    }


    boolean prescribesIn(int p, int area) {
        int spec = people.specialty[p];
        if (spec < 0) {
            return false;
        }
        for (int a : SPECIALTY_AREAS[spec]) {
            if (a == area) {
                return true;
            }
        }
        return false;
    }

}
