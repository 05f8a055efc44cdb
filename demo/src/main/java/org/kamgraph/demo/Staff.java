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

/** The people of the market: the staff of every organization, their reporting lines, key opinion leaders and people nobody covers. */
final class Staff extends MarketPart {
    Staff(Market m) {
        super(m);
    }

    int add(Org home, boolean clinician, int role, int profession, int specialty, String title, int boss,
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

    int person(Org home, int role, String title, int boss, Rng rng) {
        return add(home, false, role, -1, -1, title, boss, role == EXECUTIVE ? People.FLAG_EXEC : 0, rng);
    }

    int exec(Org home, boolean clinician, int role, int profession, int specialty, String title, int boss, Rng rng) {
        return add(home, clinician, role, profession, specialty, title, boss, People.FLAG_EXEC | People.FLAG_HEAD, rng);
    }

    void buildRegionPeople(Region r) {
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

    void idnStaff(Org idn, Rng rng) {
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

    void hospitalStaff(Org h, Rng rng) {
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

    void clinicStaff(Org c, Rng rng) {
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

    void pharmacyStaff(Org ph, Rng rng) {
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

    void authorityStaff(Org a, Rng rng) {
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

    void payerStaff(Org payer, boolean national, Rng rng) {
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

    void wholesalerStaff(Org w, Rng rng) {
        w.pStart = people.n;
        w.ceo = exec(w, false, EXECUTIVE, -1, -1, "Vice President, Provider Sales", -1, rng);
        int n = rng.between(1, 2);
        for (int i = 0; i < n; i++) {
            person(w, OTHER_ROLE, "Account Executive", w.ceo, rng);
        }
        w.pEnd = people.n;
    }

    void buildNationalPeople() {
        Rng rng = Rng.of(seed, 21, 0);
        m.natStart = people.n;
        authorityStaff(m.federal, rng);
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
        m.natEnd = people.n;
    }

    /** Key opinion leaders (heavy-tailed reach, mostly specialists at teaching hospitals) and people nobody covers. */
    void markPeople(Region r) {
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
}
