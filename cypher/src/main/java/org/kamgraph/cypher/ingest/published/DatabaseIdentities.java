package org.kamgraph.cypher.ingest.published;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.kamgraph.cypher.Cypher;
import org.kamgraph.cypher.Neo4jRunner;
import org.kamgraph.cypher.ingest.NpiMap;
import org.kamgraph.model.NodeKind;
import org.kamgraph.readers.Identities;
import org.neo4j.driver.Record;

/**
 * Entity resolution against the database: what is stored, by the keys the published formats use. Loaded with the
 * named statements {@code identities-*.cypher} before each file of an import (so a file finds what the files before it
 * wrote). Sized for the national NPI registry: clinicians and organizations whose id follows the convention
 * ({@code NPI-<npi>}) are kept in one primitive map from the NPI to a code (clinician or not, the organization's kind),
 * one long a slot filled up to 0.8 ({@link NpiMap}: 7 million NPIs take 67 to 82 MB); only nodes with other ids (a CRM id, a
 * hand-made id) take a map entry of their own. A run into a new store keeps them with its first files instead
 * ({@link ConventionalNpis}).
 */
public final class DatabaseIdentities implements Identities {
    private static final String AMBIGUOUS = "\u0000ambiguous";

    private final ConventionalNpis conventional;
    private final Map<String, Ref> otherPeople = new HashMap<>();
    private final Map<String, Ref> otherOrganizations = new HashMap<>();
    private final Map<String, String> hospitalsByCcn = new HashMap<>();
    /** Nodes by alias; an alias several nodes carry (a formulary id shared by plans) has them all, by id. */
    private final Map<String, List<Ref>> aliases = new HashMap<>();
    /** Health systems and hospitals by name key; {@link #AMBIGUOUS_REF} when two share one. */
    private final Map<String, Ref> organizationsByName = new HashMap<>();
    private static final Ref AMBIGUOUS_REF = new Ref(NodeKind.IDN, AMBIGUOUS);
    private final Map<String, String> productsByName = new HashMap<>();
    private final Map<String, String> productsByRxcui = new HashMap<>();

    private DatabaseIdentities(ConventionalNpis conventional) {
        this.conventional = conventional;
    }

    /**
     * The clinicians and organizations whose id is {@code NPI-<npi>}, by NPI: the bulk of the national registry, kept
     * compactly. An NPI may be both a clinician's and an organization's.
     */
    interface ConventionalNpis {
        void clinician(long npi);

        /** The organization of this NPI is of {@code kind} (the latest one given wins). */
        void organization(long npi, NodeKind kind);

        boolean isClinician(long npi);

        /** The kind of the organization with this NPI, or null. */
        NodeKind organization(long npi);

        int clinicians();

        int organizations();
    }

    /** By default: one map from the NPI to a code, bit 0 a clinician, bits 1 to 7 the organization's kind + 1. */
    private static final class NpiCodes implements ConventionalNpis {
        private static final NodeKind[] KINDS = NodeKind.values();
        private final NpiMap codes = new NpiMap(0);
        private int clinicians;
        private int organizations;

        public void clinician(long npi) {
            int code = codes.get(npi);
            if ((code & 1) == 0) {
                codes.put(npi, code | 1);
                clinicians++;
            }
        }

        public void organization(long npi, NodeKind kind) {
            int code = codes.get(npi);
            if (code >>> 1 == 0) {
                organizations++;
            }
            codes.put(npi, (code & 1) | (kind.ordinal() + 1) << 1);
        }

        public boolean isClinician(long npi) {
            return (codes.get(npi) & 1) != 0;
        }

        public NodeKind organization(long npi) {
            int kind = codes.get(npi) >>> 1;
            return kind == 0 ? null : KINDS[kind - 1];
        }

        public int clinicians() {
            return clinicians;
        }

        public int organizations() {
            return organizations;
        }
    }

