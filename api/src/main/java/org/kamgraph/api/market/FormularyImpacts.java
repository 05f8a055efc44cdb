package org.kamgraph.api.market;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kamgraph.analytics.NodeSummary;
import org.kamgraph.analytics.impact.AccessModel;
import org.kamgraph.analytics.impact.AccessModel.Position;
import org.kamgraph.analytics.impact.Baseline;
import org.kamgraph.analytics.impact.ImpactNotes;
import org.kamgraph.analytics.impact.ImpactParameters;
import org.kamgraph.analytics.impact.ImpactViews.FormularyImpact;
import org.kamgraph.analytics.market.MarketViews.Listing;
import org.kamgraph.analytics.impact.ImpactViews.SpendBasis;
import org.kamgraph.analytics.impact.ListingChange;
import org.kamgraph.analytics.impact.MoneyAttribution;
import org.kamgraph.analytics.impact.MoneyLine;
import org.kamgraph.analytics.impact.ProductAmounts;
import org.kamgraph.analytics.impact.SpendAtRisk;
import org.kamgraph.cypher.AccessScope;
import org.kamgraph.cypher.BadInputException;
import org.kamgraph.cypher.GraphVersion;
import org.kamgraph.cypher.NotFoundException;
import org.kamgraph.cypher.market.ImpactQueries;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.RelKind;

/**
 * Formulary impact as spend at risk: what a listing change at a payer, PBM or committee does to the product's annual
 * spend under that organization, by the access model ({@link AccessModel}), with the spend shifted to named
 * alternatives, the spend lost, the patients affected, and the breakdown by channel and by account along the money
 * ({@link MoneyAttribution}). The arithmetic is {@link SpendAtRisk}'s; this class reads the graph and validates.
 */
