package org.kamgraph.analytics.impact;

import java.util.List;
import java.util.Locale;
import org.kamgraph.analytics.impact.AccessModel.Position;

/** The plain-language notes of a formulary impact: what its numbers rest on and what they leave out. */
public final class ImpactNotes {
    private ImpactNotes() {
    }

    /**
     * Adds the notes to {@code notes}. {@code prescribing}: the baseline is a committee's prescribing rather than money
     * paid; {@code organizationSpend}: all the organization's spend (the cap on a gain); {@code marketShare}: the
     * product's share of prescribing spend (what an estimate uses).
     */
    public static void explain(List<String> notes, boolean prescribing, double organizationSpend, Baseline baseline,
                               SpendAtRisk.Outcome o, Position before, String product, double marketShare, Double costPerPatient,
                               double keptBefore) {
        if (before == null) {
            notes.add("The listing organization does not list " + product + " on that day: before counts as not listed (keeps "
                    + keptBefore + " of use).");
        }
        if (prescribing) {
            notes.add("Baseline: PRESCRIBES spend of clinicians working at the committee's organization and its units.");
        } else if (baseline.channels().isEmpty()) {
            notes.add("No money relationship out of the organization on that day: there is no baseline spend.");
        } else if (!o.stated()) {
            notes.add(String.format(Locale.ROOT, "ESTIMATED: %.2f of the %.2f baseline comes from money relationships without an"
                    + " amount.%s part; the product's share of prescribing spend (%.4f) of what their stated parts leave is used.",
                    o.estimated(), o.baseline(), product, marketShare));
        }
        double unattributed = o.baseline() - o.reachingAccounts();
        if (unattributed > 1e-9 * Math.max(1, o.baseline())) {
            notes.add(String.format(Locale.ROOT, "%.2f of the baseline goes to organizations that pay no account or pharmacy on"
                    + " record: it is in the channels but reaches no account.", unattributed));
        }
        if (costPerPatient == null) {
            notes.add("No PRESCRIBES claims are recorded for " + product + ": patients affected is unknown.");
        }
        if (o.capped()) {
            notes.add(String.format(Locale.ROOT, "The model's gain (x %.4f) would take the product above all the organization's"
                    + " spend (%.2f): the gain is capped there.", o.ratio(), organizationSpend));
        }
        if ("BETTER".equals(o.direction()) && o.baseline() <= 0) {
            notes.add("There is no baseline spend to scale: in this model a better listing gains nothing from no current use.");
        }
    }
}
