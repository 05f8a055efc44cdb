package org.kamgraph.demo;

import java.util.Set;
import org.kamgraph.demo.Market.Region;

/**
 * Distinct, plausible organization names, never numbered ("University Hospital of Auburn 2" reads as generated).
 * A name is drawn from patterns a few times; if every draw is taken, it becomes a campus, a location or a street
 * variant of itself ("Auburn General Hospital, North Campus", "Beacon Health (Salem)"), tried in a fixed order so
 * that the result only depends on the seed. Names are unique within a region's set.
 *
 * <p>Pattern placeholders: %C the city, %S a saint's or faith name, %B a brand word, %L a last name, %N the region's
 * name, %T a street.
 */
final class OrgNames {
    private OrgNames() {
    }

    private static final int DRAWS = 8;
    private static final String[] CAMPUSES = {"North Campus", "South Campus", "East Campus", "West Campus",
        "Downtown Campus", "Riverside Campus", "Lakeside Campus", "Hillside Campus", "Midtown Campus", "Parkview Campus"};

    /** A name from the patterns for an organization in {@code city}, unused in {@code used} (which it joins). */
    static String draw(Set<String> used, String[] patterns, Region r, int city, Rng rng) {
        String first = null;
        for (int attempt = 0; attempt < DRAWS; attempt++) {
            String n = fill(rng.pick(patterns), r, city, rng);
            if (used.add(n)) {
                return n;
            }
            first = first == null ? n : first;
        }
        return variant(used, first, r, city);
    }

    /** {@code name} if unused, otherwise a campus, location or street variant of it. */
    static String exact(Set<String> used, String name, Region r, int city) {
        return used.add(name) ? name : variant(used, name, r, city);
    }

    /** A chain pharmacy's store: "Corner Drug, Maple Avenue, Salem". */
    static String chainStore(Set<String> used, Region r, int city, Rng rng) {
        String chain = rng.pick(Names.PHARMACY_CHAINS);
        for (int attempt = 0; attempt < DRAWS; attempt++) {
            String n = chain + ", " + rng.pick(Names.STREETS) + ", " + r.cities[city];
            if (used.add(n)) {
                return n;
            }
        }
        for (String street : Names.STREETS) {
            for (int c = 0; c < r.cities.length; c++) {
                String n = chain + ", " + street + ", " + r.cities[(city + c) % r.cities.length];
                if (used.add(n)) {
                    return n;
                }
            }
        }
        throw new IllegalStateException("no store name left for " + chain + " in " + r.name);
    }

    private static String variant(Set<String> used, String name, Region r, int city) {
        for (String campus : CAMPUSES) {
            String n = name + ", " + campus;
            if (used.add(n)) {
                return n;
            }
        }
        for (int c = 0; c < r.cities.length; c++) {
            String place = r.cities[(city + c) % r.cities.length];
            if (!name.contains(place)) {
                String n = name + " (" + place + ")";
                if (used.add(n)) {
                    return n;
                }
            }
        }
        for (String street : Names.STREETS) {
            String n = name + ", " + street;
            if (used.add(n)) {
                return n;
            }
        }
        throw new IllegalStateException("no distinct name left for " + name + " in " + r.name);
    }

    static String fill(String pattern, Region r, int city, Rng rng) {
        String s = pattern;
        while (s.contains("%L")) {
            s = s.replaceFirst("%L", rng.pick(Names.LAST));
        }
        return s.replace("%C", r.cities[city]).replace("%S", rng.pick(Names.SAINTS))
                .replace("%B", rng.pick(Names.BRAND_WORDS)).replace("%N", r.name).replace("%T", rng.pick(Names.STREETS));
    }

    /** "Beacon Health" owns "Beacon Health Plan"; "Summit Regional Medical Center" owns "Summit Regional Medical Center Health Plan". */
    static String healthPlanOf(String owner) {
        return owner.endsWith(" Health") ? owner + " Plan" : owner + " Health Plan";
    }
}
