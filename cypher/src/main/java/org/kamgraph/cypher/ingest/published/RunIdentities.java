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
 * <p>Sized for the national NPI registry in one primitive map ({@link CompactLongIntMap}, 12 bytes a slot filled up
 * to 0.8): a node whose id is {@code NPI-<npi>} is keyed by its kind and NPI exactly; its value holds the first file
 * and whether the node is a conventional clinician or organization ({@link DatabaseIdentities.ConventionalNpis}), so
 * the registry's millions take one entry each (7 million: 85 to 125 MB), plus a map from an organization's NPI to its
 * kind. Any other node is keyed by a 63-bit hash of (kind, id): a collision (about one in 10^11 pairs at national
 * size) could only hide a node or send a row to the upserting step, which writes it all the same.
 */
final class RunIdentities {
    /** The value's bits: the first file (all ones: none recorded yet) and the conventional flag. */
    private static final int FILE_MASK = (1 << 30) - 1;
    private static final int CONVENTIONAL = 1 << 30;
    private static final NodeKind[] KINDS = NodeKind.values();

    private final CompactLongIntMap firstFile = new CompactLongIntMap(-1);
    /** Conventional organizations: NPI to kind ordinal. */
    private final CompactLongIntMap organizationKinds = new CompactLongIntMap(-1);
    private int conventionalClinicians;
    final DatabaseIdentities all = DatabaseIdentities.empty(new DatabaseIdentities.ConventionalNpis() {
        public void clinician(long npi) {
            if (flag(key(NodeKind.CLINICIAN, npi))) {
                conventionalClinicians++;
            }
        }

        public void organization(long npi, NodeKind kind) {
            flag(key(kind, npi));
            organizationKinds.put(npi, kind.ordinal());
        }

        public boolean isClinician(long npi) {
            int v = firstFile.get(key(NodeKind.CLINICIAN, npi));
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

    /** Marks the node conventional; returns whether it was not yet. */
    private boolean flag(long key) {
        int v = firstFile.get(key);
        if (v < 0) {
            firstFile.put(key, FILE_MASK | CONVENTIONAL);
            return true;
        }
        if ((v & CONVENTIONAL) == 0) {
            firstFile.put(key, v | CONVENTIONAL);
            return true;
        }
        return false;
    }

    /** (kind, NPI) exactly when the id is {@code NPI-<10 digits>} (below 2^45), else a hash with the top bit set. */
    static long key(NodeKind kind, String id) {
        if (id.length() == 14 && id.startsWith("NPI-")) {
            long npi = 0;
            for (int i = 4; i < 14 && npi >= 0; i++) {
                char c = id.charAt(i);
                npi = c >= '0' && c <= '9' ? npi * 10 + (c - '0') : -1;
            }
            if (npi >= 0) {
                return key(kind, npi);
            }
        }
        long h = 0xcbf29ce484222325L ^ (kind.ordinal() * 0x9E3779B97F4A7C15L);
        for (int i = 0; i < id.length(); i++) {
            h ^= id.charAt(i);
            h *= 0x100000001b3L;
        }
        return (h ^ (h >>> 29)) | Long.MIN_VALUE;
    }

    private static long key(NodeKind kind, long npi) {
        return (long) (kind.ordinal() + 1) << 40 | npi;
    }

    /** Records that file {@code file} emitted the node; returns the first file that did. */
    int record(int file, NodeKind kind, String id) {
        long k = key(kind, id);
        int was = firstFile.get(k);
        if (was < 0 || (was & FILE_MASK) == FILE_MASK) {
            firstFile.put(k, file | (was < 0 ? 0 : was & CONVENTIONAL));
            return file;
        }
        return was & FILE_MASK;
    }

    /** The first file of the run that emitted the node, or {@link Integer#MAX_VALUE}. */
    int firstFile(NodeKind kind, String id) {
        int v = firstFile.get(key(kind, id));
        return v < 0 || (v & FILE_MASK) == FILE_MASK ? Integer.MAX_VALUE : v & FILE_MASK;
    }

    /** The bytes of the primitive maps, for the log. */
    long footprint() {
        return 12L * (firstFile.capacity() + organizationKinds.capacity());
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
