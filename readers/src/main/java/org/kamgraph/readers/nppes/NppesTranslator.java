package org.kamgraph.readers.nppes;

import static org.kamgraph.readers.nppes.NppesFormat.CREDENTIAL;
import static org.kamgraph.readers.nppes.NppesFormat.DEACTIVATION_DATE;
import static org.kamgraph.readers.nppes.NppesFormat.ENTITY_TYPE;
import static org.kamgraph.readers.nppes.NppesFormat.ENUMERATION_DATE;
import static org.kamgraph.readers.nppes.NppesFormat.FIRST_NAME;
import static org.kamgraph.readers.nppes.NppesFormat.LAST_NAME;
import static org.kamgraph.readers.nppes.NppesFormat.MIDDLE_NAME;
import static org.kamgraph.readers.nppes.NppesFormat.NAME_SUFFIX;
import static org.kamgraph.readers.nppes.NppesFormat.NPI;
import static org.kamgraph.readers.nppes.NppesFormat.ORGANIZATION_NAME;
import static org.kamgraph.readers.nppes.NppesFormat.PARENT_ORGANIZATION;
import static org.kamgraph.readers.nppes.NppesFormat.PRACTICE_CITY;
import static org.kamgraph.readers.nppes.NppesFormat.PRACTICE_STATE;
import static org.kamgraph.readers.nppes.NppesFormat.REACTIVATION_DATE;

import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import it.unimi.dsi.fastutil.longs.Long2LongOpenHashMap;
import it.unimi.dsi.fastutil.longs.LongArrayList;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.Npi;
import org.kamgraph.model.RelKind;
import org.kamgraph.readers.Emit;
import org.kamgraph.readers.Identities;
import org.kamgraph.readers.Identities.Ref;
import org.kamgraph.readers.ReadContext;
import org.kamgraph.readers.Shape;
import org.kamgraph.readers.SourceRow;
import org.kamgraph.readers.Translator;

/**
 * One NPPES data file's rows: one node per NPI (a clinician or an organization), PART_OF a resolvable parent. A
 * subpart's parent ("Parent Organization LBN") is looked up among the health systems and hospitals loaded before the
 * file; when none has the name, among the organizations of the file itself (any row, before or after the subpart):
 * the file's organizations are kept as a primitive map of name hash -> NPI and kind, the unresolved subparts as
 * primitive triples, and their PART_OF are emitted in {@link #finish}. Bounded by the file's organizations, whatever
 * the number of individuals: at the full file's ~1.6 million organizations the map is 2^21 slots of two longs (32 MiB;
 * 64 MiB past 1.57 million names) and each pending subpart 24 bytes (NppesParentMemoryTest measures 63 MiB held in all
 * for 1.56 million organizations of which 390,000 pending subparts).
 */
final class NppesTranslator implements Translator {
    private static final Set<NodeKind> ORGANIZATIONS = Set.of(NodeKind.HOSPITAL, NodeKind.CLINIC, NodeKind.PHARMACY);
    static final String PARENT_NOT_LOADED =
            "parent organization not loaded (no health system or hospital of that name, nor an organization of the file)";
    static final String PARENT_AMBIGUOUS = "parent organization name shared by several organizations of the file";
    private static final long NONE = -1;
    private static final long AMBIGUOUS = -2;
    /** NPIs are below 2^34: the kind's ordinal goes above. */
    private static final int KIND_SHIFT = 40;

    private final ReadContext context;
    private final Identities ids;
    private final List<Shape> shapes;
    /** The file's organizations (emitted as nodes) by the hash of their name's key: NPI and kind, or AMBIGUOUS. */
    private final Long2LongOpenHashMap fileOrganizations = new Long2LongOpenHashMap();
    /** Subparts whose parent the identities did not know: (line, NPI and kind, parent name hash) per subpart. */
    private final LongArrayList pending = new LongArrayList();

