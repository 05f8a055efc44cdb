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

/** The market's regions, its products and the national players: the federal authority, national payers, PBMs, big wholesalers, PBM pharmacies. */
final class NationalOrgs extends MarketPart {
    NationalOrgs(Market m) {
        super(m);
    }

    void buildRegions(int regionCount, double s) {
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
            r.name = (round == 0 ? "" : Names.REGION_QUALIFIERS[(round - 1) % Names.REGION_QUALIFIERS.length] + " ") + Names.STATES[state][1];
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

    void buildProducts() {
        Rng rng = Rng.of(seed, 3, 0);
        for (Object[] p : Names.PRODUCTS) {
            int year = (Integer) p[5];
            int launch = tl.of(year, rng.between(1, 12), rng.between(1, 28));
            products.add(new Product(products.size(), (String) p[0], (String) p[1], (Integer) p[2], (Double) p[3],
                    (Boolean) p[4], launch));
        }
    }

    List<Product> productsIn(int area) {
        return products.stream().filter(p -> p.area() == area).toList();
    }

    void buildNationalOrgs() {
        Rng rng = Rng.of(seed, 4, 0);
        m.federal = org(NodeKind.HEALTH_AUTHORITY);
        m.federal.name = "Federal Health Coverage Administration";
        m.federal.subtype = "national";
        m.federal.national = true;
        for (Object[] p : Names.PBMS) {
            Org o = org(NodeKind.PBM);
            o.name = (String) p[0];
            o.size = (Long) p[1];
            o.national = true;
            o.founded = rng.chance(0.5) ? NONE : tl.of(rng.between(1995, 2012), rng.between(1, 12), 1);
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
                pbm.parentFrom = tl.of(rng.between(2015, 2019), rng.between(1, 12), rng.between(1, 28));
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
            place(o, r, weightedCity(r, rng));
            o.name = OrgNames.exact(used, String.format(java.util.Locale.ROOT, patterns[rng.nextInt(patterns.length)], word), r, o.city);
            o.founded = rng.chance(0.6) ? NONE : tl.of(rng.between(1980, 2015), 1, 1);
            r.wholesalers.add(o);
            minorWholesalers.add(o);
        }
        for (int k = 0; k < pbms.size(); k++) {
            Org pbm = pbms.get(k);
            String shortName = pbm.name.split(" ")[0]; // "Meridian", not "Meridian Rx Solutions"
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

}
