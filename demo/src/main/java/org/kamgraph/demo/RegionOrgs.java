package org.kamgraph.demo;

import static org.kamgraph.demo.Dates.NONE;
import static org.kamgraph.demo.Market.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kamgraph.demo.Market.Decision;
import org.kamgraph.demo.Market.Initiative;
import org.kamgraph.demo.Market.Milestone;
import org.kamgraph.demo.Market.Product;
import org.kamgraph.demo.Market.Region;
import org.kamgraph.demo.Market.TeamMember;
import org.kamgraph.model.NodeKind;

/** The organizations of one region: its authority, payers, IDNs with hospitals, departments and clinics, ACOs, committees, pharmacies and their wholesalers. */
final class RegionOrgs extends MarketPart {
    RegionOrgs(Market m) {
        super(m);
    }

    void buildRegionOrgs(Region r) {
        Rng rng = Rng.of(seed, 10, r.index);
        double s = r.s;
        Set<String> used = r.names;

        Org auth = org(NodeKind.HEALTH_AUTHORITY);
        auth.name = OrgNames.exact(used, r.name + " Health Care Authority", r, 0);
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
            idn.name = OrgNames.draw(used, idnPatterns, r, city, rng);
            idn.systemId = "HSI" + String.format(java.util.Locale.ROOT, "%05d", idn.seq + 1);
            idn.founded = rng.chance(0.7) ? NONE : tl.of(rng.between(1990, 2020), rng.between(1, 12), 1);
            r.idns.add(idn);
            idnWeight[i] = 1.0 / StrictMath.pow(i + 1, 0.85);
        }