    NppesTranslator(ReadContext context, List<Shape> shapes) {
        this.context = context;
        this.ids = context.identities();
        this.shapes = shapes;
        fileOrganizations.defaultReturnValue(NONE);
    }

    @Override
    public void row(SourceRow row, Emit out) {
        String npi = row.get(NPI);
        if (npi == null || !Npi.isValid(npi)) {
            out.reject(NPI, "not a valid NPI (10 digits with a Luhn check digit)");
            return;
        }
        LocalDate deactivated;
        LocalDate reactivated;
        try {
            deactivated = date(row, DEACTIVATION_DATE);
            reactivated = date(row, REACTIVATION_DATE);
        } catch (BadDate e) {
            out.reject(e.column, "not a date as NPPES writes them (MM/DD/YYYY)");
            return;
        }
        // Deactivated unless reactivated on or after the deactivation; a reactivation clears the end.
        boolean ended = deactivated != null && (reactivated == null || reactivated.isBefore(deactivated));
        boolean reopened = reactivated != null && !ended;
        String type = row.get(ENTITY_TYPE);
        if (type == null) {
            if (ended) {
                // NPPES publishes a deactivated NPI with its NPI and deactivation date only: no name, no entity type.
                Ref known = ids.clinician(npi);
                if (known == null) {
                    known = ids.organizationByNpi(npi);
                }
                if (known != null) {
                    out.end(known.kind(), known.id(), deactivated);
                } else {
                    out.reject(NPI, "deactivated NPI not loaded (nothing to end)");
                }
            } else {
                out.reject(ENTITY_TYPE, "no entity type (1 individual, 2 organization)");
            }
            return;
        }
        String state = upper(row.get(PRACTICE_STATE));
        if (!context.region().includes(state, row.get(NppesFormat.PRACTICE_ZIP))) {
            out.outsideRegion();
            return;
        }
        Target t = switch (type) {
            case "1" -> clinician(row, npi, state, out);
            case "2" -> organization(row, npi, state, out);
            default -> {
                out.reject(ENTITY_TYPE, "entity type is neither 1 (individual) nor 2 (organization)");
                yield null;
            }
        };
        if (t == null) {
            return;
        }
        if (ended) {
            t.props.put("validTo", deactivated);
            if (t.props.get("validFrom") instanceof LocalDate from && deactivated.isBefore(from)) {
                t.props.remove("validFrom");
            }
        } else if (reopened) {
            t.props.put("validTo", null);
        }
        out.node(t.kind, t.id, t.props);
        if (t.parent != null) {
            out.relationship(RelKind.PART_OF, t.kind, t.id, t.parent.kind(), t.parent.id(), new LinkedHashMap<>());
        }
        if (t.kind != NodeKind.CLINICIAN) {
            long key = nameHash((String) t.props.get("name"));
            long value = encode(npi, t.kind);
            long before = fileOrganizations.putIfAbsent(key, value);
            if (before != NONE && before != value) {
                fileOrganizations.put(key, AMBIGUOUS);
            }
            String parent = row.get(PARENT_ORGANIZATION);
            if (t.parent == null && parent != null && ids.organizationByName(parent) == null) {
                pending.add(row.line());
                pending.add(value);
                pending.add(nameHash(parent));
            }
        }
    }

    /** The PART_OF of subparts whose parent is an organization of this file (at the subpart's line), or their rejects. */
    @Override
    public void finish(Emit out) {
        for (int i = 0; i < pending.size(); i += 3) {
            long line = pending.getLong(i);
            long child = pending.getLong(i + 1);
            long parent = fileOrganizations.get(pending.getLong(i + 2));
            out.atLine(line);
            if (parent == NONE) {
                out.reject(PARENT_ORGANIZATION, PARENT_NOT_LOADED);
                continue;
            }
            if (parent == AMBIGUOUS) {
                out.reject(PARENT_ORGANIZATION, PARENT_AMBIGUOUS);
                continue;
            }
            if (parent == child) {
                out.reject(PARENT_ORGANIZATION, "organization names itself as its parent");
                continue;
            }
            Ref c = ref(child);
            Ref p = ref(parent);
            if (!shapes.contains(Shape.relationships(RelKind.PART_OF, c.kind(), p.kind()))) {
                out.reject(PARENT_ORGANIZATION, article(c.kind().label()) + " cannot be PART_OF " + article(p.kind().label()));
                continue;
            }
            out.relationship(RelKind.PART_OF, c.kind(), c.id(), p.kind(), p.id(), new LinkedHashMap<>());
        }
    }

