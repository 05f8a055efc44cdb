package org.kamgraph.readers.hospitals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kamgraph.model.NodeKind;
import org.kamgraph.readers.Emit;
import org.kamgraph.readers.Identities;
import org.kamgraph.readers.Identities.Ref;
import org.kamgraph.readers.ReadContext;
import org.kamgraph.readers.Shape;
import org.kamgraph.readers.SourceFormat;
import org.kamgraph.readers.SourceRow;
import org.kamgraph.readers.Translator;

/**
 * CMS Hospital General Information (Provider Data Catalog, dataset xubh-q36u): one row per Medicare-certified hospital
 * -> Hospital {@code CCN-<Facility ID>} with its name, city, state, type and ownership. See docs/formats/hospitals.md.
 */
public final class HospitalGeneralInformationFormat implements SourceFormat {
    public static final HospitalGeneralInformationFormat INSTANCE = new HospitalGeneralInformationFormat();

    static final String FACILITY_ID = "Facility ID";
    static final String FACILITY_NAME = "Facility Name";
    static final String CITY = "City/Town";
    static final String STATE = "State";
    static final String ZIP = "ZIP Code";
    static final String HOSPITAL_TYPE = "Hospital Type";
    static final String OWNERSHIP = "Hospital Ownership";

    private HospitalGeneralInformationFormat() {
    }

    @Override
    public String name() {
        return "hospitals";
    }

    @Override
    public String description() {
        return "CMS Hospital General Information (Care Compare / Provider Data Catalog): every Medicare-certified hospital "
                + "by CCN, with name, city, state, hospital type and ownership.";
    }

    @Override
    public String dictionary() {
        return "CMS Provider Data Catalog, Hospital General Information (dataset xubh-q36u), column names as in the "
                + "2024-2025 releases (Facility ID, Facility Name, Address, City/Town, State, ZIP Code, County/Parish, "
                + "Telephone Number, Hospital Type, Hospital Ownership, Emergency Services, ...)";
    }

    @Override
    public List<String> requiredColumns() {
        return List.of(FACILITY_ID, FACILITY_NAME, CITY, STATE, HOSPITAL_TYPE, OWNERSHIP);
    }

    @Override
    public int order() {
        return Order.HOSPITALS;
    }

    @Override
    public boolean fullSnapshot() {
        return true;
    }

    @Override
    public List<Shape> shapes() {
        return List.of(Shape.nodes(NodeKind.HOSPITAL));
    }

    @Override
    public Translator translator(ReadContext context) {
        Identities ids = context.identities();
        return (SourceRow row, Emit out) -> {
            String ccn = Ccn.of(row.get(FACILITY_ID));
            if (ccn == null) {
                out.reject(FACILITY_ID, "not a CMS certification number (6 letters or digits)");
                return;
            }
            String name = row.get(FACILITY_NAME);
            if (name == null) {
                out.reject(FACILITY_NAME, "hospital without a name");
                return;
            }
            String state = row.get(STATE) == null ? null : row.get(STATE).toUpperCase(Locale.ROOT);
            if (!context.region().includes(state, row.get(ZIP))) {
                out.outsideRegion();
                return;
            }
            Ref known = ids.hospitalByCcn(ccn);
            String id = known != null ? known.id() : Identities.ccnId(ccn);
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("name", name);
            props.put("ccn", ccn);
            put(props, "city", row.get(CITY));
            put(props, "region", state);
            put(props, "hospitalType", row.get(HOSPITAL_TYPE));
            put(props, "ownership", row.get(OWNERSHIP));
            out.node(NodeKind.HOSPITAL, id, props);
        };
    }

    static void put(Map<String, Object> props, String key, Object value) {
        if (value != null) {
            props.put(key, value);
        }
    }

    @Override
    public String toString() {
        return name();
    }
}
