package org.kamgraph.analytics.keyaccounts;

import java.time.LocalDate;
import java.util.List;
import org.kamgraph.algorithms.scoring.AccountScoring;
import org.kamgraph.algorithms.scoring.InvalidScoringException;
import org.kamgraph.algorithms.scoring.ScoredAccount;
import org.kamgraph.algorithms.scoring.TierPolicy;
import org.kamgraph.algorithms.scoring.Weights;
import org.kamgraph.cypher.BadInputException;

/** One scoring run: the accounts of {@code day} scored, ranked and tiered, growth measured since {@code before}. */
public record ScoredDay(LocalDate day, LocalDate before, List<ScoredAccount> accounts, TieringFacts facts) {

    /** Scores the facts; weights or a policy that cannot score fail as BAD_REQUEST naming the argument. */
    public static ScoredDay score(TieringFacts facts, Weights weights, TierPolicy policy, LocalDate day, LocalDate before) {
        List<ScoredAccount> scored;
        try {
            scored = AccountScoring.score(facts.facts(), weights, policy);
        } catch (InvalidScoringException e) {
            throw new BadInputException(e.field(), e.getMessage());
        }
        return new ScoredDay(day, before, scored, facts);
    }

    /** The account's score on this day, or null when it was no account then. */
    public ScoredAccount find(String key) {
        return accounts.stream().filter(a -> a.key().equals(key)).findFirst().orElse(null);
    }
}
