package org.kamgraph.api.keyaccounts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kamgraph.algorithms.scoring.AccountScoring;
import org.kamgraph.algorithms.scoring.Component;
import org.kamgraph.algorithms.scoring.ScoredAccount;
import org.kamgraph.algorithms.scoring.TierPolicy;
import org.kamgraph.algorithms.scoring.Weights;
import org.kamgraph.analytics.NodeSummary;
import org.kamgraph.analytics.keyaccounts.InfluenceShares;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.ScopeView;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.TierPolicyView;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.TieredAccount;
import org.kamgraph.analytics.keyaccounts.KeyAccountViews.WeightView;
import org.kamgraph.analytics.keyaccounts.ProductScope;
import org.kamgraph.analytics.keyaccounts.RelationshipCoverage;
import org.kamgraph.analytics.keyaccounts.ScoredDay;
import org.kamgraph.analytics.keyaccounts.TierExplanation;
import org.kamgraph.analytics.keyaccounts.TieringFacts;
import org.kamgraph.analytics.paging.Cursors;
import org.kamgraph.cypher.AccessScope;
import org.kamgraph.cypher.BadInputException;
import org.kamgraph.cypher.GraphVersion;
import org.kamgraph.cypher.influence.InfluenceProjections;
import org.kamgraph.cypher.keyaccounts.KeyAccountQueries;
import org.kamgraph.cypher.keyaccounts.KeyAccountQueries.AccountRow;
import org.kamgraph.cypher.keyaccounts.KeyAccountQueries.Body;
import org.kamgraph.cypher.keyaccounts.KeyAccountQueries.PersonFacts;
import org.kamgraph.cypher.keyaccounts.KeyAccountQueries.ProductRow;
import org.kamgraph.cypher.projection.ProjectionCache;
import org.kamgraph.cypher.projection.Scope;
import org.kamgraph.model.NodeKind;

/**
 * Key-account selection: every account of the chosen kinds scored from named components (spend potential, growth,
 * influence reach, access, relationship coverage; {@link AccountScoring}), ranked and tiered under a cap on key
 * accounts, each with the facts behind its components and, given a {@code since} day, what moved it since. Reads
 * through cypher, computes with analytics ({@link TieringFacts}, {@link ScoredDay}, {@link TierExplanation}), shapes.
 */
