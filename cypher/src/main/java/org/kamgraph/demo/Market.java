package org.kamgraph.demo;

import static org.kamgraph.demo.Dates.NONE;
import static org.kamgraph.demo.Dates.TODAY;

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
    private static final int[] CLINIC_SPECIALTY = {FAMILY, INTERNAL, -1, ONCOLOGY, 3, 4, 5, 8, 9, 7, 6, 13};
    private static final double[] CLINIC_WEIGHT = {30, 15, 12, 8, 8, 5, 4, 4, 4, 4, 3, 3};

    /** Scale at which the market is national (used to scale national players' regional money flows). */
    static final double NATIONAL_SCALE = 50.0;

    // --- the market ----------------------------------------------------------------------------------------------
    final long seed;
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
    private final Set<String> emails = new HashSet<>();
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
        this.usShare = Math.min(1.0, scale / NATIONAL_SCALE);
        for (NodeKind k : NodeKind.values()) {
            byKind.put(k, new ArrayList<>());
        }
        buildRegions(regionCount, scale / regionCount);
        buildProducts();
        buildNationalOrgs();
        for (Region r : regions) {
            buildRegionOrgs(r);
        }
        for (Region r : regions) {
            buildRegionPeople(r);
        }
        buildNationalPeople();
        buildChildren();
        for (Region r : regions) {
            markPeople(r);
        }
        buildSeats();
        buildTeam();
        for (Region r : regions) {
            buildDecisions(r);
            buildInitiatives(r);
        }
        buildMilestones();
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

    private static String unique(Set<String> used, String name) {
        if (used.add(name)) {
            return name;
        }
        for (int k = 2; ; k++) {
            String n = name + " " + k;
            if (used.add(n)) {
                return n;
            }
        }
    }

    private static int weightedCity(Region r, Rng rng) {
        return rng.weighted(r.cityWeight);
    }

    private static void place(Org o, Region r, int city) {
        o.region = r.index;
        o.city = city;
        o.territory = r.cityTerritory[city];
    }

    /** A city of the territory of {@code city} (or any city, sometimes). */
    private static int nearby(Region r, int city, Rng rng) {
        if (rng.chance(0.3)) {
            return weightedCity(r, rng);
        }
        int t = r.cityTerritory[city];
        for (int tries = 0; tries < 20; tries++) {
            int c = weightedCity(r, rng);
            if (r.cityTerritory[c] == t) {
                return c;
            }
        }
        return city;
    }

    private static int hireDate(Rng rng, double meanYears) {
        int d = TODAY - 14 - (int) rng.exponential(meanYears * 365);
        return Math.max(Dates.of(2004, 1, 1), d);
    }

    private static int dayBetween(Rng rng, int from, int to) {
        return to <= from ? from : rng.between(from, to);
    }

    // --- regions and national players ----------------------------------------------------------------------------

    private void buildRegions(int regionCount, double s) {
        Rng rng = Rng.of(seed, 1, 0);
        int offset = rng.nextInt(Names.STATES.length);
        for (int i = 0; i < regionCount; i++) {
            Rng rr = Rng.of(seed, 2, i);
            Region r = new Region();
            r.index = i;
            int state = (offset + i * 7) % Names.STATES.length;
            int round = i / Names.STATES.length;
            r.stateNumber = state + 1;
            r.code = Names.STATES[state][0] + (round == 0 ? "" : String.valueOf(round + 1));
            r.name = Names.STATES[state][1] + (round == 0 ? "" : " " + (round + 1));
            r.s = s;
            r.population = Math.round(6_000_000 * s);
            String[] cities = Names.CITIES.clone();
            shuffle(cities, rr);
            int nCities = Math.max(4, Math.min(cities.length, (int) Math.round(16 * Math.sqrt(s))));
            r.cities = java.util.Arrays.copyOf(cities, nCities);
            String[] suffixes = Names.TERRITORY_SUFFIXES.clone();
            shuffle(suffixes, rr);
            int nTerr = rr.between(3, 4);
            r.territories = new String[nTerr];
            for (int t = 0; t < nTerr; t++) {
                r.territories[t] = r.code + "-" + suffixes[t];
            }
            r.cityTerritory = new int[nCities];
            r.cityWeight = new double[nCities];
            for (int c = 0; c < nCities; c++) {
                r.cityTerritory[c] = c % nTerr;
                r.cityWeight[c] = 1.0 / StrictMath.pow(c + 1, 0.7);
            }
            regions.add(r);
        }
    }

    private static <T> void shuffle(T[] a, Rng rng) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            T t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    private void buildProducts() {
        Rng rng = Rng.of(seed, 3, 0);
        for (Object[] p : Names.PRODUCTS) {
            int year = (Integer) p[5];
            int launch = Dates.of(year, rng.between(1, 12), rng.between(1, 28));
            products.add(new Product(products.size(), (String) p[0], (String) p[1], (Integer) p[2], (Double) p[3],
                    (Boolean) p[4], launch));
        }
    }

    List<Product> productsIn(int area) {
        return products.stream().filter(p -> p.area() == area).toList();
    }

    private void buildNationalOrgs() {
        Rng rng = Rng.of(seed, 4, 0);
        federal = org(NodeKind.HEALTH_AUTHORITY);
        federal.name = "Federal Health Coverage Administration";
        federal.subtype = "national";
        federal.national = true;
        for (Object[] p : Names.PBMS) {
            Org o = org(NodeKind.PBM);
            o.name = (String) p[0];
            o.size = (Long) p[1];
            o.national = true;
            o.founded = rng.chance(0.5) ? NONE : Dates.of(rng.between(1995, 2012), rng.between(1, 12), 1);
            pbms.add(o);
        }
        for (Object[] p : Names.NATIONAL_PAYERS) {
            Org o = org(NodeKind.PAYER);
            o.name = (String) p[0];
            o.subtype = (String) p[1];
            o.size = (Long) p[3];
            o.national = true;
            int owned = (Integer) p[2];
            if (owned >= 0) {
                Org pbm = pbms.get(owned);
                pbm.parent = o;
                pbm.parentFrom = Dates.of(rng.between(2015, 2019), rng.between(1, 12), rng.between(1, 28));
                o.pbm = pbm;
                o.pbmFrom = rng.chance(0.5) ? NONE : pbm.parentFrom;
            }
            nationalPayers.add(o);
        }
        for (Org payer : nationalPayers) {
            if (payer.pbm == null) {
                assignPbm(payer, rng);
            }
        }
        for (String w : Names.BIG_WHOLESALERS) {
            Org o = org(NodeKind.WHOLESALER);
            o.name = w;
            o.national = true;
            o.teaching = true; // marks "big three"
            bigWholesalers.add(o);
        }
        int minor = Math.max(2, (int) Math.round(5 * Math.sqrt(scale)));
        Set<String> used = new HashSet<>(List.of(Names.BIG_WHOLESALERS));
        String[] patterns = {"%s Pharmaceutical Supply", "%s Drug Distributors", "%s Medical Wholesale", "%s Health Logistics"};
        int wordOffset = rng.nextInt(Names.DISTRIBUTOR_WORDS.length);
        for (int i = 0; i < minor; i++) {
            Org o = org(NodeKind.WHOLESALER);
            Region r = regions.get(i % regions.size());
            String word = Names.DISTRIBUTOR_WORDS[(wordOffset + i) % Names.DISTRIBUTOR_WORDS.length];
            o.name = unique(used, String.format(java.util.Locale.ROOT, patterns[rng.nextInt(patterns.length)], word));
            place(o, r, weightedCity(r, rng));
            o.founded = rng.chance(0.6) ? NONE : Dates.of(rng.between(1980, 2015), 1, 1);
            r.wholesalers.add(o);
            minorWholesalers.add(o);
        }
        for (int k = 0; k < pbms.size(); k++) {
            Org pbm = pbms.get(k);
            String shortName = pbm.name.split(" ")[0] + " " + pbm.name.split(" ")[1];
            for (String type : new String[] {"mail_order", "specialty"}) {
                Org ph = org(NodeKind.PHARMACY);
                ph.name = shortName + (type.equals("mail_order") ? " Home Delivery Pharmacy" : " Specialty Pharmacy");
                ph.subtype = type;
                ph.national = true;
                ph.parent = pbm;
                ph.parentFrom = NONE;
                ph.ownerPbm = k;
                ph.spend = (type.equals("mail_order") ? 9e9 : 14e9) * usShare * (1 - 0.15 * k);
                ph.wholesaler = bigWholesalers.get(k % 3);
                nationalPharmacies.add(ph);
            }
        }
        for (Org pbm : pbms) {
            nationalCommittees.add(committee(pbm, pbm.name + " National P&T Committee", "formulary"));
        }
        for (Org payer : nationalPayers) {
            if (payer.pbm == null || payer.pbm.parent != payer) {
                nationalCommittees.add(committee(payer, payer.name + " Pharmacy & Therapeutics Committee", "formulary"));
            }
        }
    }

    private void assignPbm(Org payer, Rng rng) {
        double[] w = {0.4, 0.34, 0.26};
        payer.pbm = pbms.get(rng.weighted(w));
        if (rng.chance(0.3)) {
            Org other;
            do {
                other = pbms.get(rng.nextInt(pbms.size()));
            } while (other == payer.pbm);
            payer.formerPbm = other;
            payer.pbmFrom = Dates.yearStart(rng.between(2021, 2026));
        } else {
            payer.pbmFrom = rng.chance(0.4) ? NONE : Dates.yearStart(rng.between(2016, 2026));
        }
    }

    private Org committee(Org owner, String name, String type) {
        Org c = org(NodeKind.COMMITTEE);
        c.name = name;
        c.subtype = type;
        c.parent = owner;
        c.region = owner.region;
        c.national = owner.national;
        c.city = owner.city;
        c.territory = owner.territory;
        c.idn = owner.kind == NodeKind.IDN ? owner : owner.idn;
        c.founded = NONE;
        owner.committees.add(c);
        return c;
    }

    // --- regional organizations ----------------------------------------------------------------------------------

    private void buildRegionOrgs(Region r) {
        Rng rng = Rng.of(seed, 10, r.index);
        double s = r.s;
        Set<String> used = r.names;

        Org auth = org(NodeKind.HEALTH_AUTHORITY);
        auth.name = unique(used, r.name + " Health Care Authority");
        auth.subtype = "state";
        place(auth, r, 0);
        r.authority = auth;

        // payers
        Org medicaid = regionalPayer(r, r.name + " Medicaid Program", "medicaid", Math.round(r.population * 0.21), rng);
        r.medicaid = medicaid;
        regionalPayer(r, rng.pick(Names.BRAND_WORDS) + " Health Plan of " + r.name, "commercial",
                Math.round(r.population * 0.24), rng);
        regionalPayer(r, rng.pick(Names.BRAND_WORDS) + " Senior Advantage", "medicare", Math.round(r.population * 0.05), rng);
        regionalPayer(r, rng.pick(Names.BRAND_WORDS) + " Community Care", "medicaid", Math.round(r.population * 0.06), rng);

        // IDNs
        int nIdn = Math.max(1, (int) Math.round(40 * s));
        String[] idnPatterns = {"%B Health", "%B Health System", "%C Health Partners", "%S Health", "%B Healthcare",
            "%C Regional Health", "%B Health Network"};
        double[] idnWeight = new double[nIdn];
        for (int i = 0; i < nIdn; i++) {
            Org idn = org(NodeKind.IDN);
            int city = weightedCity(r, rng);
            place(idn, r, city);
            idn.name = orgName(used, idnPatterns, r, city, rng);
            idn.systemId = "HSI" + String.format(java.util.Locale.ROOT, "%05d", idn.seq + 1);
            idn.founded = rng.chance(0.7) ? NONE : Dates.of(rng.between(1990, 2020), rng.between(1, 12), 1);
            r.idns.add(idn);
            idnWeight[i] = 1.0 / StrictMath.pow(i + 1, 0.85);
        }

        // hospitals
        int nHosp = Math.max(2, (int) Math.round(150 * s));
        String[] hospPatterns = {"%C General Hospital", "%C Memorial Hospital", "%S Medical Center", "%C Community Hospital",
            "%C Regional Medical Center", "%L Memorial Hospital", "%S Hospital of %C", "%B %C Medical Center"};
        String[] teachingPatterns = {"University Hospital of %C", "%C University Medical Center", "%N University Hospital"};
        int ccnSerial = 1;
        for (int i = 0; i < nHosp; i++) {
            Org h = org(NodeKind.HOSPITAL);
            Org idn = null;
            if (i < nIdn) {
                idn = r.idns.get(i);
            } else if (!rng.chance(0.12)) {
                idn = r.idns.get(rng.weighted(idnWeight));
            }
            int city = idn == null ? weightedCity(r, rng) : idn.hospitals.isEmpty() ? idn.city : nearby(r, idn.city, rng);
            place(h, r, city);
            double beds = rng.lognormal(120, 0.75);
            if (idn != null && idn.hospitals.isEmpty()) {
                beds *= 1.8; // the flagship
            }
            h.size = Math.max(15, Math.min(1500, Math.round(beds)));
            h.teaching = h.size >= 350 ? rng.chance(0.6) : rng.chance(0.03);
            h.name = orgName(used, h.teaching ? teachingPatterns : hospPatterns, r, city, rng);
            h.ccn = String.format(java.util.Locale.ROOT, "%02d%04d", r.stateNumber % 100, ccnSerial++ % 10_000);
            h.spend = h.size * rng.lognormal(95_000, 0.35);
            h.founded = rng.chance(0.85) ? NONE : Dates.of(rng.between(1995, 2022), rng.between(1, 12), 1);
            if (idn != null) {
                h.idn = idn;
                h.parent = idn;
                idn.hospitals.add(h);
                if (rng.chance(0.07) && r.idns.size() > 1) {
                    Org former;
                    do {
                        former = r.idns.get(rng.nextInt(r.idns.size()));
                    } while (former == idn);
                    int acquired = Dates.of(rng.between(2019, 2026), rng.between(1, 12), rng.between(1, 28));
                    acquired = Math.min(acquired, TODAY - 30);
                    h.formerParent = former;
                    h.formerFrom = rng.chance(0.5) ? NONE : acquired - rng.between(3 * 365, 12 * 365);
                    h.formerTo = acquired - 1;
                    h.parentFrom = acquired;
                } else {
                    h.parentFrom = rng.chance(0.5) ? NONE : Dates.of(rng.between(2008, 2025), rng.between(1, 12), 1);
                }
            }
            r.hospitals.add(h);
            // departments
            int nDept = Math.max(3, Math.min(DEPARTMENTS.length, 3 + (int) (h.size / 55)));
            for (int d = 0; d < DEPARTMENTS.length && h.departments.size() < nDept; d++) {
                if (d >= 3 && rng.chance(0.2)) {
                    continue;
                }
                Org dept = org(NodeKind.DEPARTMENT);
                dept.name = DEPARTMENTS[d] + " Department, " + h.name;
                dept.subtype = DEPARTMENTS[d];
                dept.specialty = DEPARTMENT_SPECIALTY[d];
                dept.parent = h;
                dept.idn = h.idn;
                place(dept, r, h.city);
                h.departments.add(dept);
                if (d == 2) {
                    h.pharmacyDept = dept;
                }
            }
            // its outpatient pharmacy
            Org ph = org(NodeKind.PHARMACY);
            ph.name = unique(used, h.name + " Outpatient Pharmacy");
            ph.subtype = "hospital";
            ph.parent = h;
            ph.idn = h.idn;
            place(ph, r, h.city);
            ph.spend = h.size * rng.lognormal(30_000, 0.4);
            h.pharmacy = ph;
            r.pharmacies.add(ph);
        }
        for (Org idn : r.idns) {
            idn.size = idn.hospitals.size();
        }

        // clinics
        int nClinic = Math.max(2, (int) Math.round(300 * s));
        for (int i = 0; i < nClinic; i++) {
            Org c = org(NodeKind.CLINIC);
            double roll = rng.nextDouble();
            int city;
            if (roll < 0.55) {
                Org idn = r.idns.get(rng.weighted(idnWeight));
                c.parent = idn;
                c.idn = idn;
                idn.clinics.add(c);
                city = nearby(r, idn.city, rng);
            } else if (roll < 0.85) {
                Org h = r.hospitals.get(rng.nextInt(r.hospitals.size()));
                c.parent = h;
                c.idn = h.idn;
                h.clinics.add(c);
                city = nearby(r, h.city, rng);
            } else {
                city = weightedCity(r, rng);
            }
            place(c, r, city);
            int spec = CLINIC_SPECIALTY[rng.weighted(CLINIC_WEIGHT)];
            c.size = Math.max(1, Math.min(60, Math.round(rng.lognormal(6, 0.8))));
            c.subtype = spec < 0 ? "Multispecialty" : SPECIALTIES[spec];
            c.specialty = spec;
            c.name = clinicName(used, r, c, spec, city, rng);
            double perPhysician = spec == ONCOLOGY ? 1_600_000 : spec == 5 || spec == 7 || spec == 6 ? 700_000 : 280_000;
            c.spend = c.size * rng.lognormal(perPhysician, 0.5);
            c.founded = rng.chance(0.6) ? NONE : Dates.of(rng.between(2000, 2025), rng.between(1, 12), 1);
            if (c.parent != null) {
                c.parentFrom = rng.chance(0.4) ? NONE : Dates.of(rng.between(2012, 2026), rng.between(1, 12), 1);
                c.parentFrom = c.parentFrom == NONE ? NONE : Math.min(c.parentFrom, TODAY - 30);
            }
            r.clinics.add(c);
        }
        for (Org idn : r.idns) {
            double sum = 0;
            for (Org h : idn.hospitals) {
                sum += h.spend;
                for (Org c : h.clinics) {
                    sum += c.spend;
                }
            }
            for (Org c : idn.clinics) {
                sum += c.spend;
            }
            idn.spend = sum;
        }

        // a provider-sponsored health plan owned by the largest IDN
        if (nIdn >= 3) {
            Org big = r.idns.getFirst();
            Org plan = regionalPayer(r, big.name + " Health Plan", "commercial", Math.round(r.population * 0.03), rng);
            plan.parent = big;
            plan.parentFrom = Dates.of(rng.between(2012, 2022), rng.between(1, 12), 1);
            plan.idn = big;
        }

        // ACOs
        int nAco = Math.max(1, (int) Math.round(5 * s));
        String[] acoPatterns = {"%B Accountable Care", "%N Physician ACO", "%C Care Collaborative", "%B Value Partners"};
        for (int i = 0; i < nAco; i++) {
            Org aco = org(NodeKind.ACO);
            int city = weightedCity(r, rng);
            place(aco, r, city);
            aco.name = orgName(used, acoPatterns, r, city, rng);
            aco.founded = Dates.yearStart(rng.between(2013, 2024));
            r.acos.add(aco);
        }
        for (Org idn : r.idns) {
            joinAco(idn, r, rng, 0.25);
        }
        for (Org h : r.hospitals) {
            if (h.idn == null) {
                joinAco(h, r, rng, 0.3);
            }
        }
        for (Org c : r.clinics) {
            if (c.parent == null) {
                joinAco(c, r, rng, 0.4);
            }
        }

        // committees
        for (Org idn : r.idns) {
            r.committees.add(committee(idn, idn.name + " System P&T Committee", "p_and_t"));
            if (idn.hospitals.size() >= 3) {
                r.committees.add(committee(idn, idn.name + " Value Analysis Committee", "value_analysis"));
            }
        }
        for (Org h : r.hospitals) {
            if (h.size >= 200 || h.idn == null) {
                r.committees.add(committee(h, h.name + " P&T Committee", "p_and_t"));
            }
            if (h.teaching) {
                for (Org d : h.departments) {
                    if (d.subtype.equals("Oncology")) {
                        r.committees.add(committee(d, h.name + " Oncology Pathways Committee", "other"));
                    }
                }
            }
        }
        r.committees.add(committee(auth, r.name + " Preferred Drug List Committee", "formulary"));
        r.committees.add(committee(auth, r.name + " Drug Utilization Review Board", "other"));
        for (Org payer : r.payers) {
            if (payer != r.medicaid && payer.idn == null) { // the state program uses the PDL committee; the IDN plan its P&T
                r.committees.add(committee(payer, payer.name + " P&T Committee", "formulary"));
            }
        }

        // retail, specialty and mail-order pharmacies
        int nRetail = Math.max(5, (int) Math.round(2650 * s));
        for (int i = 0; i < nRetail; i++) {
            Org ph = org(NodeKind.PHARMACY);
            int city = weightedCity(r, rng);
            place(ph, r, city);
            ph.subtype = "retail";
            if (rng.chance(0.6)) {
                ph.name = unique(used, rng.pick(Names.PHARMACY_CHAINS) + " #" + rng.between(1000, 9999));
            } else {
                String[] patterns = {"%L Pharmacy", "%C Drug", "%L Family Pharmacy", "%C Apothecary", "%L Drugs"};
                ph.name = orgName(used, patterns, r, city, rng);
            }
            ph.spend = rng.lognormal(3_200_000, 0.6);
            ph.founded = rng.chance(0.75) ? NONE : Dates.of(rng.between(2005, 2026), rng.between(1, 12), 1);
            ph.founded = ph.founded == NONE ? NONE : Math.min(ph.founded, TODAY - 60);
            r.pharmacies.add(ph);
        }
        int nSpecialty = Math.max(2, (int) Math.round(150 * s));
        Set<Org> idnWithSpecialty = new HashSet<>();
        for (int i = 0; i < nSpecialty; i++) {
            Org ph = org(NodeKind.PHARMACY);
            int city = weightedCity(r, rng);
            place(ph, r, city);
            ph.subtype = "specialty";
            Org idn = r.idns.get(rng.weighted(idnWeight));
            if (rng.chance(0.3) && idnWithSpecialty.add(idn)) {
                ph.parent = idn;
                ph.idn = idn;
                ph.name = unique(used, idn.name + " Specialty Pharmacy");
                ph.parentFrom = Dates.of(rng.between(2014, 2025), rng.between(1, 12), 1);
            } else {
                String[] patterns = {"%B Specialty Pharmacy", "%C Specialty Rx", "%L Infusion & Specialty Pharmacy"};
                ph.name = orgName(used, patterns, r, city, rng);
            }
            ph.spend = rng.lognormal(22_000_000, 0.8);
            ph.founded = rng.chance(0.5) ? NONE : Dates.of(rng.between(2008, 2025), rng.between(1, 12), 1);
            r.pharmacies.add(ph);
        }

        // wholesalers of providers and pharmacies
        for (Org idn : r.idns) {
            idn.wholesaler = bigWholesaler(rng);
            if (rng.chance(0.35)) {
                idn.wholesaler2 = r.wholesalers.isEmpty() || rng.chance(0.3) ? otherBig(idn.wholesaler, rng) : rng.pick(r.wholesalers);
            }
        }
        for (Org h : r.hospitals) {
            if (h.idn != null) {
                h.wholesaler = rng.chance(0.9) ? h.idn.wholesaler : otherBig(h.idn.wholesaler, rng);
                h.wholesaler2 = h.idn.wholesaler2 != null && rng.chance(0.5) ? h.idn.wholesaler2 : null;
            } else {
                h.wholesaler = !r.wholesalers.isEmpty() && rng.chance(0.15) ? rng.pick(r.wholesalers) : bigWholesaler(rng);
            }
        }
        for (Org c : r.clinics) {
            if (rng.chance(0.5)) {
                Org via = c.parent == null ? null : c.parent.wholesaler;
                c.wholesaler = via != null ? via : bigWholesaler(rng);
            }
        }
        for (Org ph : r.pharmacies) {
            if (ph.subtype.equals("hospital")) {
                ph.wholesaler = ph.parent.wholesaler;
            } else {
                ph.wholesaler = !r.wholesalers.isEmpty() && rng.chance(0.12) ? rng.pick(r.wholesalers) : bigWholesaler(rng);
                if (rng.chance(0.2)) {
                    Org second = !r.wholesalers.isEmpty() && rng.chance(0.5) ? rng.pick(r.wholesalers) : bigWholesaler(rng);
                    ph.wholesaler2 = second == ph.wholesaler ? null : second;
                }
            }
        }
    }

    private Org regionalPayer(Region r, String name, String type, long lives, Rng rng) {
        Org p = org(NodeKind.PAYER);
        p.name = unique(r.names, name);
        p.subtype = type;
        p.size = Math.max(1000, lives);
        place(p, r, rng.chance(0.7) ? 0 : weightedCity(r, rng));
        p.founded = rng.chance(0.6) ? NONE : Dates.of(rng.between(1985, 2018), rng.between(1, 12), 1);
        boolean stateProgram = type.equals("medicaid") && r.medicaid == null; // fee-for-service; half the states carve out a PBM
        if (!stateProgram || rng.chance(0.5)) {
            assignPbm(p, rng);
        }
        r.payers.add(p);
        return p;
    }

    private void joinAco(Org o, Region r, Rng rng, double p) {
        if (!r.acos.isEmpty() && rng.chance(p)) {
            o.aco = r.acos.get(rng.nextInt(r.acos.size()));
            o.acoFrom = Math.max(o.aco.founded, Dates.yearStart(rng.between(2016, 2026)));
        }
    }

    private Org bigWholesaler(Rng rng) {
        return bigWholesalers.get(rng.weighted(new double[] {0.38, 0.34, 0.28}));
    }

    private Org otherBig(Org not, Rng rng) {
        Org o;
        do {
            o = bigWholesaler(rng);
        } while (o == not);
        return o;
    }

    /** Fills a name pattern: %C city, %S saint, %B brand word, %L last name, %N region name. */
    private static String orgName(Set<String> used, String[] patterns, Region r, int city, Rng rng) {
        for (int attempt = 0; attempt < 6; attempt++) {
            String n = fill(rng.pick(patterns), r, city, rng);
            if (used.add(n)) {
                return n;
            }
        }
        return unique(used, fill(patterns[0], r, city, rng));
    }

    private static String fill(String pattern, Region r, int city, Rng rng) {
        return pattern.replace("%C", r.cities[city]).replace("%S", rng.pick(Names.SAINTS))
                .replace("%B", rng.pick(Names.BRAND_WORDS)).replace("%L", rng.pick(Names.LAST)).replace("%N", r.name);
    }

    private static String clinicName(Set<String> used, Region r, Org c, int spec, int city, Rng rng) {
        String specName = spec < 0 ? "Multispecialty" : SPECIALTIES[spec];
        String[] patterns = switch (spec) {
            case FAMILY -> new String[] {"%C Family Medicine", "%B Family Practice", "%L Family Medicine", "%B Primary Care"};
            case INTERNAL -> new String[] {"%C Internal Medicine", "%L & %L Internists", "%B Primary Care Associates"};
            case ONCOLOGY -> new String[] {"%C Cancer Center", "%L & %L Oncology Associates", "%B Oncology & Hematology"};
            case 3 -> new String[] {"%C Heart & Vascular", "%B Cardiology Associates", "%L Heart Clinic"};
            case -1 -> new String[] {"%B Medical Group", "%C Medical Associates", "%B Physicians Group"};
            default -> new String[] {"%C " + specName + " Clinic", "%B " + specName + " Associates", "%L " + specName};
        };
        if (c.parent != null && c.parent.kind == NodeKind.HOSPITAL && rng.chance(0.5)) {
            return unique(used, c.parent.name + " " + specName + " Clinic");
        }
        return orgName(used, patterns, r, city, rng);
    }

    // --- people --------------------------------------------------------------------------------------------------

    private int add(Org home, boolean clinician, int role, int profession, int specialty, String title, int boss,
                    int flags, Rng rng) {
        int p = people.add(clinician);
        people.first[p] = (short) rng.nextInt(Names.FIRST.length);
        people.last[p] = (short) rng.nextInt(Names.LAST.length);
        people.role[p] = (byte) role;
        people.profession[p] = (byte) profession;
        people.specialty[p] = (byte) specialty;
        people.title[p] = title(title);
        people.org[p] = home.index;
        people.boss[p] = boss;
        people.flags[p] = (byte) flags;
        people.hired[p] = hireDate(rng, (flags & People.FLAG_EXEC) != 0 ? 5 : 6.5);
        boolean prescriber = specialty >= 0 && SPECIALTY_AREAS[specialty].length > 0
                && (profession == PHYSICIAN || profession == NURSE);
        if (prescriber) {
            people.flags[p] |= People.FLAG_PRESCRIBER;
            people.volume[p] = (float) (rng.lognormal(1, 0.9) * (profession == NURSE ? 0.35 : 1.0));
        }
        if (profession == PHYSICIAN && specialty >= 0) {
            people.weight[p] = (float) (REFERRAL_PULL[specialty] * rng.lognormal(1, 0.8));
        }
        return p;
    }

    private int person(Org home, int role, String title, int boss, Rng rng) {
        return add(home, false, role, -1, -1, title, boss, role == EXECUTIVE ? People.FLAG_EXEC : 0, rng);
    }

    private int exec(Org home, boolean clinician, int role, int profession, int specialty, String title, int boss, Rng rng) {
        return add(home, clinician, role, profession, specialty, title, boss, People.FLAG_EXEC | People.FLAG_HEAD, rng);
    }

    private void buildRegionPeople(Region r) {
        Rng rng = Rng.of(seed, 20, r.index);
        r.pStart = people.n;
        for (Org idn : r.idns) {
            idn.pStart = people.n;
            idnStaff(idn, rng);
            for (Org h : idn.hospitals) {
                hospitalStaff(h, rng);
            }
            for (Org h : idn.hospitals) {
                for (Org c : h.clinics) {
                    clinicStaff(c, rng);
                }
            }
            for (Org c : idn.clinics) {
                clinicStaff(c, rng);
            }
            idn.pEnd = people.n;
        }
        for (Org h : r.hospitals) {
            if (h.idn == null) {
                hospitalStaff(h, rng);
                for (Org c : h.clinics) {
                    clinicStaff(c, rng);
                }
            }
        }
        for (Org c : r.clinics) {
            if (c.parent == null) {
                clinicStaff(c, rng);
            }
        }
        for (Org ph : r.pharmacies) {
            if (!ph.subtype.equals("hospital")) {
                pharmacyStaff(ph, rng);
            }
        }
        for (Org aco : r.acos) {
            aco.pStart = people.n;
            aco.ceo = exec(aco, false, EXECUTIVE, -1, -1, "ACO Executive Director", -1, rng);
            aco.cmo = exec(aco, true, EXECUTIVE, PHYSICIAN, FAMILY, "ACO Medical Director", aco.ceo, rng);
            people.flags[aco.cmo] &= ~People.FLAG_PRESCRIBER;
            aco.pEnd = people.n;
        }
        authorityStaff(r.authority, rng);
        for (Org payer : r.payers) {
            payerStaff(payer, false, rng);
        }
        for (Org w : r.wholesalers) {
            wholesalerStaff(w, rng);
        }
        r.pEnd = people.n;
        int count = 0;
        for (int p = r.pStart; p < r.pEnd; p++) {
            if (people.isPhysician(p)) {
                count++;
            }
        }
        r.physicians = new int[count];
        count = 0;
        for (int p = r.pStart; p < r.pEnd; p++) {
            if (people.isPhysician(p)) {
                r.physicians[count++] = p;
            }
        }
    }

    private void idnStaff(Org idn, Rng rng) {
        int n = idn.hospitals.size();
        idn.ceo = exec(idn, false, EXECUTIVE, -1, -1, "President and CEO", -1, rng);
        idn.cfo = exec(idn, false, EXECUTIVE, -1, -1, "Chief Financial Officer", idn.ceo, rng);
        int coo = exec(idn, false, EXECUTIVE, -1, -1, "Chief Operating Officer", idn.ceo, rng);
        idn.cmo = exec(idn, true, EXECUTIVE, PHYSICIAN, rng.chance(0.5) ? INTERNAL : 3, "Chief Medical Officer", idn.ceo, rng);
        idn.pharmacyLead = exec(idn, true, EXECUTIVE, PHARMACIST, -1, "System Chief Pharmacy Officer", idn.cmo, rng);
        idn.nurseLead = exec(idn, true, EXECUTIVE, NURSE, -1, "Chief Nursing Officer", idn.ceo, rng);
        idn.procurement = person(idn, PROCUREMENT, "Vice President, Supply Chain", idn.cfo, rng);
        people.flags[idn.procurement] |= People.FLAG_HEAD;
        if (n >= 2) {
            person(idn, PROCUREMENT, "Director of Value Analysis", idn.procurement, rng);
        }
        if (n >= 2 || rng.chance(0.5)) {
            idn.economist = person(idn, ECONOMIST, "Director, Health Economics and Outcomes Research", idn.cfo, rng);
        }
        if (n >= 3) {
            person(idn, ADMIN, "Vice President, Managed Care Contracting", idn.cfo, rng);
            person(idn, ADMIN, "Vice President, Population Health", idn.cmo, rng);
        }
        if (n >= 4) {
            person(idn, PROCUREMENT, "Director of Pharmacy Purchasing", idn.pharmacyLead, rng);
        }
        String[] extra = {"Vice President, Operations", "Director of Quality", "Director of Clinical Integration",
            "Vice President, Strategy", "Director of Revenue Cycle"};
        for (int i = 0; i < Math.min(extra.length, n / 2); i++) {
            person(idn, ADMIN, extra[i], coo, rng);
        }
    }

    private void hospitalStaff(Org h, Rng rng) {
        h.pStart = people.n;
        boolean inIdn = h.idn != null;
        h.ceo = exec(h, false, EXECUTIVE, -1, -1, inIdn ? "Hospital President" : "President and CEO",
                inIdn ? h.idn.ceo : -1, rng);
        h.cfo = exec(h, false, EXECUTIVE, -1, -1, "Chief Financial Officer", h.ceo, rng);
        int coo = h.size >= 150 ? exec(h, false, EXECUTIVE, -1, -1, "Chief Operating Officer", h.ceo, rng) : h.ceo;
        h.cmo = exec(h, true, EXECUTIVE, PHYSICIAN, rng.chance(0.6) ? HOSPITALIST : INTERNAL, "Chief Medical Officer", h.ceo, rng);
        h.nurseLead = exec(h, true, EXECUTIVE, NURSE, -1, "Chief Nursing Officer", h.ceo, rng);
        h.procurement = person(h, PROCUREMENT, "Director of Supply Chain", h.cfo, rng);
        people.flags[h.procurement] |= People.FLAG_HEAD;
        if (h.teaching || h.size >= 300) {
            h.economist = person(h, ECONOMIST, "Health Economics Manager", h.cfo, rng);
        }
        person(h, ADMIN, "Director of Quality", coo, rng);
        h.pharmacyLead = add(h, true, PHARMACIST_ROLE, PHARMACIST, -1, "Director of Pharmacy", h.cmo, People.FLAG_HEAD, rng);
        people.unit[h.pharmacyLead] = h.pharmacyDept.index;
        h.pharmacyDept.head = h.pharmacyLead;
        if (h.size >= 250) {
            person(h, PROCUREMENT, "Pharmacy Buyer", h.pharmacyLead, rng);
        }
        // departments and their heads
        List<Org> clinical = new ArrayList<>();
        for (Org d : h.departments) {
            int spec = d.specialty;
            if (spec < 0) {
                continue;
            }
            clinical.add(d);
            String t = h.teaching ? "Chair, Department of " + d.subtype : "Chief of " + d.subtype;
            d.head = add(h, true, PHYSICIAN_ROLE, PHYSICIAN, spec, t, h.cmo, People.FLAG_HEAD, rng);
            people.unit[d.head] = d.index;
        }
        // physicians
        int nPhys = Math.max(2, (int) Math.round(h.size * 0.22 * rng.lognormal(1, 0.2)));
        double[] w = new double[clinical.size() + 3];
        for (int i = 0; i < clinical.size(); i++) {
            w[i] = 3;
        }
        w[clinical.size()] = 4; // hospitalists
        w[clinical.size() + 1] = 2; // anesthesiology
        w[clinical.size() + 2] = 1.5; // general surgery without a department, radiology
        for (int i = 0; i < nPhys; i++) {
            int k = rng.weighted(w);
            int spec;
            Org dept = null;
            if (k < clinical.size()) {
                dept = clinical.get(k);
                spec = dept.specialty;
            } else {
                spec = k == clinical.size() ? HOSPITALIST : k == clinical.size() + 1 ? 16 : rng.chance(0.5) ? 12 : 15;
            }
            String t = spec == HOSPITALIST ? "Hospitalist" : h.teaching && rng.chance(0.4)
                    ? rng.pick(new String[] {"Assistant Professor", "Associate Professor", "Professor"}) + ", " + SPECIALTIES[spec]
                    : "Attending Physician, " + SPECIALTIES[spec];
            int p = add(h, true, PHYSICIAN_ROLE, PHYSICIAN, spec, t, dept != null ? dept.head : h.cmo, 0, rng);
            if (dept != null) {
                people.unit[p] = dept.index;
            }
        }
        // nurses
        int nNurse = Math.max(1, (int) Math.round(h.size * 0.14));
        int managers = Math.max(1, nNurse / 12);
        int[] mgr = new int[managers];
        for (int i = 0; i < managers; i++) {
            mgr[i] = add(h, true, NURSE_ROLE, NURSE, -1, "Nurse Manager", h.nurseLead, 0, rng);
        }
        for (int i = managers; i < nNurse; i++) {
            double roll = rng.nextDouble();
            if (roll < 0.18 && !clinical.isEmpty()) {
                Org d = clinical.get(rng.nextInt(clinical.size()));
                int spec = d.specialty;
                int p = add(h, true, NURSE_ROLE, NURSE, spec, "Nurse Practitioner, " + SPECIALTIES[spec], mgr[rng.nextInt(managers)], 0, rng);
                people.unit[p] = d.index;
            } else if (roll < 0.23) {
                boolean onc = clinical.stream().anyMatch(d -> d.specialty == ONCOLOGY);
                add(h, true, NURSE_ROLE, NURSE, onc ? ONCOLOGY : -1, onc ? "Oncology Nurse Navigator" : "Nurse Navigator",
                        mgr[rng.nextInt(managers)], 0, rng);
            } else if (roll < 0.3) {
                add(h, true, NURSE_ROLE, NURSE, -1, "Clinical Nurse Specialist", mgr[rng.nextInt(managers)], 0, rng);
            } else {
                add(h, true, NURSE_ROLE, NURSE, -1, "Registered Nurse", mgr[rng.nextInt(managers)], 0, rng);
            }
        }
        // pharmacists at the outpatient pharmacy and on the wards
        int nPharm = Math.max(1, (int) Math.round(h.size * 0.03));
        for (int i = 0; i < nPharm; i++) {
            String t = rng.pick(new String[] {"Clinical Pharmacist", "Clinical Pharmacist", "Oncology Pharmacist",
                "Staff Pharmacist", "Pharmacy Informatics Specialist"});
            int p = add(h, true, PHARMACIST_ROLE, PHARMACIST, -1, t, h.pharmacyLead, 0, rng);
            people.unit[p] = h.pharmacy.index;
        }
        h.pEnd = people.n;
    }

    private void clinicStaff(Org c, Rng rng) {
        c.pStart = people.n;
        int clinicSpec = c.specialty;
        int nPhys = (int) c.size;
        int boss = c.parent == null ? -1 : c.parent.cmo;
        int mdSpec = clinicSpec >= 0 ? clinicSpec : rng.chance(0.5) ? INTERNAL : FAMILY;
        int md = add(c, true, PHYSICIAN_ROLE, PHYSICIAN, mdSpec, "Medical Director", boss, People.FLAG_HEAD, rng);
        c.head = md;
        c.cmo = md;
        c.ceo = person(c, ADMIN, "Practice Administrator", md, rng);
        people.flags[c.ceo] |= People.FLAG_HEAD;
        int[] multi = {FAMILY, INTERNAL, 3, 4, 5, 8, 9, 7, 13, 6, 14};
        for (int i = 1; i < nPhys; i++) {
            int spec = clinicSpec >= 0 ? (rng.chance(0.9) ? clinicSpec : rng.pick(multi)) : rng.pick(multi);
            add(c, true, PHYSICIAN_ROLE, PHYSICIAN, spec, "Physician, " + SPECIALTIES[spec], md, 0, rng);
        }
        int nNurse = (int) Math.round(nPhys * 0.5);
        for (int i = 0; i < nNurse; i++) {
            if (rng.chance(0.25)) {
                add(c, true, NURSE_ROLE, NURSE, mdSpec, "Nurse Practitioner", md, 0, rng);
            } else {
                add(c, true, NURSE_ROLE, NURSE, -1, mdSpec == ONCOLOGY && rng.chance(0.3) ? "Oncology Nurse Navigator"
                        : "Registered Nurse", md, 0, rng);
            }
        }
        c.pEnd = people.n;
    }

    private void pharmacyStaff(Org ph, Rng rng) {
        ph.pStart = people.n;
        switch (ph.subtype) {
            case "retail" -> {
                if (rng.chance(0.45)) {
                    ph.pharmacyLead = add(ph, true, PHARMACIST_ROLE, PHARMACIST, -1, "Pharmacist-in-Charge", -1, 0, rng);
                }
            }
            case "specialty", "mail_order" -> {
                int boss = ph.idn != null ? ph.idn.pharmacyLead : -1;
                ph.pharmacyLead = add(ph, true, PHARMACIST_ROLE, PHARMACIST, -1, "Pharmacy Manager", boss, People.FLAG_HEAD, rng);
                int n = rng.between(1, ph.subtype.equals("mail_order") ? 4 : 2);
                for (int i = 0; i < n; i++) {
                    add(ph, true, PHARMACIST_ROLE, PHARMACIST, -1, "Specialty Pharmacist", ph.pharmacyLead, 0, rng);
                }
            }
            default -> {
            }
        }
        ph.pEnd = people.n;
    }

    private void authorityStaff(Org a, Rng rng) {
        a.pStart = people.n;
        boolean fed = a.national;
        a.ceo = exec(a, false, EXECUTIVE, -1, -1, fed ? "Administrator" : "Medicaid Director", -1, rng);
        a.cmo = exec(a, false, PAYER_MD, -1, -1, fed ? "Chief Medical Officer" : "State Medical Director", a.ceo, rng);
        a.pharmacyLead = person(a, PHARMACIST_ROLE, fed ? "Director, Pharmacy Policy" : "Pharmacy Program Director", a.cmo, rng);
        a.economist = person(a, ECONOMIST, fed ? "Senior Health Economist" : "Health Economist", a.cmo, rng);
        a.cfo = person(a, ADMIN, fed ? "Director, Drug Pricing and Payment" : "Budget Director", a.ceo, rng);
        if (fed) {
            person(a, ECONOMIST, "Health Economist", a.economist, rng);
        }
        a.pEnd = people.n;
    }

    private void payerStaff(Org payer, boolean national, Rng rng) {
        payer.pStart = people.n;
        payer.ceo = exec(payer, false, EXECUTIVE, -1, -1, "Chief Executive Officer", -1, rng);
        payer.cfo = exec(payer, false, EXECUTIVE, -1, -1, "Chief Financial Officer", payer.ceo, rng);
        payer.cmo = exec(payer, false, PAYER_MD, -1, -1, "Chief Medical Officer", payer.ceo, rng);
        payer.pharmacyLead = exec(payer, false, PHARMACIST_ROLE, -1, -1,
                payer.kind == NodeKind.PBM ? "Vice President, Formulary Strategy" : "Vice President, Pharmacy", payer.cmo, rng);
        int mds = payer.kind == NodeKind.PBM ? 1 : national ? 5 : 2;
        for (int i = 0; i < mds; i++) {
            person(payer, PAYER_MD, "Medical Director", payer.cmo, rng);
        }
        int pharmacists = payer.kind == NodeKind.PBM ? 4 : national ? 3 : 1;
        for (int i = 0; i < pharmacists; i++) {
            person(payer, PHARMACIST_ROLE, "Clinical Pharmacist, Formulary", payer.pharmacyLead, rng);
        }
        payer.economist = person(payer, ECONOMIST, "Director, Health Economics", payer.cmo, rng);
        int contracting = national ? 2 : 1;
        for (int i = 0; i < contracting; i++) {
            person(payer, ADMIN, payer.kind == NodeKind.PBM ? "Director, Network Contracting" : "Director, Provider Contracting",
                    payer.cfo, rng);
        }
        if (payer.kind == NodeKind.PBM) {
            person(payer, OTHER_ROLE, "Director, Trade Relations", payer.cfo, rng);
            person(payer, OTHER_ROLE, "Director, Trade Relations", payer.cfo, rng);
        }
        payer.pEnd = people.n;
    }

    private void wholesalerStaff(Org w, Rng rng) {
        w.pStart = people.n;
        w.ceo = exec(w, false, EXECUTIVE, -1, -1, "Vice President, Provider Sales", -1, rng);
        int n = rng.between(1, 2);
        for (int i = 0; i < n; i++) {
            person(w, OTHER_ROLE, "Account Executive", w.ceo, rng);
        }
        w.pEnd = people.n;
    }

    private void buildNationalPeople() {
        Rng rng = Rng.of(seed, 21, 0);
        natStart = people.n;
        authorityStaff(federal, rng);
        for (Org payer : nationalPayers) {
            payerStaff(payer, true, rng);
        }
        for (Org pbm : pbms) {
            payerStaff(pbm, true, rng);
        }
        for (Org w : bigWholesalers) {
            wholesalerStaff(w, rng);
        }
        for (Org ph : nationalPharmacies) {
            pharmacyStaff(ph, rng);
        }
        natEnd = people.n;
    }

    private void buildChildren() {
        int n = people.n;
        childStart = new int[n + 1];
        for (int p = 0; p < n; p++) {
            if (people.boss[p] >= 0) {
                childStart[people.boss[p] + 1]++;
            }
        }
        for (int p = 0; p < n; p++) {
            childStart[p + 1] += childStart[p];
        }
        children = new int[childStart[n]];
        int[] fill = java.util.Arrays.copyOf(childStart, n);
        for (int p = 0; p < n; p++) {
            if (people.boss[p] >= 0) {
                children[fill[people.boss[p]]++] = p;
            }
        }
    }

    /** Key opinion leaders (heavy-tailed reach, mostly specialists at teaching hospitals) and people nobody covers. */
    private void markPeople(Region r) {
        Rng rng = Rng.of(seed, 22, r.index);
        for (int p = r.pStart; p < r.pEnd; p++) {
            if (people.isPhysician(p) && people.specialty[p] >= 0) {
                int spec = people.specialty[p];
                Org home = orgs.get(people.org[p]);
                double prob = 0.006 * (home.teaching ? 3 : 1) * (people.has(p, People.FLAG_HEAD) ? 4 : 1)
                        * (REFERRAL_PULL[spec] >= 1 ? 1.5 : 0.4);
                if (rng.chance(prob)) {
                    people.flags[p] |= People.FLAG_KOL;
                    if (rng.chance(0.35)) {
                        people.flags[p] |= People.FLAG_UNCOVERED;
                    }
                }
            }
            if (people.has(p, People.FLAG_EXEC) && rng.chance(0.2)) {
                people.flags[p] |= People.FLAG_UNCOVERED;
            }
        }
    }

    // --- committee seats -------------------------------------------------------------------------------------------

    private void buildSeats() {
        Rng rng = Rng.of(seed, 30, 0);
        List<Org> all = new ArrayList<>(byKind.get(NodeKind.COMMITTEE));
        for (Org c : all) {
            seat(c, rng);
        }
        // CSR: the committees each person currently sits on
        int n = people.n;
        seatStart = new int[n + 1];
        for (Org c : all) {
            for (int i = 0; i < c.seatCount; i++) {
                if (c.seats[i * 4 + 3] == NONE) {
                    seatStart[c.seats[i * 4] + 1]++;
                }
            }
        }
        for (int p = 0; p < n; p++) {
            seatStart[p + 1] += seatStart[p];
        }
        seatOrg = new int[seatStart[n]];
        int[] fill = java.util.Arrays.copyOf(seatStart, n);
        for (Org c : all) {
            for (int i = 0; i < c.seatCount; i++) {
                if (c.seats[i * 4 + 3] == NONE) {
                    seatOrg[fill[c.seats[i * 4]]++] = c.index;
                }
            }
        }
    }

    private void seat(Org c, Rng rng) {
        Org owner = c.parent;
        List<Integer> pool = new ArrayList<>();
        switch (owner.kind) {
            case IDN -> {
                if (c.subtype.equals("value_analysis")) {
                    seatIf(c, owner.procurement, CHAIR, rng);
                    seatIf(c, owner.cfo, VICE_CHAIR, rng);
                    seatIf(c, owner.nurseLead, MEMBER, rng);
                    for (Org h : owner.hospitals) {
                        pool.add(h.procurement);
                        pool.add(h.nurseLead);
                        for (Org d : h.departments) {
                            if (d.subtype.equals("Surgery") || d.subtype.equals("Cardiology")) {
                                pool.add(d.head);
                            }
                        }
                    }
                    seatSome(c, pool, 6, MEMBER, rng);
                    seatIf(c, owner.economist, ADVISOR, rng);
                } else {
                    boolean cmoChairs = rng.chance(0.7);
                    seatIf(c, cmoChairs ? owner.cmo : owner.pharmacyLead, CHAIR, rng);
                    seatIf(c, cmoChairs ? owner.pharmacyLead : owner.cmo, VICE_CHAIR, rng);
                    if (!owner.hospitals.isEmpty()) {
                        seatIf(c, owner.hospitals.getFirst().pharmacyLead, SECRETARY, rng);
                    }
                    List<Integer> pharm = new ArrayList<>();
                    for (Org h : owner.hospitals) {
                        for (Org d : h.departments) {
                            if (d.head >= 0 && d.specialty >= 0 && d.specialty != 11 && d.specialty != 15) {
                                pool.add(d.head);
                            }
                        }
                        pharm.add(h.pharmacyLead);
                    }
                    seatSome(c, pool, rng.between(6, 10), MEMBER, rng);
                    seatSome(c, pharm, 2, MEMBER, rng);
                    seatIf(c, owner.nurseLead, MEMBER, rng);
                    seatIf(c, owner.economist, ADVISOR, rng);
                }
            }
            case HOSPITAL -> {
                boolean cmoChairs = rng.chance(0.6);
                for (Org d : owner.departments) {
                    if (d.head >= 0 && d.specialty >= 0) {
                        pool.add(d.head);
                    }
                }
                if (cmoChairs || pool.isEmpty()) {
                    seatIf(c, owner.cmo, CHAIR, rng);
                } else {
                    seatIf(c, pool.get(rng.nextInt(pool.size())), CHAIR, rng);
                    seatIf(c, owner.cmo, VICE_CHAIR, rng);
                }
                seatIf(c, owner.pharmacyLead, SECRETARY, rng);
                seatSome(c, pool, 8, MEMBER, rng);
                List<Integer> pharm = new ArrayList<>();
                for (int p = owner.pStart; p < owner.pEnd; p++) {
                    if (people.profession[p] == PHARMACIST && p != owner.pharmacyLead) {
                        pharm.add(p);
                    }
                }
                seatSome(c, pharm, 2, MEMBER, rng);
                seatIf(c, owner.nurseLead, MEMBER, rng);
                seatIf(c, owner.economist, ADVISOR, rng);
            }
            case DEPARTMENT -> {
                Org h = owner.parent;
                seatIf(c, owner.head, CHAIR, rng);
                for (int p = h.pStart; p < h.pEnd; p++) {
                    if (people.specialty[p] == ONCOLOGY || people.title[p] == title("Oncology Pharmacist")) {
                        pool.add(p);
                    }
                }
                seatSome(c, pool, 6, MEMBER, rng);
            }
            default -> { // payers, PBMs, authorities: formulary committees with external clinical advisors
                seatIf(c, owner.cmo, CHAIR, rng);
                seatIf(c, owner.pharmacyLead, c.subtype.equals("other") ? MEMBER : VICE_CHAIR, rng);
                for (int p = owner.pStart; p < owner.pEnd; p++) {
                    int role = people.role[p];
                    if (role == PAYER_MD || role == PHARMACIST_ROLE || role == ECONOMIST) {
                        pool.add(p);
                    }
                }
                seatSome(c, pool, 1, SECRETARY, rng);
                seatSome(c, pool, 6, MEMBER, rng);
                Region r = regions.get(owner.national ? rng.nextInt(regions.size()) : owner.region);
                List<Integer> external = new ArrayList<>();
                for (int tries = 0; tries < 400 && external.size() < 12 && r.physicians.length > 0; tries++) {
                    int p = r.physicians[rng.nextInt(r.physicians.length)];
                    if (people.has(p, People.FLAG_KOL) || people.has(p, People.FLAG_HEAD) || tries > 300) {
                        external.add(p);
                    }
                }
                seatSome(c, external, rng.between(3, 6), ADVISOR, rng);
            }
        }
        // former members: seat history
        if (!pool.isEmpty() && rng.chance(0.35)) {
            int p = pool.get(rng.nextInt(pool.size()));
            if (!c.seated(p)) {
                int from = Dates.of(rng.between(2015, 2021), rng.between(1, 12), 1);
                int to = Math.min(TODAY - 30, from + rng.between(365, 4 * 365));
                c.addSeat(p, MEMBER, from, to);
            }
        }
        // chairs are the most sought-after stakeholders; some are nobody's contact
        if (c.seatCount > 0 && rng.chance(0.25)) {
            people.flags[c.seats[0]] |= People.FLAG_UNCOVERED;
        }
    }

    private void seatIf(Org c, int p, int role, Rng rng) {
        if (p >= 0 && !c.seated(p)) {
            int from = rng.chance(0.2) ? NONE : Math.max(Dates.of(2012, 1, 1), TODAY - 20 - (int) rng.exponential(3 * 365));
            c.addSeat(p, role, from, NONE);
        }
    }

    private void seatSome(Org c, List<Integer> pool, int k, int role, Rng rng) {
        for (int tries = 0; k > 0 && tries < pool.size() * 3; tries++) {
            int p = pool.get(rng.nextInt(pool.size()));
            if (p >= 0 && !c.seated(p)) {
                seatIf(c, p, role, rng);
                k--;
            }
        }
    }

    // --- our field team --------------------------------------------------------------------------------------------

    private void buildTeam() {
        for (Region r : regions) {
            Rng rng = Rng.of(seed, 40, r.index);
            int n = Math.max(5, (int) Math.round(40 * r.s));
            int[] counts = new int[TEAM_ROLES.length];
            counts[KAM] = Math.max(1, (int) Math.round(n * 0.2));
            counts[MSL] = Math.max(1, (int) Math.round(n * 0.15));
            counts[NURSE_NAVIGATOR] = Math.max(1, (int) Math.round(n * 0.1));
            counts[MARKET_ACCESS] = Math.max(1, (int) Math.round(n * 0.15));
            counts[REP] = Math.max(1, n - counts[KAM] - counts[MSL] - counts[NURSE_NAVIGATOR] - counts[MARKET_ACCESS]);
            r.teamStart = team.size();
            int lead = -1;
            for (int role = 0; role < TEAM_ROLES.length; role++) {
                for (int i = 0; i < counts[role]; i++) {
                    TeamMember t = new TeamMember();
                    t.seq = team.size();
                    t.region = r.index;
                    t.role = role;
                    t.territory = (i + r.index) % r.territories.length;
                    String first = rng.pick(Names.FIRST);
                    String last = rng.pick(Names.LAST);
                    t.name = first + " " + last;
                    String base = (first + "." + last).toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z.]", "");
                    String email = base + "@kam-pharma.example";
                    for (int k = 2; !emails.add(email); k++) {
                        email = base + k + "@kam-pharma.example";
                    }
                    t.email = email;
                    t.hired = Math.max(Dates.of(2012, 1, 1), hireDate(rng, 4));
                    if (lead < 0) {
                        lead = t.seq;
                    } else {
                        t.boss = lead;
                    }
                    team.add(t);
                }
            }
            r.teamEnd = team.size();
        }
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

    // --- decisions and initiatives -------------------------------------------------------------------------------

    private void buildDecisions(Region r) {
        Rng rng = Rng.of(seed, 50, r.index);
        int n = Math.max(3, (int) Math.round(60 * r.s));
        List<Org> payerCommittees = new ArrayList<>();
        for (Org c : r.committees) {
            if (c.parent.kind == NodeKind.PAYER || c.parent.kind == NodeKind.HEALTH_AUTHORITY && c.subtype.equals("formulary")) {
                payerCommittees.add(c);
            }
        }
        if (r.index == 0) {
            payerCommittees.addAll(nationalCommittees);
        }
        List<Org> hospitalCommittees = new ArrayList<>();
        for (Org c : r.committees) {
            if (c.parent.kind == NodeKind.HOSPITAL || c.parent.kind == NodeKind.DEPARTMENT) {
                hospitalCommittees.add(c);
            }
        }
        for (int i = 0; i < n; i++) {
            Decision d = new Decision();
            d.seq = decisions.size();
            d.region = r.index;
            double roll = rng.nextDouble();
            Org idn = r.idns.get(rng.nextInt(r.idns.size()));
            if (roll < 0.4 || roll < 0.52 && payerCommittees.isEmpty()) {
                d.type = "formulary_listing";
                d.committee = idn.committees.getFirst();
                d.account = idn;
            } else if (roll < 0.52) {
                d.type = "formulary_listing";
                d.committee = payerCommittees.get(rng.nextInt(payerCommittees.size()));
                d.account = d.committee.parent;
            } else if (roll < 0.76 || hospitalCommittees.isEmpty()) {
                d.type = "tender";
                d.committee = idn.committees.getLast();
                d.account = idn;
            } else {
                d.type = "protocol";
                d.committee = hospitalCommittees.get(rng.nextInt(hospitalCommittees.size()));
                d.account = d.committee.parent.kind == NodeKind.DEPARTMENT ? d.committee.parent.parent : d.committee.parent;
            }
            d.area = d.committee.parent.kind == NodeKind.DEPARTMENT ? 0 : rng.nextInt(Names.AREAS.length);
            List<Product> inArea = productsIn(d.area);
            List<Product> ours = inArea.stream().filter(Product::ours).toList();
            Product main = !ours.isEmpty() && rng.chance(0.65) ? rng.pick(ours) : rng.pick(inArea);
            d.products.add(main.seq());
            int competitors = rng.between(0, 2);
            for (int k = 0; k < competitors; k++) {
                Product c = rng.pick(inArea);
                if (!d.products.contains(c.seq())) {
                    d.products.add(c.seq());
                }
            }
            double st = rng.nextDouble();
            d.status = st < 0.45 ? "open" : st < 0.67 ? "won" : st < 0.82 ? "lost" : "deferred";
            if (d.status.equals("open")) {
                d.created = TODAY - rng.between(20, 300);
                d.due = TODAY + rng.between(10, 300);
            } else {
                d.created = dayBetween(rng, Math.max(Dates.of(2020, 1, 1), main.launch()), TODAY - 120);
                d.due = Math.min(TODAY - 1, d.created + rng.between(60, 300));
                if (d.status.equals("deferred")) {
                    d.due = d.created + rng.between(120, 500);
                }
            }
            String account = d.account.name;
            d.name = switch (d.type) {
                case "formulary_listing" -> main.brand() + " formulary review, " + account;
                case "tender" -> Names.AREAS[d.area] + " tender " + Dates.year(Math.max(d.due, d.created)) + ", " + account;
                default -> Names.AREAS[d.area] + " treatment protocol, " + account;
            };
            buildDmu(d, r, rng);
            decisions.add(d);
        }
    }

    private void buildDmu(Decision d, Region r, Rng rng) {
        Set<Integer> in = new HashSet<>();
        Org c = d.committee;
        for (int i = 0; i < c.seatCount; i++) {
            if (c.seats[i * 4 + 3] != NONE) {
                continue;
            }
            int p = c.seats[i * 4];
            int role = switch (c.seats[i * 4 + 1]) {
                case CHAIR -> DECIDER;
                case VICE_CHAIR -> rng.chance(0.5) ? DECIDER : INFLUENCER;
                case SECRETARY -> GATEKEEPER;
                case ADVISOR -> INFLUENCER;
                default -> people.isPhysician(p) && rng.chance(0.25) ? USER : INFLUENCER;
            };
            dmu(d, in, p, role, rng);
        }
        Org a = d.account;
        if (d.type.equals("tender")) {
            dmu(d, in, a.procurement, BUYER, rng);
            dmu(d, in, a.cfo, APPROVER, rng);
            if (rng.chance(0.3)) {
                dmu(d, in, a.ceo, APPROVER, rng);
            }
        } else if (a.kind == NodeKind.IDN || a.kind == NodeKind.HOSPITAL) {
            if (rng.chance(0.6)) {
                dmu(d, in, a.cfo, APPROVER, rng);
            }
            if (rng.chance(0.4)) {
                dmu(d, in, a.procurement, BUYER, rng);
            }
        }
        dmu(d, in, a.pharmacyLead, GATEKEEPER, rng);
        // prescribers of the area at the account are the users
        if (a.kind == NodeKind.IDN || a.kind == NodeKind.HOSPITAL) {
            int users = rng.between(2, 4);
            for (int tries = 0; users > 0 && tries < 300 && a.pEnd > a.pStart; tries++) {
                int p = a.pStart + rng.nextInt(a.pEnd - a.pStart);
                if (people.isPhysician(p) && prescribesIn(p, d.area) && !in.contains(p)) {
                    dmu(d, in, p, USER, rng);
                    users--;
                }
            }
        }
        // an outside key opinion leader of the area
        if (rng.chance(0.5) && r.physicians.length > 0) {
            for (int tries = 0; tries < 2000; tries++) {
                int p = r.physicians[rng.nextInt(r.physicians.length)];
                if (people.has(p, People.FLAG_KOL) && prescribesIn(p, d.area)) {
                    dmu(d, in, p, INFLUENCER, rng);
                    break;
                }
            }
        }
        if (d.dmu.isEmpty()) {
            throw new IllegalStateException("decision without a decision-making unit: " + d.name);
        }
        if (d.dmu.stream().noneMatch(m -> m[1] == DECIDER)) {
            d.dmu.getFirst()[1] = DECIDER;
        }
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

    private void dmu(Decision d, Set<Integer> in, int p, int role, Rng rng) {
        if (p >= 0 && in.add(p)) {
            int to = NONE;
            if (rng.chance(0.05)) {
                to = Math.min(TODAY - 1, d.created + rng.between(10, 200));
            }
            d.dmu.add(new int[] {p, role, to});
        }
    }

    private void buildInitiatives(Region r) {
        Rng rng = Rng.of(seed, 60, r.index);
        int n = Math.max(2, (int) Math.round(40 * r.s));
        List<Org> bigHospitals = r.hospitals.stream().filter(h -> h.size >= 150).toList();
        List<Product> ours = products.stream().filter(Product::ours).toList();
        String[] types = {"outcomes_study", "adherence_programme", "pathway_redesign", "other"};
        String[] labels = {"Outcomes study", "Adherence programme", "Pathway redesign", "Joint initiative"};
        for (int i = 0; i < n; i++) {
            Initiative in = new Initiative();
            in.seq = initiatives.size();
            in.region = r.index;
            in.account = bigHospitals.isEmpty() || rng.chance(0.6) ? r.idns.get(rng.nextInt(r.idns.size()))
                    : bigHospitals.get(rng.nextInt(bigHospitals.size()));
            int t = rng.weighted(new double[] {35, 35, 25, 5});
            in.type = types[t];
            Product p = rng.pick(ours);
            in.products.add(p.seq());
            if (rng.chance(0.2)) {
                Product q = rng.pick(ours);
                if (q != p) {
                    in.products.add(q.seq());
                }
            }
            in.start = Math.max(p.launch(), Dates.of(2022, 6, 1) + rng.nextInt(Dates.of(2027, 3, 1) - Dates.of(2022, 6, 1)));
            in.end = in.start + rng.between(180, 900);
            in.agreed = in.start - rng.between(30, 120);
            if (in.start > TODAY) {
                in.status = "planned";
            } else if (in.end < TODAY) {
                in.status = rng.chance(0.85) ? "completed" : "stopped";
            } else {
                in.status = rng.chance(0.9) ? "active" : "stopped";
            }
            in.name = labels[t] + ": " + p.brand() + " with " + in.account.name;
            List<TeamMember> kams = teamOf(r, KAM, in.account.territory);
            if (kams.isEmpty()) {
                kams = teamOf(r, KAM, -1);
            }
            in.owners.add(rng.pick(kams).seq);
            if (in.type.equals("outcomes_study") && rng.chance(0.6)) {
                in.owners.add(rng.pick(teamOf(r, MSL, -1)).seq);
            }
            if (in.type.equals("adherence_programme") && rng.chance(0.5)) {
                in.owners.add(rng.pick(teamOf(r, NURSE_NAVIGATOR, -1)).seq);
            }
            Org a = in.account;
            Set<Integer> engaged = new HashSet<>();
            for (int x : new int[] {a.cmo, a.pharmacyLead, rng.chance(0.3) ? a.cfo : -1, rng.chance(0.3) ? a.economist : -1}) {
                if (x >= 0 && engaged.add(x)) {
                    in.engaged.add(x);
                }
            }
            int k = rng.between(2, 5);
            for (int tries = 0; k > 0 && tries < 300; tries++) {
                int x = a.pStart + rng.nextInt(a.pEnd - a.pStart);
                boolean fits = prescribesIn(x, p.area()) || in.type.equals("adherence_programme") && people.profession[x] == NURSE;
                if (fits && engaged.add(x)) {
                    in.engaged.add(x);
                    k--;
                }
            }
            initiatives.add(in);
        }
    }

    private static final String[][] MILESTONE_NAMES = {
        {"Protocol agreed", "Data access signed", "First patient data", "Interim analysis", "Final report"},
        {"Programme design", "Nurse training", "Programme launch", "Six-month review", "Outcomes report"},
        {"Current pathway mapped", "Redesign workshop", "Pathway approved by P&T", "Rollout", "Impact review"},
        {"Kick-off", "Midpoint review", "Close-out"}};

    /**
     * Three to five milestones per initiative, spread over its span, with a status on the demo's today: done
     * before it (an active initiative misses about one in five), planned after it; a stopped initiative's later
     * steps are cancelled. A stream of its own, so the rest of the market does not change with it.
     */
    private void buildMilestones() {
        Rng rng = Rng.of(seed, 61, 0);
        for (Initiative in : initiatives) {
            int t = switch (in.type) {
                case "outcomes_study" -> 0;
                case "adherence_programme" -> 1;
                case "pathway_redesign" -> 2;
                default -> 3;
            };
            String[] names = MILESTONE_NAMES[t];
            int k = t == 3 ? names.length : rng.between(3, names.length);
            int stoppedAt = in.status.equals("stopped") ? in.start + (in.end - in.start) / 2 : Integer.MAX_VALUE;
            for (int i = 0; i < k; i++) {
                Milestone m = new Milestone();
                m.seq = milestones.size();
                m.initiative = in.seq;
                m.name = (i < k - 1 ? names[i] : names[names.length - 1]) + " (" + in.name + ")";
                m.due = in.start + (int) ((long) (in.end - in.start) * (i + 1) / k);
                m.completed = Dates.NONE;
                if (m.due > stoppedAt) {
                    m.status = "cancelled";
                } else if (m.due < TODAY) {
                    if (in.status.equals("active") && rng.chance(0.2)) {
                        m.status = "missed";
                    } else {
                        m.status = "done";
                        m.completed = Math.min(TODAY, m.due + rng.between(-20, 10));
                    }
                } else {
                    m.status = i > 0 && milestones.get(m.seq - 1).status.equals("done") && in.status.equals("active")
                            ? "in_progress" : "planned";
                }
                milestones.add(m);
            }
        }
    }
}
