package org.kamgraph.analytics.inference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.kamgraph.analytics.inference.PairEvidence.Adoption;
import org.kamgraph.analytics.inference.PairEvidence.KolPayment;
import org.kamgraph.analytics.inference.PairEvidence.SharedCommittee;

/**
 * The strength of influence of one person on another from the evidence between them (docs/INFERENCE.md). Each kind of
 * evidence is a term {@code p_i = weight_i * x_i / (x_i + scale_i)}; the strength is their noisy-OR
 * {@code 1 - prod(1 - p_i)} (each term an independent chance that the influence exists); the basis is the term with
 * the largest {@code p_i}. The terms and their directions:
 * <ul>
 * <li>{@code shared_patients}: x = patients (else claims) the influenced referred to the influencer (the receiver,
 * usually the specialist, influences the referrer's prescribing). Barnett et al., Health Services Research 46(5)
 * (2011): shared patients predict professional ties; Landon et al., JAMA 308(3) (2012).</li>
 * <li>{@code committee_colleague}: x = committees both sat on at the same time; both directions. Coleman, Katz and
 * Menzel, Medical Innovation (1966): colleagues who discuss cases adopt after one another.</li>
 * <li>{@code reports_to}: x = 1 when the influenced reports to the influencer (scale 0: an indicator).</li>
 * <li>{@code kol_payment}: x = USD the influencer was paid for speaking, consulting or education about products the
 * influenced prescribes, between tied people only. Iyengar, Van den Bulte and Valente, Marketing Science 30(2)
 * (2011): opinion leaders and heavy users exert more contagion.</li>
 * <li>{@code adoption_order}: x = products the influencer prescribed before the influenced, between tied people only
 * (social contagion over network ties: Coleman et al. 1966; Iyengar et al. 2011).</li>
 * </ul>
 */
public final class InfluenceFormula {
    public static final String SHARED_PATIENTS = "shared_patients";
    public static final String COMMITTEE = "committee_colleague";
    public static final String REPORTS_TO = "reports_to";
    public static final String KOL_PAYMENT = "kol_payment";
    public static final String ADOPTION_ORDER = "adoption_order";

    private final InferenceParameters parameters;

    public InfluenceFormula(InferenceParameters parameters) {
        this.parameters = parameters;
    }

    public InferenceParameters parameters() {
        return parameters;
    }

    /** One term's contribution: basis, probability, evidence in words, earliest date. */
    public record TermValue(String basis, double probability, String evidence, LocalDate from) {
    }

    /** The inferred influence, or empty when the evidence gives less than the least strength (or none). */
    public Optional<InferredInfluence> infer(PairEvidence e) {
        List<TermValue> terms = terms(e);
        if (terms.isEmpty()) {
            return Optional.empty();
        }
        double none = 1;
        LocalDate from = null;
        for (TermValue t : terms) {
            none *= 1 - t.probability();
            if (t.from() != null && (from == null || t.from().isBefore(from))) {
                from = t.from();
            }
        }
        double strength = round(1 - none);
        if (strength <= 0 || strength < parameters.minStrength()) {
            return Optional.empty();
        }
        List<String> words = terms.stream().map(TermValue::evidence).toList();
        return Optional.of(new InferredInfluence(e.influencer(), e.influenced(), strength, terms.getFirst().basis(),
                String.join("; ", words), from));
    }

    /** The terms with a positive probability, largest first (ties in the order of the list above). */
    public List<TermValue> terms(PairEvidence e) {
        List<TermValue> out = new ArrayList<>();
        referral(e, out);
        committees(e, out);
        if (e.reportingLine()) {
            add(out, REPORTS_TO, parameters.reportingLine().probability(1),
                    "line manager" + (e.reportsSince() == null ? "" : " since " + e.reportsSince().getYear()), e.reportsSince());
        }
        if (e.tied()) {
            payments(e.payments(), out);
            adoptions(e.adoptions(), out);
        }
        out.sort(Comparator.comparingDouble(TermValue::probability).reversed()); // stable: ties keep the list's order
        return out;
    }

    private void referral(PairEvidence e, List<TermValue> out) {
        PairEvidence.Referral r = e.referral();
        if (r == null) {
            return;
        }
        String year = r.from() == null ? "" : " " + r.from().getYear();
        if (r.patients() != null && r.patients() > 0) {
            add(out, SHARED_PATIENTS, parameters.sharedPatients().probability(r.patients()), r.patients() + " shared patients" + year, r.from());
        } else if (r.claims() != null && r.claims() > 0) {
            add(out, SHARED_PATIENTS, parameters.sharedPatients().probability(r.claims()), r.claims() + " shared claims" + year, r.from());
        }
    }

