package org.kamgraph.api.keyaccounts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.kamgraph.algorithms.CompactGraph;
import org.kamgraph.algorithms.rank.PageRank;
import org.kamgraph.algorithms.scoring.AccountFacts;
import org.kamgraph.algorithms.scoring.AccountScoring;
import org.kamgraph.algorithms.scoring.Component;
import org.kamgraph.algorithms.scoring.ComponentScore;
import org.kamgraph.algorithms.scoring.InvalidScoringException;
import org.kamgraph.algorithms.scoring.ListingQuality;
import org.kamgraph.algorithms.scoring.ScoredAccount;
import org.kamgraph.algorithms.scoring.Tier;
import org.kamgraph.algorithms.scoring.TierPolicy;
import org.kamgraph.algorithms.scoring.Weights;
import org.kamgraph.api.influence.InfluenceViews.NodeSummary;
import org.kamgraph.api.keyaccounts.KeyAccountViews.ComponentMove;
import org.kamgraph.api.keyaccounts.KeyAccountViews.ComponentView;
import org.kamgraph.api.keyaccounts.KeyAccountViews.Movement;
import org.kamgraph.api.keyaccounts.KeyAccountViews.ScopeView;
import org.kamgraph.api.keyaccounts.KeyAccountViews.TierPolicyView;
import org.kamgraph.api.keyaccounts.KeyAccountViews.TieredAccount;
import org.kamgraph.api.keyaccounts.KeyAccountViews.WeightView;
import org.kamgraph.cypher.BadInputException;
import org.kamgraph.cypher.GraphVersion;
import org.kamgraph.cypher.influence.InfluenceProjections;
import org.kamgraph.cypher.keyaccounts.KeyAccountQueries;
import org.kamgraph.cypher.keyaccounts.KeyAccountQueries.AccountRow;
import org.kamgraph.cypher.keyaccounts.KeyAccountQueries.Body;
import org.kamgraph.cypher.keyaccounts.KeyAccountQueries.PersonFacts;
import org.kamgraph.cypher.keyaccounts.KeyAccountQueries.ProductRow;
import org.kamgraph.cypher.projection.Projection;
import org.kamgraph.cypher.projection.ProjectionCache;
import org.kamgraph.cypher.projection.Scope;
import org.kamgraph.model.NodeKind;

/**
 * Key-account selection: every account of the chosen kinds scored from named components (spend potential, growth,
 * influence reach, access, relationship coverage; {@link AccountScoring}), ranked and tiered under a cap on key
 * accounts, each with the facts behind its components and, given a {@code since} day, what moved it since.
 */