public final class KeyAccountTiering {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(KeyAccountTiering.class);
    private final KeyAccountQueries queries;
    private final ProjectionCache projections;
    private final GraphVersion version;
    /** Facts of recent requests (they do not depend on weights or tiers): re-weighting answers at once. */
    private final Map<Request, TieringFacts> cache = Collections.synchronizedMap(new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Request, TieringFacts> e) {
            return size() > 6;
        }
    });

    public KeyAccountTiering(KeyAccountQueries queries, ProjectionCache projections, GraphVersion version) {
        this.queries = queries;
        this.projections = projections;
        this.version = version;
    }

    /** What to score: account kinds, therapeutic areas (null: those of our products), a subset of our products (null: all). */
    public record Options(List<NodeKind> kinds, List<String> therapeuticAreas, List<String> products, Weights weights, TierPolicy policy,
                          LocalDate asOf, LocalDate growthFrom, LocalDate since) {
    }

    /** What facts depend on; {@code access} is the user's restriction, since influence is measured on what they may see. */
    record Request(long version, String access, List<NodeKind> kinds, ProductScope scope, LocalDate day, LocalDate before) {
    }

    /** The whole ranking with explanations (and movement when {@code since} is set), ranked best first. */
    public record Tiering(Options options, ProductScope scope, ScoredDay now, ScoredDay then, List<TieredAccount> accounts, long millis) {
    }

    public Tiering tier(Options o) {
        long t0 = System.nanoTime();
        ProductScope scope = ProductScope.resolve(queries.products(), o.therapeuticAreas(), o.products());
        if (o.growthFrom() != null && !o.growthFrom().isBefore(o.asOf())) {
            throw new BadInputException("growthFrom", "must be before asOf (" + o.asOf() + "), was " + o.growthFrom());
        }
        if (o.since() != null && !o.since().isBefore(o.asOf())) {
            throw new BadInputException("since", "must be before asOf (" + o.asOf() + "), was " + o.since());
        }
        LocalDate growthFrom = o.growthFrom() != null ? o.growthFrom() : o.asOf().minusYears(1);
        ScoredDay now = scored(o, scope, o.asOf(), growthFrom);
        ScoredDay then = null;
        if (o.since() != null) {
            long window = ChronoUnit.DAYS.between(growthFrom, o.asOf());
            then = scored(o, scope, o.since(), o.since().minusDays(window));
        }
        List<TieredAccount> out = new ArrayList<>();
        for (ScoredAccount a : now.accounts()) {
            out.add(view(a, now, then, o.since()));
        }
        return new Tiering(o, scope, now, then, out, (System.nanoTime() - t0) / 1_000_000);
    }

    public ScopeView scopeView(ProductScope s) {
        return new ScopeView(s.areas(), s.all().stream().map(KeyAccountTiering::product).toList(),
                s.ours().stream().map(KeyAccountTiering::product).toList());
    }

    public static List<WeightView> weights(Weights w) {
        return java.util.Arrays.stream(Component.values()).map(c -> new WeightView(c, w.raw(c), w.effective(c))).toList();
    }

    public static TierPolicyView policy(TierPolicy p) {
        return new TierPolicyView(p.maxKey(), p.maxStrategic(), p.minKeyScore(), p.minStrategicScore(), p.minMaintainScore());
    }

    private static NodeSummary product(ProductRow p) {
        return new NodeSummary(p.id(), NodeKind.PRODUCT, p.name());
    }

    private ScoredDay scored(Options o, ProductScope scope, LocalDate day, LocalDate before) {
        AccessScope.Restriction access = AccessScope.current();
        Request key = new Request(version.current(), access == null ? "" : access.key(), o.kinds(), scope, day, before);
        TieringFacts f = cache.get(key);
        if (f == null) {
            f = facts(o, scope, day, before);
            cache.put(key, f);
        }
        return ScoredDay.score(f, o.weights(), o.policy(), day, before);
    }

    /** Reads the accounts, their people's facts, the influence network and the listings of one day; analytics sums them. */
    private TieringFacts facts(Options o, ProductScope scope, LocalDate day, LocalDate before) {
        long t0 = System.nanoTime();
        List<AccountRow> accounts = queries.accounts(o.kinds(), null, day);
        AccessScope.Restriction access = AccessScope.current();
        if (access != null) {
            // A user limited to territories tiers their own accounts, on the graph they see: ranks and caps among them.
            accounts = accounts.stream().filter(a -> access.allows(a.kind(), a.id())).toList();
        }
        long t1 = System.nanoTime();
        Map<String, PersonFacts> people = queries.peopleFacts(scope.allIds(), day, before, RelationshipCoverage.MIN_COVER_STRENGTH);
        long t2 = System.nanoTime();
        Map<String, Double> influence = influence(day);
        long t3 = System.nanoTime();
        Set<String> bodies = new LinkedHashSet<>();
        accounts.forEach(a -> bodies.addAll(a.bodies()));
        List<String> ours = scope.ourIds();
        Map<String, Body> listings = bodies.isEmpty() || ours.isEmpty() ? Map.of()
                : queries.listings(new ArrayList<>(bodies), ours, day);
        long t4 = System.nanoTime();
        LOG.info("Key-account facts of {} accounts on {}: accounts {} ms, people {} ms, influence {} ms, listings {} ms",
                accounts.size(), day, ms(t0, t1), ms(t1, t2), ms(t2, t3), ms(t3, t4));
        return TieringFacts.of(accounts, people, influence, listings, ours);
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }

    /**
     * Each person's share of the network's influence on {@code day} ({@link InfluenceShares}) over the whole influence
     * network with edges pointing to whoever has a say (INFLUENCES reversed, REPORTS_TO to the manager, committee
     * members, DMUs). Keyed by element id.
     */
    Map<String, Double> influence(LocalDate day) {
        return InfluenceShares.of(projections.get(InfluenceProjections.towardInfluencers(new Scope.WholeGraph(), day,
                InfluenceProjections.DEFAULT_STRENGTH)));
    }

    TieredAccount view(ScoredAccount a, ScoredDay now, ScoredDay then, LocalDate since) {
        AccountRow row = now.facts().get(a.key()).account();
        return new TieredAccount(new NodeSummary(row.id(), row.kind(), row.name()), row.territory(), a.score(), a.rank(), a.tier(),
                a.tierReason(), TierExplanation.components(a, now), then == null ? null : TierExplanation.movement(a, then, since),
                Cursors.cursor(a.rank() - 1));
    }
}
