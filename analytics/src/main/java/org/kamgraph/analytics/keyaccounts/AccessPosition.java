package org.kamgraph.analytics.keyaccounts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kamgraph.algorithms.scoring.ListingQuality;
import org.kamgraph.cypher.keyaccounts.KeyAccountQueries.Body;
import org.kamgraph.cypher.keyaccounts.KeyAccountQueries.Listing;

/**
 * The ACCESS component's facts: the mean {@link ListingQuality} of our products over every (payer, PBM or committee
 * of the account) × (our product) pair, an unlisted pair counting as such, and how many pairs hold each formulary
 * position. O(bodies × products × listings).
 */
public record AccessPosition(int bodies, int pairs, double quality, Map<String, Integer> positions) {

    public static AccessPosition of(List<String> bodies, Map<String, Body> listings, List<String> ours) {
        Map<String, Integer> positions = new LinkedHashMap<>();
        double quality = 0;
        int pairs = 0;
        for (String b : bodies) {
            Body body = listings.get(b);
            for (String product : ours) {
                Listing l = body == null ? null : listing(body, product);
                boolean listed = l != null;
                Long tier = listed ? l.tier() : null;
                Boolean pa = listed ? l.priorAuth() : null;
                Boolean st = listed ? l.stepTherapy() : null;
                Boolean ex = listed ? l.excluded() : null;
                quality += ListingQuality.of(listed, tier, pa, st, ex);
                positions.merge(ListingQuality.position(listed, tier, pa, st, ex), 1, Integer::sum);
                pairs++;
            }
        }
        return new AccessPosition(bodies.size(), pairs, quality, positions);
    }

    /** The body's listing of the product, or null when it does not list it. */
    public static Listing listing(Body body, String productId) {
        return body.listings().stream().filter(x -> x.productId().equals(productId)).findFirst().orElse(null);
    }

    /** The component's input: the mean quality, or null when there is no pair to judge. */
    public Double fact() {
        return pairs > 0 ? quality / pairs : null;
    }

    public String detail() {
        if (bodies == 0) {
            return "no payer, PBM or committee found for the account";
        }
        List<String> parts = new ArrayList<>();
        positions.forEach((k, v) -> parts.add(v + " " + k));
        return bodies + " payers, PBMs and committees × our products: " + String.join(", ", parts);
    }
}
