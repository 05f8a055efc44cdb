package org.kamgraph.readers.formulary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.kamgraph.model.NodeKind;
import org.kamgraph.readers.Emit;
import org.kamgraph.readers.ReadContext;
import org.kamgraph.readers.Shape;
import org.kamgraph.readers.SourceRow;
import org.kamgraph.readers.Translator;

/**
 * The Part D plan information file ({@code plan information  PPUF_2025Q2.txt}): one row per contract, plan, segment
 * and county. Each contract becomes one Payer {@code CMS-<CONTRACT_ID>} (payerType medicare, named by CONTRACT_NAME)
 * carrying the aliases {@code cms-contract:<CONTRACT_ID>} (by which the pharmacy networks file finds it) and
 * {@code cms-formulary:<FORMULARY_ID>} for every formulary its plans use (by which the basic drugs formulary file finds
 * it). See docs/formats/partd-formulary.md.
 */
public final class PartDPlans extends PartDReleaseFile {
    static final String CONTRACT_ID = "CONTRACT_ID";
    static final String CONTRACT_NAME = "CONTRACT_NAME";
    static final String FORMULARY_ID = "FORMULARY_ID";
    static final String STATE = "STATE";
    static final String PDP_REGION_CODE = "PDP_REGION_CODE";

    @Override
    public String name() {
        return "partd-plans";
    }

    @Override
    public String description() {
        return "CMS Part D plan information file (quarterly formulary release): each contract becomes a Medicare Payer"
                + " (CMS-<CONTRACT_ID>) with an alias cms-formulary:<FORMULARY_ID> per formulary of its plans";
    }

    @Override
    public String dictionary() {
        return PartD.DICTIONARY;
    }

    @Override
    public List<String> requiredColumns() {
        return List.of(CONTRACT_ID, CONTRACT_NAME, FORMULARY_ID);
    }

    @Override
    public int order() {
        return Order.PLANS;
    }

    /** A release lists every plan offered: a contract no longer in it is ended. */
    @Override
    public boolean fullSnapshot() {
        return true;
    }

    @Override
    public String zipEntry() {
        return "plan information.*\\.txt";
    }

    @Override
    public List<Shape> shapes() {
        return List.of(Shape.nodes(NodeKind.PAYER));
    }

    @Override
    public Translator translator(ReadContext context) {
        return new Plans(context);
    }

    /** One contract as the rows in the region describe it. */
    private static final class Contract {
        final String name;
        final Set<String> formularies = new TreeSet<>();
        final Set<String> states = new TreeSet<>();

        Contract(String name) {
            this.name = name;
        }
    }

    /** Aggregates per contract (about 700 in a national release): bounded by the Payers it emits. */
    private static final class Plans implements Translator {
        private final ReadContext context;
        private final Map<String, Contract> contracts = new LinkedHashMap<>();

        Plans(ReadContext context) {
            this.context = context;
        }

        @Override
        public void row(SourceRow row, Emit out) {
            String contract = row.get(CONTRACT_ID);
            if (contract == null) {
                out.reject(CONTRACT_ID, "no CONTRACT_ID");
                return;
            }
            String name = row.get(CONTRACT_NAME);
            if (name == null) {
                out.reject(CONTRACT_NAME, "no CONTRACT_NAME");
                return;
            }
            List<String> states = states(row);
            if (!states.isEmpty() && states.stream().noneMatch(s -> context.region().includes(s))) {
                out.outsideRegion();
                return;
            }
            Contract c = contracts.computeIfAbsent(contract.toUpperCase(Locale.ROOT), k -> new Contract(name));
            String formulary = row.get(FORMULARY_ID);
            if (formulary != null) {
                c.formularies.add(formulary);
            }
            c.states.addAll(states);
        }

        /** The row's state (MA plans, by county), else its PDP region's states, else none (kept by any filter). */
        private static List<String> states(SourceRow row) {
            String state = row.get(STATE);
            if (state != null) {
                return List.of(state.toUpperCase(Locale.ROOT));
            }
            String region = row.get(PDP_REGION_CODE);
            if (region == null) {
                return List.of();
            }
            String code = region.length() == 1 ? "0" + region : region;
            return PartD.PDP_REGIONS.getOrDefault(code, List.of());
        }

        @Override
        public void finish(Emit out) {
            contracts.forEach((id, c) -> {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("name", c.name);
                p.put("payerType", "medicare");
                if (c.states.size() == 1) {
                    p.put("region", c.states.iterator().next());
                }
                p.put("country", "US");
                List<String> aliases = new java.util.ArrayList<>();
                aliases.add(PartD.CONTRACT_ALIAS + id);
                c.formularies.forEach(f -> aliases.add(PartD.FORMULARY_ALIAS + f));
                p.put("aliases", String.join(";", aliases));
                out.node(NodeKind.PAYER, PartD.payerId(id), p);
            });
        }
    }
}