    private static long encode(String npi, NodeKind kind) {
        return Long.parseLong(npi) | (long) kind.ordinal() << KIND_SHIFT;
    }

    /** The node of an encoded organization: the id identities know its NPI by, else the NPI's. */
    private Ref ref(long encoded) {
        String npi = Long.toString(encoded & ((1L << KIND_SHIFT) - 1));
        NodeKind kind = NodeKind.values()[(int) (encoded >>> KIND_SHIFT)];
        Ref known = ids.organizationByNpi(npi);
        return known != null ? new Ref(known.kind(), known.id()) : new Ref(kind, Identities.npiId(npi));
    }

    /**
     * A 64-bit hash (FNV-1a, then mixed) of a name's key: its letters and digits, lower case, as identities match
     * names ({@code "Avera McKennan Hospital & University Health Center"} and its upper-case form hash alike).
     */
    static long nameHash(String name) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < name.length(); i++) {
            char c = Character.toLowerCase(name.charAt(i));
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                h = (h ^ c) * 0x100000001b3L;
            }
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h == NONE || h == AMBIGUOUS ? 0 : h;
    }

    /** What one row stands for: a node, and the organization it is PART_OF (or null). */
    private record Target(NodeKind kind, String id, Map<String, Object> props, Ref parent) {
    }

    private Target clinician(SourceRow row, String npi, String state, Emit out) {
        Map<String, Object> props = new LinkedHashMap<>();
        String id = Identities.npiId(npi);
        Ref known = ids.clinician(npi);
        if (known != null) {
            if (known.kind() != NodeKind.CLINICIAN) {
                out.reject(NPI, "NPI belongs to " + article(known.kind().label()) + " node, not a clinician: not updated");
                return null;
            }
            id = known.id();
        }
        String first = row.get(FIRST_NAME);
        String last = row.get(LAST_NAME);
        if (first == null && last == null) {
            out.reject(LAST_NAME, "individual without a name");
            return null;
        }
        String credential = row.get(CREDENTIAL);
        String taxonomy = primaryTaxonomy(row);
        props.put("name", NppesNames.displayName(first, row.get(MIDDLE_NAME), last, row.get(NAME_SUFFIX), credential));
        props.put("npi", npi);
        put(props, "credential", credential);
        put(props, "taxonomy", taxonomy);
        put(props, "specialty", Taxonomy.specialty(taxonomy));
        if (taxonomy != null) {
            props.put("profession", Taxonomy.profession(taxonomy));
        }
        put(props, "practiceCity", row.get(PRACTICE_CITY));
        put(props, "region", state);
        enumerated(row, id, npi, props, out);
        return new Target(NodeKind.CLINICIAN, id, props, null);
    }

    private Target organization(SourceRow row, String npi, String state, Emit out) {
        Map<String, Object> props = new LinkedHashMap<>();
        String taxonomy = primaryTaxonomy(row);
        Ref known = ids.organizationByNpi(npi);
        NodeKind kind;
        String id;
        if (known != null) {
            if (!ORGANIZATIONS.contains(known.kind())) {
                out.reject(NPI, "NPI belongs to " + article(known.kind().label()) + " node: not updated");
                return null;
            }
            kind = known.kind();
            id = known.id();
        } else {
            if (taxonomy == null) {
                out.reject(NppesFormat.taxonomyCode(1), "organization without a taxonomy code");
                return null;
            }
            kind = Taxonomy.organizationKind(taxonomy);
            if (kind == null) {
                out.reject(NppesFormat.taxonomyCode(1), "organization taxonomy not modelled (" + Taxonomy.describe(taxonomy) + ")");
                return null;
            }
            id = Identities.npiId(npi);
        }
        String name = row.get(ORGANIZATION_NAME);
        if (name == null) {
            out.reject(ORGANIZATION_NAME, "organization without a legal business name");
            return null;
        }
        props.put("name", name);
        props.put("npi", npi);
        put(props, "taxonomy", taxonomy);
        if (kind == NodeKind.CLINIC) {
            Taxonomy.Entry e = Taxonomy.entry(taxonomy);
            put(props, "specialty", e == null ? null : e.specialty());
        } else if (kind == NodeKind.PHARMACY) {
            put(props, "pharmacyType", Taxonomy.pharmacyType(taxonomy));
        }
        put(props, "city", row.get(PRACTICE_CITY));
        put(props, "region", state);
        enumerated(row, id, npi, props, out);
        String parent = row.get(PARENT_ORGANIZATION);
        return new Target(kind, id, props, parent == null ? null : parent(kind, parent, out));
    }

    /**
     * The organization named as parent, when identities know it and the model lets {@code kind} be PART_OF it; null
     * when they do not know it (the file's own organizations are looked at in {@link #finish}).
     */
    private Ref parent(NodeKind kind, String parent, Emit out) {
        Ref p = ids.organizationByName(parent);
        if (p == null) {
            return null;
        }
        if (!shapes.contains(Shape.relationships(RelKind.PART_OF, kind, p.kind()))) {
            out.reject(PARENT_ORGANIZATION, article(kind.label()) + " cannot be PART_OF " + article(p.kind().label()));
            return null;
        }
        return p;
    }

    /** The first day of a node this file names by NPI: the NPI's enumeration date. Not for nodes other sources made. */
    private void enumerated(SourceRow row, String id, String npi, Map<String, Object> props, Emit out) {
        if (!id.equals(Identities.npiId(npi))) {
            return;
        }
        try {
            put(props, "validFrom", date(row, ENUMERATION_DATE));
        } catch (BadDate e) {
            out.reject(e.column, "not a date as NPPES writes them (MM/DD/YYYY)");
        }
    }

    /** The code whose primary switch is Y; the first code when none is (some organizations flag none). */
    static String primaryTaxonomy(SourceRow row) {
        String first = null;
        for (int i = 1; i <= NppesFormat.TAXONOMY_SLOTS; i++) {
            String code = row.get(NppesFormat.taxonomyCode(i));
            if (code == null) {
                continue;
            }
            if ("Y".equalsIgnoreCase(row.get(NppesFormat.primarySwitch(i)))) {
                return code.toUpperCase(Locale.ROOT);
            }
            if (first == null) {
                first = code.toUpperCase(Locale.ROOT);
            }
        }
        return first;
    }

    private static LocalDate date(SourceRow row, String column) {
        String v = row.get(column);
        if (v == null) {
            return null;
        }
        // MM/DD/YYYY, strictly (a day that does not exist is not a date); by hand, as it runs millions of times.
        if (v.length() != 10 || v.charAt(2) != '/' || v.charAt(5) != '/') {
            throw new BadDate(column);
        }
        int month = digits(v, 0, 2);
        int day = digits(v, 3, 5);
        int year = digits(v, 6, 10);
        if (month < 0 || day < 0 || year < 0) {
            throw new BadDate(column);
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new BadDate(column);
        }
    }

    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    private static String article(String label) {
        return ("AEIOU".indexOf(label.charAt(0)) >= 0 ? "an " : "a ") + label;
    }

    private static String upper(String s) {
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }

    private static void put(Map<String, Object> props, String key, Object value) {
        if (value != null) {
            props.put(key, value);
        }
    }

    private static final class BadDate extends RuntimeException {
        final String column;

        BadDate(String column) {
            super(null, null, false, false);
            this.column = column;
        }
    }
}
