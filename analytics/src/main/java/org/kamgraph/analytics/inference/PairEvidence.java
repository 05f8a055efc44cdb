package org.kamgraph.analytics.inference;

import java.time.LocalDate;
import java.util.List;

/**
 * The evidence that {@code influencer} influences {@code influenced} (two people, by any key the caller uses), as read
 * from the graph for the window of the run. Every list may be empty; {@code referral} and {@code reportsSince} may be
 * null.
 *
 * @param referral     the influenced referred patients to (shared patients with, seen first by) the influencer: the
 *                     most recent REFERS_TO influenced → influencer in the window
 * @param committees   committees both sat on at the same time
 * @param reportingLine whether the influenced reports to the influencer (REPORTS_TO influenced → influencer)
 * @param reportsSince since when (null when not dated)
 * @param payments     the influencer's KOL payments (of the natures counted) for products the influenced prescribes
 * @param adoptions    products the influencer prescribed before the influenced did
 * @param tied         whether the two are tied by a referral (either way), a committee or a reporting line (either
 *                     way): KOL payments and adoption order count only between tied people
 */
public record PairEvidence(String influencer, String influenced, Referral referral, List<SharedCommittee> committees,
                           boolean reportingLine, LocalDate reportsSince, List<KolPayment> payments,
                           List<Adoption> adoptions, boolean tied) {

    public PairEvidence {
        committees = committees == null ? List.of() : List.copyOf(committees);
        payments = payments == null ? List.of() : List.copyOf(payments);
        adoptions = adoptions == null ? List.of() : List.copyOf(adoptions);
    }

    /** Shared patients: beneficiaries (null when suppressed or absent), claims (pairs), same-day claims, since when. */
    public record Referral(Long patients, Long claims, Long sameDay, LocalDate from) {
    }

    /** A committee both sat on at the same time, and since when they did (the later of their seats' validFrom). */
    public record SharedCommittee(String name, LocalDate since) {
    }

    /**
     * Industry payments to the influencer about a product: the nature (speaking, consulting, education), how many
     * payments, their amount (USD) and date.
     */
    public record KolPayment(String product, String nature, long payments, double amount, LocalDate date) {
    }

    /** A product both prescribe, the influencer from {@code first}, the influenced only from {@code then} (later). */
    public record Adoption(String product, LocalDate first, LocalDate then) {
    }
}
