package org.kamgraph.readers.formulary;

import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.util.List;
import java.util.Map;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.RelKind;
import org.kamgraph.readers.Emit;
import org.kamgraph.readers.Identities.Ref;
import org.kamgraph.readers.ReadContext;
import org.kamgraph.readers.Shape;
import org.kamgraph.readers.SourceRow;
import org.kamgraph.readers.Translator;

/**
 * The Part D pharmacy networks file ({@code pharmacy networks file  PPUF_2025Q2 part 1.txt}, several parts): one row
 * per contract, plan, segment and network pharmacy (by NPI). Each (contract, pharmacy) becomes one Payer IN_NETWORK
 * Pharmacy, the Payer found by its alias {@code cms-contract:<CONTRACT_ID>} (from the plan information file) and the
 * pharmacy by NPI (from the NPI registry). See docs/formats/partd-formulary.md.
 */
public final class PartDPharmacyNetwork extends PartDReleaseFile {
    static final String CONTRACT_ID = "CONTRACT_ID";
    static final String PHARMACY_NUMBER = "PHARMACY_NUMBER";

    @Override
    public String name() {
        return "partd-pharmacy-network";
    }

    @Override
    public String description() {
        return "CMS Part D pharmacy networks file (quarterly formulary release): Payer IN_NETWORK Pharmacy by NPI, for"
                + " the contracts of the plan information file and the pharmacies of the NPI registry";
    }

    @Override
    public String dictionary() {
        return PartD.DICTIONARY;
    }

    @Override
    public List<String> requiredColumns() {
        return List.of(CONTRACT_ID, PHARMACY_NUMBER);
    }

    @Override
    public int order() {
        return Order.PLANS + 6;
    }

    /**
     * False: the network comes in several part files, each of which holds only some contracts; a full snapshot per
     * file would end the other parts' rows.
     */
    @Override
    public boolean fullSnapshot() {
        return false;
    }

    @Override
    public String zipEntry() {
        return "pharmacy networks.*\\.txt";
    }

    @Override
    public List<Shape> shapes() {
        return List.of(Shape.relationships(RelKind.IN_NETWORK, NodeKind.PAYER, NodeKind.PHARMACY));
    }

    @Override
    public Translator translator(ReadContext context) {
        return new Network(context);
    }

    /** The NPI in a PHARMACY_NUMBER: ten digits (zero-padded to twelve in some releases), else null. */
    static String npi(String number) {
        if (number == null || !number.matches("(00)?[0-9]{10}")) {
            return null;
        }
        return number.substring(number.length() - 10);
    }

    /**
     * The file is sorted by contract: the pharmacies already emitted for the current contract are remembered (at most
     * the pharmacies of one contract's network) and forgotten when the contract changes.
     */
    private static final class Network implements Translator {
        private final ReadContext context;
        private final LongOpenHashSet emitted = new LongOpenHashSet();
        private String contract;
        private Ref payer;

        Network(ReadContext context) {
            this.context = context;
        }

        @Override
        public void row(SourceRow row, Emit out) {
            String c = row.get(CONTRACT_ID);
            if (c == null) {
                out.reject(CONTRACT_ID, "no CONTRACT_ID");
                return;
            }
            if (!c.equals(contract)) {
                contract = c;
                emitted.clear();
                payer = context.identities().byAlias(PartD.CONTRACT_ALIAS + c);
            }
            if (payer == null || payer.kind() != NodeKind.PAYER) {
                if (context.region().isAll()) {
                    out.reject(CONTRACT_ID, "contract not loaded (import the plan information file first)");
                } else {
                    out.outsideRegion();
                }
                return;
            }
            String npi = npi(row.get(PHARMACY_NUMBER));
            if (npi == null) {
                out.reject(PHARMACY_NUMBER, "not an NPI");
                return;
            }
            Ref pharmacy = context.identities().organizationByNpi(npi);
            if (pharmacy == null || pharmacy.kind() != NodeKind.PHARMACY) {
                if (pharmacy == null && !context.region().isAll()) {
                    out.outsideRegion();
                } else {
                    out.reject(PHARMACY_NUMBER, pharmacy == null
                            ? "pharmacy NPI not loaded (not in the NPI registry data, or outside the region)"
                            : "the NPI is not a pharmacy's");
                }
                return;
            }
            if (emitted.add(Long.parseLong(npi))) {
                out.relationship(RelKind.IN_NETWORK, NodeKind.PAYER, payer.id(), NodeKind.PHARMACY, pharmacy.id(), Map.of());
            }
        }
    }
}
