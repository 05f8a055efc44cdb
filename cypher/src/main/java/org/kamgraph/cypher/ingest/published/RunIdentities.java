package org.kamgraph.cypher.ingest.published;

import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
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
 * that emitted it, kept as a 64-bit hash in a primitive map (12 bytes a node). File {@code i} sees only the nodes
 * of the files before it ({@link #view}). A hash collision (about one in 10^11 pairs at national size) could only
 * hide a node or send a row to the upserting step, which writes it all the same.
 */
final class RunIdentities {
    final DatabaseIdentities all = DatabaseIdentities.empty();
    private final Long2IntOpenHashMap firstFile = new Long2IntOpenHashMap();

    RunIdentities() {
        firstFile.defaultReturnValue(Integer.MAX_VALUE);
    }

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
        long k = key(kind, id);
        int was = firstFile.get(k);
        if (was == Integer.MAX_VALUE) {
            firstFile.put(k, file);
            return file;
        }
        return was;
    }

    /** The first file of the run that emitted the node, or {@link Integer#MAX_VALUE}. */
    int firstFile(NodeKind kind, String id) {
        return firstFile.get(key(kind, id));
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