        // hospitals
        int nHosp = Math.max(2, (int) Math.round(150 * s));
        String[] hospPatterns = {"%C General Hospital", "%C Memorial Hospital", "%S Medical Center", "%C Community Hospital",
            "%C Regional Medical Center", "%L Memorial Hospital", "%S Hospital of %C", "%B %C Medical Center"};
        String[] teachingPatterns = {"University Hospital of %C", "%C University Medical Center", "%N University Hospital",
            "%S University Medical Center", "%B University Hospital", "%L University Medical Center"};
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
            h.name = OrgNames.draw(used, h.teaching ? teachingPatterns : hospPatterns, r, city, rng);
            h.ccn = String.format(java.util.Locale.ROOT, "%02d%04d", r.stateNumber % 100, ccnSerial++ % 10_000);
            h.spend = h.size * rng.lognormal(95_000, 0.35);
            h.founded = rng.chance(0.85) ? NONE : tl.of(rng.between(1995, 2022), rng.between(1, 12), 1);
            if (idn != null) {
                h.idn = idn;
                h.parent = idn;
                idn.hospitals.add(h);
                if (rng.chance(0.07) && r.idns.size() > 1) {
                    Org former;
                    do {
                        former = r.idns.get(rng.nextInt(r.idns.size()));
                    } while (former == idn);
                    int acquired = tl.of(rng.between(2019, 2026), rng.between(1, 12), rng.between(1, 28));
                    acquired = Math.min(acquired, today - 30);
                    h.formerParent = former;
                    h.formerFrom = rng.chance(0.5) ? NONE : acquired - rng.between(3 * 365, 12 * 365);
                    h.formerTo = acquired - 1;
                    h.parentFrom = acquired;
                } else {
                    h.parentFrom = rng.chance(0.5) ? NONE : tl.of(rng.between(2008, 2025), rng.between(1, 12), 1);
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
            ph.name = OrgNames.exact(used, h.name + " Outpatient Pharmacy", r, h.city);
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
            c.founded = rng.chance(0.6) ? NONE : tl.of(rng.between(2000, 2025), rng.between(1, 12), 1);
            if (c.parent != null) {
                c.parentFrom = rng.chance(0.4) ? NONE : tl.of(rng.between(2012, 2026), rng.between(1, 12), 1);
                c.parentFrom = c.parentFrom == NONE ? NONE : Math.min(c.parentFrom, today - 30);
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
            Org plan = regionalPayer(r, OrgNames.healthPlanOf(big.name), "commercial", Math.round(r.population * 0.03), rng);
            plan.parent = big;
            plan.parentFrom = tl.of(rng.between(2012, 2022), rng.between(1, 12), 1);
            plan.idn = big;
        }

        // ACOs
        int nAco = Math.max(1, (int) Math.round(5 * s));
        String[] acoPatterns = {"%B Accountable Care", "%N Physician ACO", "%C Care Collaborative", "%B Value Partners"};
        for (int i = 0; i < nAco; i++) {
            Org aco = org(NodeKind.ACO);
            int city = weightedCity(r, rng);
            place(aco, r, city);
            aco.name = OrgNames.draw(used, acoPatterns, r, city, rng);
            aco.founded = tl.yearStart(rng.between(2013, 2024));
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
                ph.name = OrgNames.chainStore(used, r, city, rng);
            } else {
                String[] patterns = {"%L Pharmacy", "%C Drug", "%L Family Pharmacy", "%C Apothecary", "%L Drugs", "%L Pharmacy of %C",
                    "%L & %L Pharmacy", "%T Pharmacy", "%T Apothecary"};
                ph.name = OrgNames.draw(used, patterns, r, city, rng);
            }
            ph.spend = rng.lognormal(3_200_000, 0.6);
            ph.founded = rng.chance(0.75) ? NONE : tl.of(rng.between(2005, 2026), rng.between(1, 12), 1);
            ph.founded = ph.founded == NONE ? NONE : Math.min(ph.founded, today - 60);
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
                ph.name = OrgNames.exact(used, idn.name + " Specialty Pharmacy", r, idn.city);
                ph.parentFrom = tl.of(rng.between(2014, 2025), rng.between(1, 12), 1);
            } else {
                String[] patterns = {"%B Specialty Pharmacy", "%C Specialty Rx", "%L Infusion & Specialty Pharmacy", "%B Specialty Rx of %C"};
                ph.name = OrgNames.draw(used, patterns, r, city, rng);
            }
            ph.spend = rng.lognormal(22_000_000, 0.8);
            ph.founded = rng.chance(0.5) ? NONE : tl.of(rng.between(2008, 2025), rng.between(1, 12), 1);
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

    Org regionalPayer(Region r, String name, String type, long lives, Rng rng) {
        Org p = org(NodeKind.PAYER);
        p.name = OrgNames.exact(r.names, name, r, 0);
        p.subtype = type;
        p.size = Math.max(1000, lives);
        place(p, r, rng.chance(0.7) ? 0 : weightedCity(r, rng));
        p.founded = rng.chance(0.6) ? NONE : tl.of(rng.between(1985, 2018), rng.between(1, 12), 1);
        boolean stateProgram = type.equals("medicaid") && r.medicaid == null; // fee-for-service; half the states carve out a PBM
        if (!stateProgram || rng.chance(0.5)) {
            assignPbm(p, rng);
        }
        r.payers.add(p);
        return p;
    }

    void joinAco(Org o, Region r, Rng rng, double p) {
        if (!r.acos.isEmpty() && rng.chance(p)) {
            o.aco = r.acos.get(rng.nextInt(r.acos.size()));
            o.acoFrom = Math.max(o.aco.founded, tl.yearStart(rng.between(2016, 2026)));
        }
    }

    Org bigWholesaler(Rng rng) {
        return bigWholesalers.get(rng.weighted(new double[] {0.38, 0.34, 0.28}));
    }

    Org otherBig(Org not, Rng rng) {
        Org o;
        do {
            o = bigWholesaler(rng);
        } while (o == not);
        return o;
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
            return OrgNames.exact(used, c.parent.name + " " + specName + " Clinic", r, city);
        }
        return OrgNames.draw(used, patterns, r, city, rng);
    }
}