    private void committees(PairEvidence e, List<TermValue> out) {
        if (e.committees().isEmpty()) {
            return;
        }
        List<SharedCommittee> sorted = new ArrayList<>(e.committees());
        sorted.sort(Comparator.comparing(SharedCommittee::since, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(c -> c.name() == null ? "" : c.name()));
        List<String> words = new ArrayList<>();
        for (SharedCommittee c : sorted) {
            words.add("same " + (c.name() == null ? "committee" : c.name()) + (c.since() == null ? "" : " since " + c.since().getYear()));
        }
        add(out, COMMITTEE, parameters.committee().probability(sorted.size()), String.join(", ", words), sorted.getFirst().since());
    }

    private void payments(List<KolPayment> payments, List<TermValue> out) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, double[]> amounts = new LinkedHashMap<>();
        Map<String, int[]> years = new LinkedHashMap<>();
        double total = 0;
        LocalDate from = null;
        for (KolPayment p : payments) {
            if (p.nature() == null || !parameters.kolNatures().contains(p.nature()) || !(p.amount() > 0)) {
                continue;
            }
            String key = p.product() + "\u0000" + p.nature();
            counts.computeIfAbsent(key, k -> new long[1])[0] += Math.max(1, p.payments());
            amounts.computeIfAbsent(key, k -> new double[1])[0] += p.amount();
            int[] span = years.computeIfAbsent(key, k -> new int[] {Integer.MAX_VALUE, Integer.MIN_VALUE});
            if (p.date() != null) {
                span[0] = Math.min(span[0], p.date().getYear());
                span[1] = Math.max(span[1], p.date().getYear());
                from = from == null || p.date().isBefore(from) ? p.date() : from;
            }
            total += p.amount();
        }
        if (counts.isEmpty()) {
            return;
        }
        List<String> keys = new ArrayList<>(counts.keySet());
        keys.sort(Comparator.comparingDouble((String k) -> -amounts.get(k)[0]).thenComparing(k -> k));
        List<String> words = new ArrayList<>();
        for (String k : keys) {
            String[] parts = k.split("\u0000", 2);
            long n = counts.get(k)[0];
            int[] span = years.get(k);
            String when = span[0] == Integer.MAX_VALUE ? "" : span[0] == span[1] ? " " + span[0] : " " + span[0] + "-" + span[1];
            words.add(n + " " + natureWord(parts[1]) + (n == 1 ? " payment" : " payments") + " for " + parts[0] + when
                    + " (" + dollars(amounts.get(k)[0]) + ")");
        }
        add(out, KOL_PAYMENT, parameters.kolPayment().probability(total), String.join(", ", words), from);
    }

    private void adoptions(List<Adoption> adoptions, List<TermValue> out) {
        List<Adoption> valid = new ArrayList<>();
        for (Adoption a : adoptions) {
            if (a.first() != null && a.then() != null && a.first().isBefore(a.then())) {
                valid.add(a);
            }
        }
        if (valid.isEmpty()) {
            return;
        }
        valid.sort(Comparator.comparing(Adoption::then).thenComparing(Adoption::product));
        List<String> words = new ArrayList<>();
        for (Adoption a : valid) {
            boolean sameYear = a.first().getYear() == a.then().getYear();
            words.add("adopted " + a.product() + " first (" + (sameYear ? a.first() + " vs " + a.then()
                    : a.first().getYear() + " vs " + a.then().getYear()) + ")");
        }
        add(out, ADOPTION_ORDER, parameters.adoptionOrder().probability(valid.size()), String.join(", ", words), valid.getFirst().then());
    }

    private static void add(List<TermValue> out, String basis, double p, String evidence, LocalDate from) {
        if (p > 0) {
            out.add(new TermValue(basis, p, evidence, from));
        }
    }

    static String natureWord(String nature) {
        return switch (nature) {
            case "speaking" -> "speaker";
            default -> nature;
        };
    }

    static String dollars(double amount) {
        String s = String.format(Locale.ROOT, "%,.2f", amount);
        return "$" + (s.endsWith(".00") ? s.substring(0, s.length() - 3) : s);
    }

    /** Six decimals, so that strengths computed twice from the same evidence compare equal. */
    public static double round(double strength) {
        return Math.round(strength * 1e6) / 1e6;
    }
}
