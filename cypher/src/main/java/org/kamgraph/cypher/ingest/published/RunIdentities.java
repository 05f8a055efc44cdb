package org.kamgraph.cypher.ingest.published;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kamgraph.cypher.GraphVersion;
import org.kamgraph.cypher.Neo4jRunner;
import org.kamgraph.cypher.ingest.CompactLongIntMap;
import org.kamgraph.cypher.ingest.CsvImporter;
import org.kamgraph.cypher.ingest.GraphWriter;
import org.kamgraph.cypher.ingest.ImportOptions;
import org.kamgraph.cypher.ingest.ImportProblem;
import org.kamgraph.cypher.ingest.ImportProgress;
import org.kamgraph.cypher.ingest.ImportReport;
import org.kamgraph.cypher.ingest.NpiMap;
import org.kamgraph.cypher.store.NewStoreLoader;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.RelKind;
import org.kamgraph.readers.Emit;
import org.kamgraph.readers.Identities;
import org.kamgraph.readers.Identities.ProductMatch;
import org.kamgraph.readers.Identities.Ref;
import org.kamgraph.readers.PublishedFileException;
import org.kamgraph.readers.ReadContext;
import org.kamgraph.readers.SourceFormat;
import org.kamgraph.readers.Translator;

/**
 * The identities of a run into a new store, from the node rows its files emitted (there is no database to ask):
 * the same structure as {@link DatabaseIdentities}, fed row by row, and for every node (kind, id) the first file
 * that emitted it. File {@code i} sees only the nodes of the files before it ({@link #view}).
 *
 * <p>Sized for the national NPI registry: a node whose id is {@code NPI-<npi>} is kept in an {@link NpiMap} of its
 * kind (one long a slot filled up to 0.8), whose value holds the first file and whether the node is a conventional
 * clinician or organization ({@link DatabaseIdentities.ConventionalNpis}): the registry's millions take one slot each,
 * plus a map from an organization's NPI to its kind (7 million NPIs: about 100 MB in all). Any other node is kept in a
 * {@link CompactLongIntMap} by a 64-bit hash of (kind, id): a collision (about one in 10^11 pairs at national size)
 * could only hide a node or send a row to the upserting step, which writes it all the same.
 */
final class RunIdentities {
    /** The value's bits: the first file (all ones: none recorded yet) and the conventional flag. */
    private static final int FILE_MASK = (1 << 29) - 1;
    private static final int CONVENTIONAL = 1 << 29;
    private static final NodeKind[] KINDS = NodeKind.values();

    /** Nodes with NPI ids, per kind (by ordinal). */
    private final NpiMap[] npiNodes = new NpiMap[KINDS.length];
    /** Nodes with other ids, by hash. */
    private final CompactLongIntMap otherNodes = new CompactLongIntMap(-1);
    /** Conventional organizations: NPI to kind ordinal. */
    private final NpiMap organizationKinds = new NpiMap(-1);
    private int conventionalClinicians;
    final DatabaseIdentities all = DatabaseIdentities.empty(new DatabaseIdentities.ConventionalNpis() {
        public void clinician(long npi) {
            if (flag(NodeKind.CLINICIAN, npi)) {
                conventionalClinicians++;
            }
        }

        public void organization(long npi, NodeKind kind) {
            flag(kind, npi);
            organizationKinds.put(npi, kind.ordinal());
        }

        public boolean isClinician(long npi) {
            int v = value(NodeKind.CLINICIAN, npi);
            return v >= 0 && (v & CONVENTIONAL) != 0;
        }

        public NodeKind organization(long npi) {
            int kind = organizationKinds.get(npi);
            return kind < 0 ? null : KINDS[kind];
        }

        public int clinicians() {
            return conventionalClinicians;
        }

        public int organizations() {
            return organizationKinds.size();
        }
    });

    private int value(NodeKind kind, long npi) {
        NpiMap m = npiNodes[kind.ordinal()];
        return m == null ? -1 : m.get(npi);
    }