public final class FormularyImpacts {
    static final Set<RelKind> PAYS = Set.of(RelKind.REIMBURSES, RelKind.CONTRACTS_WITH);
    private final ImpactQueries queries;
    private final ImpactParameters parameters;
    private final GraphVersion version;
    /** Market prescribing by (graph version, visible part, day): one scan of PRESCRIBES serves every question until a write. */
    private final Map<String, Map<String, ImpactQueries.ProductPrescribing>> prescribing = Collections.synchronizedMap(
            new LinkedHashMap<>(8, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Map<String, ImpactQueries.ProductPrescribing>> eldest) {
                    return size() > 16;
                }
            });

    public FormularyImpacts(ImpactQueries queries, ImpactParameters parameters, GraphVersion version) {
        this.queries = queries;
        this.parameters = parameters;
        this.version = version;
    }

    public FormularyImpact assess(NodeKind kind, String id, String productId, ListingChange change, int first, LocalDate asOf) {
        if (kind != NodeKind.PAYER && kind != NodeKind.PBM && kind != NodeKind.COMMITTEE) {
            throw new BadInputException("listedBy", "formularies are kept by payers, PBMs and committees, not by " + kind.label());
        }
        change.validate();
        ImpactQueries.Lister lister = queries.lister(kind, id);
        if (lister == null) {
            throw new NotFoundException("listedBy", "no " + kind.label() + " with id '" + id + "'");
        }
        ImpactQueries.Product product = queries.product(productId);
        if (product == null) {
            throw new NotFoundException("product", "no Product with id '" + productId + "'");
        }
        change.withinFormulary(lister.formularyTiers(), id);
        NodeSummary listedBy = new NodeSummary(id, kind, lister.name());
        Map<String, ImpactQueries.Listing> listings = queries.listings(kind, id, asOf);
        ImpactQueries.Listing current = listings.get(productId);
        Position before = current == null ? null : ListingChange.position(current.tier(), current.priorAuth(), current.stepTherapy(),
                current.excluded());
        Position after = change.apply(before);

        Map<String, ImpactQueries.ProductPrescribing> market = marketPrescribing(asOf);
        ProductAmounts amounts = amounts(market);
        List<String> notes = new ArrayList<>();
        Sources sources = kind == NodeKind.COMMITTEE ? committee(id, asOf, notes) : payer(lister.elementId(), PAYS, null, asOf);

        Baseline baseline = sources.baseline(productId, amounts);
        List<SpendAtRisk.Alternative> alternatives = new ArrayList<>();
        for (ImpactQueries.Listing l : listings.values()) {
            if (SpendAtRisk.Alternative.to(productId, product.therapeuticArea(), l.product(), l.therapeuticArea(), l.excluded())) {
                alternatives.add(new SpendAtRisk.Alternative(new NodeSummary(l.product(), NodeKind.PRODUCT, l.name()), view(listedBy, l),
                        sources.baseline(l.product(), amounts).total()));
            }
        }
        Double costPerPatient = parameters.costPerPatient(market.get(productId));
        double keptBefore = parameters.model().kept(before);
        double keptAfter = parameters.model().kept(after);
        SpendAtRisk.Outcome o = SpendAtRisk.assess(baseline, keptBefore, keptAfter, alternatives, parameters.shiftShare(), costPerPatient,
                sources.organizationSpend());
        ImpactNotes.explain(notes, sources.prescribing(), sources.organizationSpend(), baseline, o, before, productId,
                amounts.marketShare(productId), costPerPatient, keptBefore);

        Listing afterView = new Listing(listedBy, after.tier(), after.priorAuth(), after.stepTherapy(), after.excluded());
        return new FormularyImpact(listedBy, sources.organization() == null ? listedBy : sources.organization(),
                new NodeSummary(productId, NodeKind.PRODUCT, product.name()), current == null ? null : view(listedBy, current), afterView,
                o.direction(), keptBefore, keptAfter, o.ratio(), o.baseline(),
                o.stated() ? SpendBasis.STATED : SpendBasis.ESTIMATED,
                o.estimated(), sources.organizationSpend(), o.after(), o.atRisk(), o.gained(), o.shifted(), o.lost(), o.newSpend(),
                parameters.shiftShare(), o.split(), o.alternatives(), o.costPerPatient(), o.patients(),
                o.channels().subList(0, Math.min(first, o.channels().size())), o.channels().size(),
                o.accounts().subList(0, Math.min(first, o.accounts().size())), o.accounts().size(), o.reachingAccounts(),
                o.changeReachingAccounts(), notes);
    }

    /** Each product's share of the market's prescribing spend: what estimates of a product's part rest on. */
    private static ProductAmounts amounts(Map<String, ImpactQueries.ProductPrescribing> market) {
        Map<String, Double> spendByProduct = new LinkedHashMap<>();
        market.forEach((p, x) -> spendByProduct.put(p, x.spend()));
        return new ProductAmounts(spendByProduct);
    }

    private static Listing view(NodeSummary listedBy, ImpactQueries.Listing l) {
        return new Listing(listedBy, l.tier(), l.priorAuth(), l.stepTherapy(), l.excluded());
    }

    /** The organization's money or prescribing, from which any product's baseline is attributed. */
    private interface Sources {
        Baseline baseline(String product, ProductAmounts amounts);

        /** The organization whose money it is (a committee's organization), or null for the listing organization itself. */
        NodeSummary organization();

        /** All its spend by the same measure (every product): the bound on any product's baseline. */
        double organizationSpend();

        /** Whether the spend is prescribing (committee) rather than money paid (payer, PBM). */
        boolean prescribing();
    }

    /**
     * The money an organization pays ({@code kinds}) and what its payees that pass money on pay in turn.
     * {@code organization} is the organization named in the answer when it is not the listing one (a committee's).
     */
    private Sources payer(String elementId, Set<RelKind> kinds, NodeSummary organization, LocalDate asOf) {
        List<MoneyLine> own = visible(queries.moneyOut(List.of(elementId), kinds, asOf));
        Set<String> passOn = new LinkedHashSet<>();
        for (MoneyLine l : own) {
            if (!MoneyAttribution.receivesCare(l.to().kind())) {
                passOn.add(l.toElementId());
            }
        }
        List<MoneyLine> onward = visible(queries.moneyOut(List.copyOf(passOn), PAYS, asOf));
        double total = own.stream().mapToDouble(MoneyLine::amount).sum();
        return new Sources() {
            public Baseline baseline(String product, ProductAmounts amounts) {
                return MoneyAttribution.payer(own, onward, product, amounts);
            }

            public NodeSummary organization() {
                return organization;
            }

            public double organizationSpend() {
                return total;
            }

            public boolean prescribing() {
                return false;
            }
        };
    }

    /**
     * A committee keeps its organization's formulary: a payer's or PBM's committee governs that organization's money
     * (as if the payer or PBM listed), a health authority's the funding it gives, a provider's committee the
     * prescribing at the provider and its units.
     */
    private Sources committee(String committeeId, LocalDate asOf, List<String> notes) {
        ImpactQueries.Org org = queries.committeeOrganization(committeeId, asOf);
        if (org == null) {
            throw new NotFoundException("listedBy", "committee '" + committeeId + "' belongs to no organization (PART_OF) on " + asOf
                    + ": there is no spend its formulary governs");
        }
        NodeSummary organization = new NodeSummary(org.id(), org.kind(), org.name());
        if (org.kind() == NodeKind.PAYER || org.kind() == NodeKind.PBM) {
            return payer(org.elementId(), PAYS, organization, asOf);
        }
        if (org.kind() == NodeKind.HEALTH_AUTHORITY) {
            return payer(org.elementId(), Set.of(RelKind.FUNDS), organization, asOf);
        }
        AccessScope.Restriction scope = AccessScope.current();
        List<MoneyAttribution.Prescription> rows = new ArrayList<>();
        Map<String, Double> byPrescription = new LinkedHashMap<>();
        for (ImpactQueries.Prescribing p : queries.prescribing(org.elementId(), asOf)) {
            if (scope != null && (!scope.allows(NodeKind.CLINICIAN, p.clinician()) || !scope.allows(p.account().kind(), p.account().id()))) {
                continue;
            }
            rows.add(new MoneyAttribution.Prescription(p.product(), p.prescription(), p.account().elementId(), node(p.account()), p.amount()));
            byPrescription.put(p.prescription(), p.amount());
        }
        List<MoneyLine> purchases = visible(queries.moneyOut(queries.units(org.elementId(), asOf), Set.of(RelKind.CONTRACTS_WITH), asOf))
                .stream().filter(l -> l.to().kind() == NodeKind.WHOLESALER).toList();
        if (purchases.isEmpty()) {
            notes.add("No wholesaler purchases are recorded for " + organization.name() + " or its units: the spend is shown at the"
                    + " organization itself as its only channel.");
        }
        double total = byPrescription.values().stream().mapToDouble(Double::doubleValue).sum();
        return new Sources() {
            public Baseline baseline(String product, ProductAmounts amounts) {
                return MoneyAttribution.committee(rows, purchases, product, amounts, organization);
            }

            public NodeSummary organization() {
                return organization;
            }

            public double organizationSpend() {
                return total;
            }

            public boolean prescribing() {
                return true;
            }
        };
    }

    private Map<String, ImpactQueries.ProductPrescribing> marketPrescribing(LocalDate asOf) {
        AccessScope.Restriction scope = AccessScope.current();
        String key = version.current() + "|" + (scope == null ? "" : scope.key()) + "|" + asOf;
        Map<String, ImpactQueries.ProductPrescribing> found = prescribing.get(key);
        if (found == null) {
            found = Map.copyOf(queries.marketPrescribing(asOf));
            prescribing.put(key, found);
        }
        return found;
    }

    /** The lines whose payee the current user may see (computed on the visible graph, like every projection). */
    private static List<MoneyLine> visible(List<ImpactQueries.Money> rows) {
        AccessScope.Restriction scope = AccessScope.current();
        List<MoneyLine> out = new ArrayList<>();
        for (ImpactQueries.Money m : rows) {
            if (scope == null || scope.allows(m.to().kind(), m.to().id())) {
                out.add(new MoneyLine(m.from(), m.to().elementId(), node(m.to()), m.type(), m.amount() == null ? 0 : m.amount(), m.parts()));
            }
        }
        return out;
    }

    private static NodeSummary node(ImpactQueries.Org o) {
        return new NodeSummary(o.id(), o.kind(), o.name());
    }
}