    /** Everything the database holds now. */
    public static DatabaseIdentities load(Neo4jRunner runner) {
        DatabaseIdentities ids = new DatabaseIdentities(new NpiCodes());
        stream(runner, "identities-clinicians", r -> ids.person(r.get("id").asString(), r.get("npi").asString(),
                r.get("clinician").asBoolean()));
        stream(runner, "identities-organizations", r -> ids.organization(r.get("id").asString(), r.get("npi").asString(),
                kindOf(r.get("labels").asList(v -> v.asString()))));
        stream(runner, "identities-hospitals", r -> ids.hospital(r.get("id").asString(), r.get("ccn").asString()));
        stream(runner, "identities-aliases", r -> ids.aliases(r.get("id").asString(), r.get("aliases").asString(),
                kindOf(r.get("labels").asList(v -> v.asString()))));
        stream(runner, "identities-organization-names", r -> ids.organizationName(r.get("id").asString(),
                r.get("name").asString(), kindOf(r.get("labels").asList(v -> v.asString()))));
        stream(runner, "identities-products", r -> ids.product(r.get("id").asString(),
                r.get("name").isNull() ? null : r.get("name").asString(),
                r.get("genericName").isNull() ? null : r.get("genericName").asString(),
                r.get("rxcui").isNull() ? null : r.get("rxcui").asString()));
        return ids;
    }

    /** An empty set of identities (a new store before its first file). */
    public static DatabaseIdentities empty() {
        return new DatabaseIdentities(new NpiCodes());
    }

    /** An empty set of identities that keeps the conventional NPIs in {@code conventional}. */
    static DatabaseIdentities empty(ConventionalNpis conventional) {
        return new DatabaseIdentities(conventional);
    }

    private static void stream(Neo4jRunner runner, String statement, Consumer<Record> rows) {
        String cypher = Cypher.load(statement);
        runner.inRead(tx -> {
            var result = tx.run(cypher);
            while (result.hasNext()) {
                rows.accept(result.next());
            }
            return null;
        });
    }

    /** The most specific kind among a node's labels ({@code Clinician} over {@code Person}). */
    static NodeKind kindOf(List<String> labels) {
        NodeKind best = null;
        for (String l : labels) {
            NodeKind k = NodeKind.byLabel(l).filter(x -> x.label().equals(l)).orElse(null);
            if (k != null && (best == null || k.labels().size() > best.labels().size())) {
                best = k;
            }
        }
        return best;
    }

    void person(String id, String npi, boolean clinician) {
        long n = npiNumber(npi);
        if (clinician && n >= 0 && id.equals(Identities.npiId(npi))) {
            conventional.clinician(n);
        } else {
            otherPeople.put(npi, new Ref(clinician ? NodeKind.CLINICIAN : NodeKind.PERSON, id));
        }
    }

    void organization(String id, String npi, NodeKind kind) {
        if (kind == null) {
            return;
        }
        long n = npiNumber(npi);
        if (n >= 0 && id.equals(Identities.npiId(npi))) {
            conventional.organization(n, kind);
        } else {
            otherOrganizations.put(npi, new Ref(kind, id));
        }
    }

    void hospital(String id, String ccn) {
        hospitalsByCcn.put(ccn.strip(), id);
    }

    void aliases(String id, String aliasList, NodeKind kind) {
        if (kind == null) {
            return;
        }
        for (String a : aliasList.split(";")) {
            if (!a.isBlank()) {
                List<Ref> refs = aliases.get(a.strip());
                Ref ref = new Ref(kind, id);
                if (refs == null) {
                    aliases.put(a.strip(), List.of(ref));
                } else if (!refs.contains(ref)) {
                    List<Ref> more = new java.util.ArrayList<>(refs);
                    more.add(ref);
                    more.sort(java.util.Comparator.comparing(Ref::id));
                    aliases.put(a.strip(), List.copyOf(more));
                }
            }
        }
    }

    void organizationName(String id, String name, NodeKind kind) {
        String k = key(name);
        if (kind != null && !k.isEmpty()) {
            organizationsByName.merge(k, new Ref(kind, id), (a, b) -> a.equals(b) ? a : AMBIGUOUS_REF);
        }
    }

