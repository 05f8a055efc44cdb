package org.kamgraph.analytics.impact;

import org.kamgraph.analytics.impact.AccessModel.Position;
import org.kamgraph.cypher.BadInputException;

/**
 * What a formulary-impact question changes in a listing; null fields keep the current listing's value. The rules:
 * something must change, a tier lies within the model's (and the organization's) tiers, an exclusion comes alone, and
 * naming a tier lists an excluded product.
 */
public record ListingChange(Long tier, Boolean priorAuth, Boolean stepTherapy, Boolean excluded) {

    /** BAD_REQUEST naming the field when the change names nothing, a tier out of range, or an exclusion with more. */
    public void validate() {
        if (tier == null && priorAuth == null && stepTherapy == null && excluded == null) {
            throw new BadInputException("change", "name what changes: tier, priorAuth, stepTherapy or excluded");
        }
        if (tier != null && (tier < 1 || tier > AccessModel.TIERS)) {
            throw new BadInputException("change.tier", "must be between 1 and " + AccessModel.TIERS + ", was " + tier);
        }
        if (Boolean.TRUE.equals(excluded) && (tier != null || Boolean.TRUE.equals(priorAuth) || Boolean.TRUE.equals(stepTherapy))) {
            throw new BadInputException("change.excluded", "an excluded product has no tier, prior authorization or step therapy;"
                    + " give excluded: true alone");
        }
    }

    /** A tier beyond the organization's formulary (when the model records its tier count, formularyTiers) is refused. */
    public void withinFormulary(Long formularyTiers, String id) {
        if (tier != null && formularyTiers != null && tier > formularyTiers) {
            throw new BadInputException("change.tier", "must be within the " + formularyTiers + " tiers of " + id + "'s formulary, was "
                    + tier);
        }
    }

    /** The position after the change: named fields replace the current ones; naming a tier lists an excluded product. */
    public Position apply(Position before) {
        if (Boolean.TRUE.equals(excluded)) {
            return new Position(null, false, false, true);
        }
        boolean out = excluded != null ? excluded : tier == null && before != null && before.excluded();
        Long t = tier != null ? tier : before == null ? null : before.tier();
        boolean pa = priorAuth != null ? priorAuth : before != null && !before.excluded() && before.priorAuth();
        boolean st = stepTherapy != null ? stepTherapy : before != null && !before.excluded() && before.stepTherapy();
        return out ? new Position(null, false, false, true) : new Position(t, pa, st, false);
    }

    /** A stored listing as a position: an excluded product has no tier or restrictions; a tier is clamped to the model's. */
    public static Position position(Long tier, Boolean priorAuth, Boolean stepTherapy, Boolean excluded) {
        boolean out = Boolean.TRUE.equals(excluded);
        Long t = out || tier == null ? null : Math.max(1, Math.min(AccessModel.TIERS, tier));
        return new Position(t, !out && Boolean.TRUE.equals(priorAuth), !out && Boolean.TRUE.equals(stepTherapy), out);
    }
}