public final class KeyAccountTiering {
    /** Coverage counts when a relationship is at least this strong (or its strength is unknown), as in coverage gaps. */
    public static final double MIN_COVER_STRENGTH = 0.3;
    private final KeyAccountQueries queries;
    private final ProjectionCache projections;
    private final GraphVersion version;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(KeyAccountTiering.class);
    /** Facts of recent requests (they do not depend on weights or tiers): re-weighting answers at once. */
    private final Map<Request, Facts> cache = Collections.synchronizedMap(new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Request, Facts> e) {
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

    /** The products in scope: all products in the areas (spend potential) and ours among them (access). */
    record ProductScope(List<String> areas, List<ProductRow> all, List<ProductRow> ours) {
    }

    /** Facts behind one account's components, for the explanation. */
    record Detail(int people, int prescribers, int withHistory, int covered, int bodies, Map<String, Integer> positions,
                  double influenceShare) {
    }

    /** What facts depend on; {@code access} is the user's restriction, since influence is measured on what they may see. */
    record Request(long version, String access, List<NodeKind> kinds, ProductScope scope, LocalDate day, LocalDate before) {
    }

    /** What was read for one day, before weights and tiers apply. */
    record Facts(List<AccountFacts> facts, Map<String, AccountRow> rows, Map<String, Detail> details, Map<String, Double> influence,
                 Map<String, Boolean> covered) {
    }

    /** One scoring run on one day. */
    record Scored(LocalDate day, LocalDate before, List<ScoredAccount> accounts, Map<String, AccountRow> rows, Map<String, Detail> details,
                  Map<String, Double> influence, Map<String, Boolean> covered) {
        ScoredAccount find(String key) {
            return accounts.stream().filter(a -> a.key().equals(key)).findFirst().orElse(null);
        }
    }

    /** The whole ranking with explanations (and movement when {@code since} is set), ranked best first. */
    public record Tiering(Options options, ProductScope scope, Scored now, Scored then, List<TieredAccount> accounts, long millis) {
    }

    public Tiering tier(Options o) {
        long t0 = System.nanoTime();
        ProductScope scope = scope(o.therapeuticAreas(), o.products());
        if (o.growthFrom() != null && !o.growthFrom().isBefore(o.asOf())) {
            throw new BadInputException("growthFrom", "must be before asOf (" + o.asOf() + "), was " + o.growthFrom());
        }
        if (o.since() != null && !o.since().isBefore(o.asOf())) {
            throw new BadInputException("since", "must be before asOf (" + o.asOf() + "), was " + o.since());
        }
        LocalDate growthFrom = o.growthFrom() != null ? o.growthFrom() : o.asOf().minusYears(1);
        Scored now = scored(o, scope, o.asOf(), growthFrom);
        Scored then = null;
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

    ScopeView scopeView(ProductScope s) {
        return new ScopeView(s.areas(), s.all().stream().map(KeyAccountTiering::product).toList(),
                s.ours().stream().map(KeyAccountTiering::product).toList());
    }

    static List<WeightView> weights(Weights w) {
        return java.util.Arrays.stream(Component.values()).map(c -> new WeightView(c, w.raw(c), w.effective(c))).toList();
    }

    static TierPolicyView policy(TierPolicy p) {
        return new TierPolicyView(p.maxKey(), p.maxStrategic(), p.minKeyScore(), p.minStrategicScore(), p.minMaintainScore());
    }

    private static NodeSummary product(ProductRow p) {
        return new NodeSummary(p.id(), NodeKind.PRODUCT, p.name());
    }

    ProductScope scope(List<String> areas, List<String> productIds) {
        List<ProductRow> products = queries.products();
        Map<String, ProductRow> byId = new HashMap<>();
        products.forEach(p -> byId.put(p.id(), p));
        List<ProductRow> subset = null;
        if (productIds != null) {
            if (productIds.isEmpty()) {
                throw new BadInputException("scope.products", "give at least one product, or leave products out for our whole portfolio");
            }
            subset = new ArrayList<>();
            for (String id : new LinkedHashSet<>(productIds)) {
                ProductRow p = byId.get(id);
                if (p == null) {
                    throw new org.kamgraph.cypher.NotFoundException("scope.products", "no Product with id '" + id + "'");
                }
                if (!p.ours()) {
                    throw new BadInputException("scope.products", "'" + id + "' (" + p.name() + ") is not one of our products; "
                            + "the portfolio subset names our products");
                }
                subset.add(p);
            }
        }
        Set<String> known = new TreeSet<>();
        products.forEach(p -> {
            if (p.area() != null) {
                known.add(p.area());
            }
        });
        List<String> chosen;
        if (areas != null) {
            if (areas.isEmpty()) {
                throw new BadInputException("scope.therapeuticAreas", "give at least one area, or leave it out");
            }
            for (String a : areas) {
                if (!known.contains(a)) {
                    throw new BadInputException("scope.therapeuticAreas", "unknown therapeutic area '" + a + "'; known: " + String.join(", ", known));
                }
            }
            chosen = List.copyOf(new LinkedHashSet<>(areas));
        } else {
            Set<String> ofOurs = new TreeSet<>();
            (subset != null ? subset : products.stream().filter(ProductRow::ours).toList()).forEach(p -> {
                if (p.area() != null) {
                    ofOurs.add(p.area());
                }
            });
            chosen = List.copyOf(ofOurs);
        }
        Set<String> areaSet = new HashSet<>(chosen);
        List<ProductRow> all = products.stream().filter(p -> areaSet.contains(p.area())).toList();
        List<ProductRow> ours = subset != null ? subset.stream().filter(p -> areaSet.contains(p.area())).toList()
                : all.stream().filter(ProductRow::ours).toList();
        return new ProductScope(chosen, all, ours);
    }

    private Scored scored(Options o, ProductScope scope, LocalDate day, LocalDate before) {
        org.kamgraph.cypher.AccessScope.Restriction access = org.kamgraph.cypher.AccessScope.current();
        Request key = new Request(version.current(), access == null ? "" : access.key(), o.kinds(), scope, day, before);
        Facts f = cache.get(key);
        if (f == null) {
            f = facts(o, scope, day, before);
            cache.put(key, f);
        }
        List<ScoredAccount> scored;
        try {
            scored = AccountScoring.score(f.facts(), o.weights(), o.policy());
        } catch (InvalidScoringException e) {
            throw new BadInputException(e.field(), e.getMessage());
        }
        return new Scored(day, before, scored, f.rows(), f.details(), f.influence(), f.covered());
    }

    private Facts facts(Options o, ProductScope scope, LocalDate day, LocalDate before) {
        long t0 = System.nanoTime();
        List<AccountRow> accounts = queries.accounts(o.kinds(), null, day);
        org.kamgraph.cypher.AccessScope.Restriction access = org.kamgraph.cypher.AccessScope.current();
        if (access != null) {
            // A user limited to territories tiers their own accounts, on the graph they see: ranks and caps among them.
            accounts = accounts.stream().filter(a -> access.allows(a.kind(), a.id())).toList();
        }
        long t1 = System.nanoTime();
        Map<String, PersonFacts> people = queries.peopleFacts(scope.all().stream().map(ProductRow::id).toList(), day, before,
                MIN_COVER_STRENGTH);
        long t2 = System.nanoTime();
        Map<String, Double> influence = influence(day);
        long t3 = System.nanoTime();
        double totalInfluence = influence.values().stream().mapToDouble(Double::doubleValue).sum();
        Set<String> bodies = new LinkedHashSet<>();
        accounts.forEach(a -> bodies.addAll(a.bodies()));
        List<String> ours = scope.ours().stream().map(ProductRow::id).toList();
        Map<String, Body> listings = bodies.isEmpty() || ours.isEmpty() ? Map.of()
                : queries.listings(new ArrayList<>(bodies), ours, day);
        long t4 = System.nanoTime();
        List<AccountFacts> facts = new ArrayList<>();
        Map<String, AccountRow> rows = new HashMap<>();
        Map<String, Detail> details = new HashMap<>();
        Map<String, Boolean> covered = new HashMap<>();
        for (AccountRow a : accounts) {
            String key = key(a.kind(), a.id());
            rows.put(key, a);
            double spend = 0;
            double before0 = 0;
            double nowOfThose = 0;
            int prescribers = 0;
            int withHistory = 0;
            int coveredPeople = 0;
            double share = 0;
            double coveredShare = 0;
            for (String eid : a.people()) {
                PersonFacts f = people.get(eid);
                double score = influence.getOrDefault(eid, 0.0);
                share += score;
                if (f != null) {
                    spend += f.spend();
                    if (f.spend() > 0) {
                        prescribers++;
                    }
                    if (f.hadBefore()) {
                        withHistory++;
                        before0 += f.spendThen();
                        nowOfThose += f.spendNowOfThen();
                    }
                    if (f.covered()) {
                        coveredPeople++;
                        coveredShare += score;
                        covered.put(eid, true);
                    }
                }
            }
            Map<String, Integer> positions = new LinkedHashMap<>();
            double quality = 0;
            int pairs = 0;
            for (String b : a.bodies()) {
                Body body = listings.get(b);
                for (String product : ours) {
                    KeyAccountQueries.Listing l = body == null ? null
                            : body.listings().stream().filter(x -> x.productId().equals(product)).findFirst().orElse(null);
                    boolean listed = l != null;
                    quality += ListingQuality.of(listed, listed ? l.tier() : null, listed ? l.priorAuth() : null,
                            listed ? l.stepTherapy() : null, listed ? l.excluded() : null);
                    positions.merge(ListingQuality.position(listed, listed ? l.tier() : null, listed ? l.priorAuth() : null,
                            listed ? l.stepTherapy() : null, listed ? l.excluded() : null), 1, Integer::sum);
                    pairs++;
                }
            }
            double shareOfNetwork = totalInfluence > 0 ? share / totalInfluence : 0;
            facts.add(new AccountFacts(key, spend, withHistory > 0 ? before0 : null, withHistory > 0 ? nowOfThose : null,
                    Math.min(1, shareOfNetwork), pairs > 0 ? quality / pairs : null, share > 0 ? coveredShare / share : null));
            details.put(key, new Detail(a.people().size(), prescribers, withHistory, coveredPeople, a.bodies().size(), positions, shareOfNetwork));
        }
        LOG.info("Key-account facts of {} accounts on {}: accounts {} ms, people {} ms, influence {} ms, listings {} ms",
                accounts.size(), day, ms(t0, t1), ms(t1, t2), ms(t2, t3), ms(t3, t4));
        return new Facts(facts, rows, details, influence, covered);
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }

    /**
     * Each person's share of the network's influence on {@code day}: PageRank (damping 0.85) over the whole influence
     * network with edges pointing to whoever has a say (INFLUENCES reversed, REPORTS_TO to the manager, committee
     * members, DMUs), normalised over people so that all people's shares add up to 1. Keyed by element id.
     */
    Map<String, Double> influence(LocalDate day) {
        Projection p = projections.get(InfluenceProjections.towardInfluencers(new Scope.WholeGraph(), day,
                InfluenceProjections.DEFAULT_STRENGTH));
        Map<String, Double> out = new HashMap<>();
        if (p.vertexCount() == 0) {
            return out;
        }
        CompactGraph g = p.compact().positiveWeightsOnly();
        double[] scores = new PageRank(g, 0.85, 100, 1e-6, true, PageRank.Output.DISTRIBUTION).scoreArray();
        double total = 0;
        for (int v = 0; v < p.vertexCount(); v++) {
            if (p.kind(v).isPerson()) {
                total += scores[v];
            }
        }
        for (int v = 0; v < p.vertexCount(); v++) {
            if (p.kind(v).isPerson() && scores[v] > 0) {
                out.put(p.elementId(v), total > 0 ? scores[v] / total : 0);
            }
        }
        return out;
    }

    static String key(NodeKind kind, String id) {
        return kind.label() + ":" + id;
    }

    TieredAccount view(ScoredAccount a, Scored now, Scored then, LocalDate since) {
        AccountRow row = now.rows().get(a.key());
        Detail d = now.details().get(a.key());
        List<ComponentView> cs = new ArrayList<>();
        for (ComponentScore c : a.components()) {
            cs.add(new ComponentView(c.component(), c.raw(), c.value(), c.weight(), c.contribution(), detail(c, d, now), c.note()));
        }
        Movement m = null;
        if (then != null) {
            ScoredAccount b = then.find(a.key());
            if (b == null) {
                m = new Movement(since, false, null, null, null, a.score(), List.of(),
                        "not an account on " + since + "; new since then");
            } else {
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
                    if (Math.abs(x.contributionChange()) >= 0.0005) {
                        parts.add(String.format(Locale.ROOT, "%s %+.3f", x.component().field(), x.contributionChange()));
                    }
                }
                sb.append(parts.isEmpty() ? "; no component moved" : "; moved by " + String.join(", ", parts));
                m = new Movement(since, true, b.score(), b.rank(), b.tier(), a.score() - b.score(), moves, sb.toString());
            }
        }
        return new TieredAccount(new NodeSummary(row.id(), row.kind(), row.name()), row.territory(), a.score(), a.rank(), a.tier(),
                a.tierReason(), cs, m, org.kamgraph.api.graphql.Arguments.cursor(a.rank() - 1));
    }

    private static String detail(ComponentScore c, Detail d, Scored s) {
        return switch (c.component()) {
            case SPEND -> String.format(Locale.ROOT, "%s a year from %d prescribers among %d people", money(c.raw()), d.prescribers(), d.people());
            case GROWTH -> c.raw() == null ? "no prescriber had spend in scope on " + s.before()
                    : String.format(Locale.ROOT, "%+.1f%% like-for-like since %s (%d prescribers with history)", 100 * c.raw(), s.before(),
                    d.withHistory());
            case INFLUENCE -> String.format(Locale.ROOT, "its %d people hold %.2f%% of the network's influence", d.people(), 100 * d.influenceShare());
            case ACCESS -> d.bodies() == 0 ? "no payer, PBM or committee found for the account"
                    : d.bodies() + " payers, PBMs and committees × our products: " + positions(d.positions());
            case COVERAGE -> c.raw() == null ? "no influence to cover"
                    : String.format(Locale.ROOT, "%d of %d people covered, holding %.0f%% of the account's influence", d.covered(), d.people(),
                    100 * c.raw());
        };
    }

    private static String positions(Map<String, Integer> p) {
        List<String> parts = new ArrayList<>();
        p.forEach((k, v) -> parts.add(v + " " + k));
        return String.join(", ", parts);
    }

    static String money(Double amount) {
        if (amount == null) {
            return "n/a";
        }
        double a = amount;
        if (a >= 1e9) {
            return String.format(Locale.ROOT, "$%.2fB", a / 1e9);
        }
        if (a >= 1e6) {
            return String.format(Locale.ROOT, "$%.2fM", a / 1e6);
        }
        if (a >= 1e3) {
            return String.format(Locale.ROOT, "$%.1fk", a / 1e3);
        }
        return String.format(Locale.ROOT, "$%.0f", a);
    }
}
