package org.kamgraph.readers.ahrq;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.RelKind;
import org.kamgraph.readers.Emit;
import org.kamgraph.readers.Identities;
import org.kamgraph.readers.Identities.Ref;
import org.kamgraph.readers.ReadContext;
import org.kamgraph.readers.Shape;
import org.kamgraph.readers.SourceFormat;
import org.kamgraph.readers.SourceRow;
import org.kamgraph.readers.Translator;

/**
 * The AHRQ Compendium's hospital linkage file ({@code chsp-hospital-linkage-2023.csv}): one row per hospital with the
 * health system it belongs to, becoming Hospital PART_OF Idn. The hospital is the one identities know by CCN; a CCN
 * no source has loaded becomes a new Hospital {@code CCN-<ccn>} with the linkage file's name, city and state. The Idn
 * is emitted too (once per system), so that a system headquartered outside the region filter but owning hospitals in
 * it is there. See docs/formats/ahrq-compendium.md.
 */
public final class AhrqHospitalLinkage implements SourceFormat {
    static final String CCN = "ccn";
    static final String HOSPITAL_NAME = "hospital_name";
    static final String HOSPITAL_CITY = "hospital_city";
    static final String HOSPITAL_STATE = "hospital_state";
    static final String BEDS = "hos_beds";

    @Override
    public String name() {
        return "ahrq-hospital-linkage";
    }

    @Override
    public String description() {
        return "AHRQ Compendium of U.S. Health Systems, hospital linkage file: each hospital (by CCN) PART_OF its"
                + " health system's Idn; hospitals not loaded yet are created from the file (CCN-<ccn>)";
    }

    @Override
    public String dictionary() {
        return Compendium.DICTIONARY;
    }

    @Override
    public List<String> requiredColumns() {
        return List.of(CCN, AhrqSystems.ID, HOSPITAL_NAME);
    }

    @Override
    public int order() {
        return Order.HOSPITALS + 5;
    }

    /** The linkage file is the whole list for its year: a hospital that left its system gets its PART_OF ended. */
    @Override
    public boolean fullSnapshot() {
        return true;
    }

    @Override
    public Charset charset() {
        return Compendium.CHARSET;
    }

    @Override
    public Optional<LocalDate> dateFromName(String fileName) {
        return Compendium.dateFromName(fileName);
    }

    @Override
    public List<Shape> shapes() {
        return List.of(Shape.nodes(NodeKind.IDN), Shape.nodes(NodeKind.HOSPITAL),
                Shape.relationships(RelKind.PART_OF, NodeKind.HOSPITAL, NodeKind.IDN));
    }

    @Override
    public Translator translator(ReadContext context) {
        return new Linkage(context);
    }

    /** Remembers the systems and new hospitals it emitted (bounded by what it emits), to emit each once. */
    private static final class Linkage implements Translator {
        private final ReadContext context;
        private final Set<String> systems = new HashSet<>();
        private final Set<String> newHospitals = new HashSet<>();

        Linkage(ReadContext context) {
            this.context = context;
        }

        @Override
        public void row(SourceRow row, Emit out) {
            String rawCcn = row.get(CCN);
            if (rawCcn == null) {
                out.reject(CCN, "no CCN");
                return;
            }
            String ccn = Compendium.ccn(rawCcn);
            if (ccn == null) {
                out.reject(CCN, "not a CMS certification number");
                return;
            }
            String system = row.get(AhrqSystems.ID);
            if (system == null) {
                out.reject(AhrqSystems.ID, "hospital in no health system (health_sys_id empty)");
                return;
            }
            String state = row.get(HOSPITAL_STATE);
            if (!context.region().includes(state)) {
                out.outsideRegion();
                return;
            }
            Long beds;
            try {
                beds = Compendium.count(row.get(BEDS));
            } catch (NumberFormatException e) {
                out.reject(BEDS, "not a whole number");
                return;
            }
            Ref hospital = context.identities().hospitalByCcn(ccn);
            if (hospital == null) {
                String name = row.get(HOSPITAL_NAME);
                if (name == null) {
                    out.reject(HOSPITAL_NAME, "hospital not loaded (no hospital with this CCN) and no hospital_name");
                    return;
                }
                hospital = new Ref(NodeKind.HOSPITAL, Identities.ccnId(ccn));
                if (newHospitals.add(ccn)) {
                    out.node(NodeKind.HOSPITAL, hospital.id(), hospitalProps(row, name, ccn, state, beds));
                }
            }
            if (hospital.kind() != NodeKind.HOSPITAL) {
                out.reject(CCN, "the CCN names a node that is not a Hospital");
                return;
            }
            String idn = Compendium.idnId(system);
            String systemName = row.get(AhrqSystems.NAME);
            if (systemName != null && systems.add(system)) {
                String systemState = row.get(AhrqSystems.STATE);
                out.node(NodeKind.IDN, idn, AhrqSystems.props(row, system, systemName, systemState, null));
            }
            out.relationship(RelKind.PART_OF, NodeKind.HOSPITAL, hospital.id(), NodeKind.IDN, idn, Map.of());
        }

        private static Map<String, Object> hospitalProps(SourceRow row, String name, String ccn, String state, Long beds) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("name", name);
            if (row.get(HOSPITAL_CITY) != null) {
                p.put("city", row.get(HOSPITAL_CITY));
            }
            if (state != null) {
                p.put("region", state.toUpperCase(Locale.ROOT));
            }
            p.put("country", "US");
            p.put("ccn", ccn);
            if (beds != null) {
                p.put("beds", beds);
            }
            return p;
        }
    }
}
