package org.kamgraph.analytics.impact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kamgraph.analytics.NodeSummary;
import org.kamgraph.analytics.impact.Baseline.AccountSpend;
import org.kamgraph.analytics.impact.Baseline.ChannelSpend;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.RelKind;

/**
 * A product's baseline under a listing organization, attributed along the money. Pure: the reads are done by the
 * caller.
 *
 * <p>Payer or PBM: the product's part of every money relationship it pays (REIMBURSES, CONTRACTS_WITH), each dollar
 * counted once, where it leaves the organization. A channel that is an account or pharmacy keeps its part; a channel
 * that passes money on (a PBM paid by a payer) splits its part over the accounts and pharmacies it pays, in proportion
 * to the product's part of each of those payments (their whole amounts when none has one). The PBM's own payments
 * are never added to the payer's baseline: they only say where the payer's dollars end up.
 *
 * <p>Committee: the product's prescribing spend at its organization and the units under it, each prescription at the
 * account its prescriber works at (split evenly when they work at several); channels are the wholesalers the
 * organization and its units buy from, in proportion to the product's part of those purchases (their whole amounts
 * when none has one), or the organization itself when no purchase is recorded.
 */
public final class MoneyAttribution {
    private MoneyAttribution() {
    }

    /** Accounts and pharmacies: where attribution stops. */
    public static boolean receivesCare(NodeKind kind) {
        return kind.isAccount() || kind == NodeKind.PHARMACY;
    }

    /**
     * @param own     the organization's money relationships
     * @param onward  money relationships out of the organizations {@code own} pays (only those that pass money on matter)
     */
    public static Baseline payer(List<MoneyLine> own, List<MoneyLine> onward, String product, ProductAmounts amounts) {
        Map<String, double[]> channelSpend = new LinkedHashMap<>();
        Map<String, MoneyLine> channelLine = new LinkedHashMap<>();
        for (MoneyLine l : own) {
            String key = l.toElementId() + "|" + l.type().name();
            ProductAmounts.Part part = amounts.part(l, product);
            double[] s = channelSpend.computeIfAbsent(key, k -> new double[3]);
            s[0] += part.amount();
            s[1] += part.stated() ? 0 : part.amount();
            s[2] += part.stated() ? 0 : 1;
            channelLine.putIfAbsent(key, l);
        }
        List<ChannelSpend> channels = new ArrayList<>();
        Accounts accounts = new Accounts();
        for (Map.Entry<String, double[]> e : channelSpend.entrySet()) {
            MoneyLine l = channelLine.get(e.getKey());
            double spend = e.getValue()[0];
            channels.add(new ChannelSpend(l.to(), l.type(), spend, e.getValue()[1], e.getValue()[2] == 0));
            if (receivesCare(l.to().kind())) {
                accounts.add(l.toElementId(), l.to(), null, spend);
                continue;
            }
            List<MoneyLine> passed = onward.stream().filter(o -> o.from().equals(l.toElementId()) && receivesCare(o.to().kind())).toList();
            double[] weights = weights(passed, product, amounts);
            double sum = 0;
            for (double w : weights) {
                sum += w;
            }
            for (int i = 0; i < passed.size() && sum > 0; i++) {
                accounts.add(passed.get(i).toElementId(), passed.get(i).to(), l.to(), spend * weights[i] / sum);
            }
        }
        return new Baseline(channels, accounts.rows());
    }

    /** One prescription's spend for a product at the accounts its prescriber works at. */
    public record Prescription(String product, String key, String accountElementId, NodeSummary account, double amount) {
    }

    /**
     * @param prescriptions the organization's prescribing (one row per prescription and account)
     * @param purchases     money its organization and units pay wholesalers (CONTRACTS_WITH)
     * @param organization  the committee's organization (the channel when no purchase is recorded)
     */
    public static Baseline committee(List<Prescription> prescriptions, List<MoneyLine> purchases, String product, ProductAmounts amounts,
                                     NodeSummary organization) {
        Map<String, List<Prescription>> byPrescription = new LinkedHashMap<>();
        for (Prescription p : prescriptions) {
            if (p.product().equals(product)) {
                byPrescription.computeIfAbsent(p.key(), k -> new ArrayList<>()).add(p);
            }
        }
        Accounts accounts = new Accounts();
        double total = 0;
        for (List<Prescription> rows : byPrescription.values()) {
            double amount = rows.getFirst().amount();
            total += amount;
            for (Prescription p : rows) {
                accounts.add(p.accountElementId(), p.account(), null, amount / rows.size());
            }
        }
        Map<String, MoneyLine> wholesalers = new LinkedHashMap<>();
        Map<String, Double> weight = new LinkedHashMap<>();
        double[] weights = weights(purchases, product, amounts);
        double sum = 0;
        for (int i = 0; i < purchases.size(); i++) {
            wholesalers.putIfAbsent(purchases.get(i).toElementId(), purchases.get(i));
            weight.merge(purchases.get(i).toElementId(), weights[i], Double::sum);
            sum += weights[i];
        }
        List<ChannelSpend> channels = new ArrayList<>();
        if (sum > 0) {
            for (Map.Entry<String, Double> e : weight.entrySet()) {
                channels.add(new ChannelSpend(wholesalers.get(e.getKey()).to(), RelKind.CONTRACTS_WITH, total * e.getValue() / sum, 0, true));
            }
        } else {
            channels.add(new ChannelSpend(organization, null, total, 0, true));
        }
        return new Baseline(channels, accounts.rows());
    }

    /** The product's part of each line, or the lines' whole amounts when no line has a part for it. */
    private static double[] weights(List<MoneyLine> lines, String product, ProductAmounts amounts) {
        double[] w = new double[lines.size()];
        double sum = 0;
        for (int i = 0; i < w.length; i++) {
            w[i] = amounts.part(lines.get(i), product).amount();
            sum += w[i];
        }
        if (sum <= 0) {
            for (int i = 0; i < w.length; i++) {
                w[i] = lines.get(i).amount();
            }
        }
        return w;
    }

    /** Spend per account, in the order first reached, with the channels it came through. */
    private static final class Accounts {
        private final Map<String, NodeSummary> nodes = new LinkedHashMap<>();
        private final Map<String, Double> spend = new LinkedHashMap<>();
        private final Map<String, Set<NodeSummary>> via = new LinkedHashMap<>();

        void add(String key, NodeSummary node, NodeSummary channel, double amount) {
            nodes.putIfAbsent(key, node);
            spend.merge(key, amount, Double::sum);
            Set<NodeSummary> v = via.computeIfAbsent(key, k -> new LinkedHashSet<>());
            if (channel != null) {
                v.add(channel);
            }
        }

        List<AccountSpend> rows() {
            List<AccountSpend> out = new ArrayList<>();
            for (Map.Entry<String, NodeSummary> e : nodes.entrySet()) {
                out.add(new AccountSpend(e.getValue(), List.copyOf(via.get(e.getKey())), spend.get(e.getKey())));
            }
            return out;
        }
    }
}
