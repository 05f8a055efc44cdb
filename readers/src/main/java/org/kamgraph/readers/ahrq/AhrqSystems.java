package org.kamgraph.readers.ahrq;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kamgraph.model.NodeKind;
import org.kamgraph.readers.ReadContext;
import org.kamgraph.readers.Shape;
import org.kamgraph.readers.SourceFormat;
import org.kamgraph.readers.SourceRow;
import org.kamgraph.readers.Translator;

/**
 * The AHRQ Compendium of U.S. Health Systems, system file ({@code chsp-compendium-2023.csv}): one row per health
 * system, becoming an Idn {@code AHRQ-<health_sys_id>} with its name, home-office city and state, and hospital count.
 * See docs/formats/ahrq-compendium.md.
 */
public final class AhrqSystems implements SourceFormat {
    static final String ID = "health_sys_id";
    static final String NAME = "health_sys_name";
    static final String CITY = "health_sys_city";
    static final String STATE = "health_sys_state";
    static final String HOSPITALS = "hosp_cnt";

    @Override
    public String name() {
        return "ahrq-systems";
    }

    @Override
    public String description() {
        return "AHRQ Compendium of U.S. Health Systems, system file: each health system becomes an Idn"
                + " (AHRQ-<health_sys_id>) with its home office and hospital count";
    }

    @Override
    public String dictionary() {
        return Compendium.DICTIONARY;
    }

    @Override
    public List<String> requiredColumns() {
        return List.of(ID, NAME);
    }

    /** The hospital linkage file has these columns too; it is told apart by its {@code ccn}. */
    @Override
    public boolean recognizes(Set<String> columns) {
        return SourceFormat.super.recognizes(columns)
                && columns.stream().noneMatch(c -> c.strip().toLowerCase(Locale.ROOT).equals(AhrqHospitalLinkage.CCN));
    }

    @Override
    public int order() {
        return Order.HEALTH_SYSTEMS;
    }

    /** The compendium is the whole list of systems for its year: a system it no longer lists is ended. */
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
        return List.of(Shape.nodes(NodeKind.IDN));
    }

    @Override
    public Translator translator(ReadContext context) {
        return (row, out) -> {
            String id = row.get(ID);
            if (id == null) {
                out.reject(ID, "no health_sys_id");
                return;
            }
            String name = row.get(NAME);
            if (name == null) {
                out.reject(NAME, "no health_sys_name");
                return;
            }
            String state = row.get(STATE);
            if (!context.region().includes(state)) {
                out.outsideRegion();
                return;
            }
            Long hospitals;
            try {
                hospitals = Compendium.count(row.get(HOSPITALS));
            } catch (NumberFormatException e) {
                out.reject(HOSPITALS, "not a whole number");
                return;
            }
            out.node(NodeKind.IDN, Compendium.idnId(id), props(row, id, name, state, hospitals));
        };
    }

    static Map<String, Object> props(SourceRow row, String id, String name, String state, Long hospitals) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", name);
        put(p, "city", row.get(CITY));
        put(p, "region", state == null ? null : state.toUpperCase(Locale.ROOT));
        p.put("country", "US");
        p.put("healthSystemId", id);
        put(p, "hospitalCount", hospitals);
        return p;
    }

    private static void put(Map<String, Object> p, String key, Object value) {
        if (value != null) {
            p.put(key, value);
        }
    }
}