    private NpiMap npis(NodeKind kind) {
        NpiMap m = npiNodes[kind.ordinal()];
        if (m == null) {
            m = new NpiMap(-1);
            npiNodes[kind.ordinal()] = m;
        }
        return m;
    }

    /** Marks the node conventional; returns whether it was not yet. */
    private boolean flag(NodeKind kind, long npi) {
        int v = value(kind, npi);
        if (v < 0) {
            npis(kind).put(npi, FILE_MASK | CONVENTIONAL);
            return true;
        }
        if ((v & CONVENTIONAL) == 0) {
            npis(kind).put(npi, v | CONVENTIONAL);
            return true;
        }
        return false;
    }

    /** The NPI of an id {@code NPI-<10 digits>}, else -1. */
    private static long npi(String id) {
        if (id.length() != 14 || !id.startsWith("NPI-")) {
            return -1;
        }
        long npi = 0;
        for (int i = 4; i < 14; i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            npi = npi * 10 + (c - '0');
        }
        return npi;
    }

    /** A node with another id: a 64-bit hash of kind and id. */
    static long key(NodeKind kind, String id) {
        long h = 0xcbf29ce484222325L ^ (kind.ordinal() * 0x9E3779B97F4A7C15L);
        for (int i = 0; i < id.length(); i++) {
            h ^= id.charAt(i);
            h *= 0x100000001b3L;
        }
        return h ^ (h >>> 29);
    }

    /** Records that file {@code file} emitted the node; returns the first file that did. */
    int record(int file, NodeKind kind, String id) {
        if (file >= FILE_MASK) {
            throw new IllegalArgumentException("a run of more than " + FILE_MASK + " files");
        }
        long npi = npi(id);
        int was = npi >= 0 ? value(kind, npi) : otherNodes.get(key(kind, id));
        if (was < 0 || (was & FILE_MASK) == FILE_MASK) {
            int now = file | (was < 0 ? 0 : was & CONVENTIONAL);
            if (npi >= 0) {
                npis(kind).put(npi, now);
            } else {
                otherNodes.put(key(kind, id), now);
            }
            return file;
        }
        return was & FILE_MASK;
    }

    /** The first file of the run that emitted the node, or {@link Integer#MAX_VALUE}. */
    int firstFile(NodeKind kind, String id) {
        long npi = npi(id);
        int v = npi >= 0 ? value(kind, npi) : otherNodes.get(key(kind, id));
        return v < 0 || (v & FILE_MASK) == FILE_MASK ? Integer.MAX_VALUE : v & FILE_MASK;
    }

    /** The bytes of the primitive maps, for the log. */
    long footprint() {
        long bytes = 12L * otherNodes.capacity() + organizationKinds.bytes();
        for (NpiMap m : npiNodes) {
            bytes += m == null ? 0 : m.bytes();
        }
        return bytes;
    }

    /** Feeds a node row's keys (NPI, CCN, aliases, names, product names) into the identities. */
    void feed(NodeKind kind, String id, Map<String, Object> props) {
        String npi = text(props.get("npi"));
        if (npi != null && kind.labels().contains("Person")) {
            all.person(id, npi, kind == NodeKind.CLINICIAN);
        } else if (npi != null && kind.labels().contains("Organization")) {
            all.organization(id, npi, kind);
        }
        String ccn = text(props.get("ccn"));
        if (ccn != null && kind == NodeKind.HOSPITAL) {
            all.hospital(id, ccn);
        }
        String aliases = text(props.get("aliases"));
        if (aliases != null) {
            all.aliases(id, aliases, kind);
        }
        String name = text(props.get("name"));
        if (name != null && (kind == NodeKind.IDN || kind == NodeKind.HOSPITAL)) {
            add(organizationsByName, DatabaseIdentities.key(name), new Ref(kind, id));
        }
        if (kind == NodeKind.PRODUCT) {
            Ref product = new Ref(NodeKind.PRODUCT, id);
            String generic = text(props.get("genericName"));
            if (name != null) {
                add(productsByName, DatabaseIdentities.key(name), product);
            }
            if (generic != null) {
                add(productsByName, DatabaseIdentities.key(generic), product);
            }
            String rxcuis = text(props.get("rxcui"));
            if (rxcuis != null) {
                for (String r : rxcuis.split(";")) {
                    if (!r.isBlank()) {
                        add(productsByRxcui, r.strip(), product);
                    }
                }
            }
        }
    }

