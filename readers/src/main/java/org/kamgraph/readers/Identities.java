package org.kamgraph.readers;

import org.kamgraph.model.NodeKind;

/**
 * Entity resolution: the nodes that the database and the sources imported before this one (in this import or earlier)
 * already hold, by the keys the published formats use. NPI first: a clinician is the node with that NPI, whatever its
 * id; CRM ids are aliases of the node they were matched to.
 *
 * <p>New nodes get ids from the keys, so that every source names them alike: {@link #npiId}, {@link #ccnId}, ...
 */
public interface Identities {

    /** A node by kind and id. */
    record Ref(NodeKind kind, String id) {
    }

    /** How a product name or code matched: exactly one product, none, or several (ambiguous). */
    record ProductMatch(String id, int candidates) {
        public static final ProductMatch NONE = new ProductMatch(null, 0);

        public boolean unique() {
            return candidates == 1;
        }
    }

    /** The clinician (or person) with this NPI, or null. */
    Ref clinician(String npi);

    /** The organization (hospital, clinic, pharmacy, ...) with this NPI, or null. */
    Ref organizationByNpi(String npi);

    /** The hospital with this CMS certification number, or null. */
    Ref hospitalByCcn(String ccn);

    /**
     * The health system (Idn) or hospital with this name, ignoring case, blanks and punctuation, when exactly one has
     * it; else null. For names that published files give without an id (the NPPES "Parent Organization LBN").
     */
    default Ref organizationByName(String name) {
        return null;
    }

    /** The node with this alias ({@code system:id}, e.g. {@code veeva:001A000001}), or null. */
    Ref byAlias(String alias);

    /**
     * Every node with this alias, in a stable order; empty when none. For aliases several nodes may carry, e.g. a
     * Part D formulary id ({@code cms-formulary:00025123}) that the plans of several contracts (Payers) share. The
     * default answers {@link #byAlias} only; an implementation that indexes aliases should return them all.
     */
    default java.util.List<Ref> allByAlias(String alias) {
        Ref one = byAlias(alias);
        return one == null ? java.util.List.of() : java.util.List.of(one);
    }

    /** The product whose name (brand) or generic name is this, ignoring case, blanks and punctuation. */
    ProductMatch product(String brandName, String genericName);

    /** The product with this RxNorm concept id among its {@code rxcui}. */
    ProductMatch productByRxcui(String rxcui);

    /** The id of a new node keyed by NPI: {@code NPI-1234567893}. */
    static String npiId(String npi) {
        return "NPI-" + npi;
    }

    /** The id of a new hospital keyed by CMS certification number: {@code CCN-110010}. */
    static String ccnId(String ccn) {
        return "CCN-" + ccn;
    }

    /** The id of a new node from another system: {@code VEEVA-001A000001}, {@code AHRQ-SYS_123}. */
    static String systemId(String system, String id) {
        return system.toUpperCase(java.util.Locale.ROOT) + "-" + id;
    }
}
