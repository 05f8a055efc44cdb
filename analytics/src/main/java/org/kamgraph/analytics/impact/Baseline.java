package org.kamgraph.analytics.impact;

import java.util.List;
import org.kamgraph.analytics.NodeSummary;
import org.kamgraph.model.RelKind;

/**
 * A product's annual spend under the listing organization now, by channel (each organization its money for the
 * product goes to) and by account or pharmacy the money reaches. The channels add up to the baseline; the accounts
 * add up to the part of it that reaches accounts (less when a channel passes its money to nobody recorded).
 */
public record Baseline(List<ChannelSpend> channels, List<AccountSpend> accounts) {
    public Baseline {
        channels = List.copyOf(channels);
        accounts = List.copyOf(accounts);
    }

    /**
     * @param relationship the money relationship (null when the spend stays at the organization: a committee's
     *                     organization with no purchases recorded)
     * @param estimated    the part of {@code spend} estimated rather than stated
     * @param stated       whether every relationship of the channel states the product's part (an estimate may be 0)
     */
    public record ChannelSpend(NodeSummary node, RelKind relationship, double spend, double estimated, boolean stated) {
    }

    /** @param via the channels it is reached through (empty when it is paid directly or is where prescribing happens) */
    public record AccountSpend(NodeSummary node, List<NodeSummary> via, double spend) {
        public AccountSpend {
            via = List.copyOf(via);
        }
    }

    public double total() {
        return channels.stream().mapToDouble(ChannelSpend::spend).sum();
    }

    public double estimated() {
        return channels.stream().mapToDouble(ChannelSpend::estimated).sum();
    }

    /** Whether every channel states the product's part (no estimate at all, even of zero). */
    public boolean stated() {
        return channels.stream().allMatch(ChannelSpend::stated);
    }

    public double reachingAccounts() {
        return accounts.stream().mapToDouble(AccountSpend::spend).sum();
    }
}