    /*
     * Names and product keys can become ambiguous as files come: every node a key names is kept (few per key), and
     * a view decides among those of the files before it, as the database would have held them.
     */
    private final Map<String, List<Ref>> organizationsByName = new HashMap<>();
    private final Map<String, List<Ref>> productsByName = new HashMap<>();
    private final Map<String, List<Ref>> productsByRxcui = new HashMap<>();

    private static void add(Map<String, List<Ref>> map, String key, Ref ref) {
        if (key.isEmpty()) {
            return;
        }
        List<Ref> refs = map.get(key);
        if (refs == null) {
            map.put(key, List.of(ref));
        } else if (!refs.contains(ref)) {
            List<Ref> more = new ArrayList<>(refs);
            more.add(ref);
            map.put(key, List.copyOf(more));
        }
    }

    /** The one node of the files before {@code file} that the key names; null when none or several. */
    private Ref unique(Map<String, List<Ref>> map, String key, int file) {
        List<Ref> refs = key == null ? null : map.get(key);
        if (refs == null) {
            return null;
        }
        Ref found = null;
        for (Ref r : refs) {
            if (before(r, file)) {
                if (found != null) {
                    return AMBIGUOUS;
                }
                found = r;
            }
        }
        return found;
    }

    private static final Ref AMBIGUOUS = new Ref(NodeKind.PRODUCT, "\u0000ambiguous");

    private static ProductMatch match(Ref r) {
        return r == null ? ProductMatch.NONE : r == AMBIGUOUS ? new ProductMatch(null, 2) : new ProductMatch(r.id(), 1);
    }

    private static String text(Object v) {
        if (v == null) {
            return null;
        }
        String s = v.toString().strip();
        return s.isEmpty() ? null : s;
    }

    private boolean before(Ref ref, int file) {
        return ref != null && firstFile(ref.kind(), ref.id()) < file;
    }

    /** What file {@code file} may resolve: the nodes of the files before it. */
    Identities view(int file) {
        return new Identities() {
            public Ref clinician(String npi) {
                Ref r = all.clinician(npi);
                return before(r, file) ? r : null;
            }

            public Ref organizationByNpi(String npi) {
                Ref r = all.organizationByNpi(npi);
                return before(r, file) ? r : null;
            }

            public Ref hospitalByCcn(String ccn) {
                Ref r = all.hospitalByCcn(ccn);
                return before(r, file) ? r : null;
            }

            public Ref organizationByName(String name) {
                Ref r = name == null ? null : unique(organizationsByName, DatabaseIdentities.key(name), file);
                return r == AMBIGUOUS ? null : r;
            }

            public Ref byAlias(String alias) {
                List<Ref> refs = allByAlias(alias);
                return refs.isEmpty() ? null : refs.getFirst();
            }

            public List<Ref> allByAlias(String alias) {
                return all.allByAlias(alias).stream().filter(r -> before(r, file)).toList();
            }

            public ProductMatch product(String brandName, String genericName) {
                Ref r = brandName == null ? null : unique(productsByName, DatabaseIdentities.key(brandName), file);
                if (r == null && genericName != null) {
                    r = unique(productsByName, DatabaseIdentities.key(genericName), file);
                }
                return match(r);
            }

            public ProductMatch productByRxcui(String rxcui) {
                return match(rxcui == null ? null : unique(productsByRxcui, rxcui.strip(), file));
            }
        };
    }
}
