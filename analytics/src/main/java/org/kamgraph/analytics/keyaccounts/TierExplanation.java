package org.kamgraph.analytics.keyaccounts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.kamgraph.algorithms.scoring.Component;
import org.kamgraph.algorithms.scoring.ComponentScore;
import org.kamgraph.algorithms.scoring.ScoredAccount;
import org.kamgraph.algorithms.scoring.Tier;

/** Why an account scored as it did: each component with the facts behind it, and what moved it since an earlier day. */
public final class TierExplanation {
    /** A contribution change smaller than this is not named as a move (it would print as +0.000). */
    static final double MOVED = 0.0005;

    private TierExplanation() {
    }

    public record ComponentView(Component component, Double raw, double value, double weight, double contribution, String detail,
                                String note) {
    }

    public record ComponentMove(Component component, Double rawBefore, Double raw, double valueBefore, double value,
                                double contributionChange) {
    }

    public record Movement(LocalDate since, boolean present, Double scoreBefore, Integer rankBefore, Tier tierBefore,
                           double scoreChange, List<ComponentMove> components, String summary) {
    }

    /** The account's components on {@code day}, each with its facts in words. */
    public static List<ComponentView> components(ScoredAccount a, ScoredDay day) {
        AccountComponents facts = day.facts().get(a.key());
        List<ComponentView> out = new ArrayList<>();
        for (ComponentScore c : a.components()) {
            out.add(new ComponentView(c.component(), c.raw(), c.value(), c.weight(), c.contribution(), facts.detail(c, day.before()), c.note()));
        }
        return out;
    }

    /**
     * What moved the account since {@code since} ({@code then} scored on that day): each component's change of
     * contribution, largest first, and a summary naming those that moved; an account that was none then is new.
     */
    public static Movement movement(ScoredAccount a, ScoredDay then, LocalDate since) {
        ScoredAccount b = then.find(a.key());
        if (b == null) {
            return new Movement(since, false, null, null, null, a.score(), List.of(), "not an account on " + since + "; new since then");
        }
        List<ComponentMove> moves = new ArrayList<>();
        for (Component c : Component.values()) {
            ComponentScore x = b.component(c);
            ComponentScore y = a.component(c);
            moves.add(new ComponentMove(c, x.raw(), y.raw(), x.value(), y.value(), y.contribution() - x.contribution()));
        }
        moves.sort(Comparator.comparingDouble((ComponentMove x) -> -Math.abs(x.contributionChange())));
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "score %.3f → %.3f, rank %d → %d, tier %s → %s", b.score(), a.score(), b.rank(),
                a.rank(), b.tier(), a.tier()));
        List<String> parts = new ArrayList<>();
        for (ComponentMove x : moves) {
            if (Math.abs(x.contributionChange()) >= MOVED) {
                parts.add(String.format(Locale.ROOT, "%s %+.3f", x.component().field(), x.contributionChange()));
            }
        }
        sb.append(parts.isEmpty() ? "; no component moved" : "; moved by " + String.join(", ", parts));
        return new Movement(since, true, b.score(), b.rank(), b.tier(), a.score() - b.score(), moves, sb.toString());
    }
}