    void product(String id, String name, String genericName, String rxcuis) {
        String byName = name == null ? null : key(name);
        String byGeneric = genericName == null ? null : key(genericName);
        if (byName != null && !byName.isEmpty()) {
            productsByName.merge(byName, id, DatabaseIdentities::sameOrAmbiguous);
        }
        if (byGeneric != null && !byGeneric.isEmpty() && !byGeneric.equals(byName)) {
            productsByName.merge(byGeneric, id, DatabaseIdentities::sameOrAmbiguous);
        }
        if (rxcuis != null) {
            for (String r : rxcuis.split(";")) {
                if (!r.isBlank()) {
                    productsByRxcui.merge(r.strip(), id, DatabaseIdentities::sameOrAmbiguous);
                }
            }
        }
    }

    private static String sameOrAmbiguous(String a, String b) {
        return a.equals(b) ? a : AMBIGUOUS;
    }

    /** A product name as matched: lower case, letters and digits only ({@code Eliquis 5 MG} = {@code eliquis5mg}). */
    static String key(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = Character.toLowerCase(name.charAt(i));
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static long npiNumber(String npi) {
        if (npi == null || npi.length() != 10) {
            return -1;
        }
        for (int i = 0; i < 10; i++) {
            if (npi.charAt(i) < '0' || npi.charAt(i) > '9') {
                return -1;
            }
        }
        return Long.parseLong(npi);
    }

    @Override
    public Ref clinician(String npi) {
        if (npi == null) {
            return null;
        }
        String n = npi.strip();
        Ref other = otherPeople.get(n);
        if (other != null) {
            return other;
        }
        long number = npiNumber(n);
        return number >= 0 && conventional.isClinician(number) ? new Ref(NodeKind.CLINICIAN, Identities.npiId(n)) : null;
    }

    @Override
    public Ref organizationByNpi(String npi) {
        if (npi == null) {
            return null;
        }
        String n = npi.strip();
        Ref other = otherOrganizations.get(n);
        if (other != null) {
            return other;
        }
        long number = npiNumber(n);
        NodeKind kind = number >= 0 ? conventional.organization(number) : null;
        return kind == null ? null : new Ref(kind, Identities.npiId(n));
    }

    @Override
    public Ref hospitalByCcn(String ccn) {
        String id = ccn == null ? null : hospitalsByCcn.get(ccn.strip());
        return id == null ? null : new Ref(NodeKind.HOSPITAL, id);
    }

    @Override
    public Ref byAlias(String alias) {
        List<Ref> refs = allByAlias(alias);
        return refs.isEmpty() ? null : refs.getFirst();
    }

    /** Every node with this alias, by id (overrides the readers' default where the interface has it). */
    public List<Ref> allByAlias(String alias) {
        List<Ref> refs = alias == null ? null : aliases.get(alias.strip());
        return refs == null ? List.of() : refs;
    }

    /** The health system or hospital with this name, when exactly one has it; else null. */
    public Ref organizationByName(String name) {
        Ref r = name == null ? null : organizationsByName.get(key(name));
        return r == AMBIGUOUS_REF ? null : r;
    }

    @Override
    public ProductMatch product(String brandName, String genericName) {
        String id = brandName == null ? null : productsByName.get(key(brandName));
        if (id == null && genericName != null) {
            id = productsByName.get(key(genericName));
        }
        return match(id);
    }

    @Override
    public ProductMatch productByRxcui(String rxcui) {
        return match(rxcui == null ? null : productsByRxcui.get(rxcui.strip()));
    }

    private static ProductMatch match(String id) {
        if (id == null) {
            return ProductMatch.NONE;
        }
        return AMBIGUOUS.equals(id) ? new ProductMatch(null, 2) : new ProductMatch(id, 1);
    }

    /** How many keys are held, for the log: clinicians, organizations, hospitals, aliases, product names. */
    public String sizes() {
        return String.format(Locale.ROOT, "%,d clinicians, %,d organizations, %,d hospitals by CCN, %,d aliases, %,d product names",
                conventional.clinicians() + otherPeople.size(), conventional.organizations() + otherOrganizations.size(),
                hospitalsByCcn.size(), aliases.size(), productsByName.size());
    }
}
