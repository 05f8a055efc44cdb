package org.kamgraph.readers.hospitals;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.Npi;
import org.kamgraph.readers.Emit;
import org.kamgraph.readers.Identities;
import org.kamgraph.readers.Identities.Ref;
import org.kamgraph.readers.ReadContext;
import org.kamgraph.readers.Shape;
import org.kamgraph.readers.SourceFormat;
import org.kamgraph.readers.SourceRow;
import org.kamgraph.readers.Translator;

/**
 * A CCN-to-NPI crosswalk of hospitals in Synthea's providers layout ({@code hospitals.csv} of Synthea's
 * {@code providers} resources, drawn from CMS Provider of Services data): Hospital {@code CCN-<provider_num>} with its
 * NPI, so that the hospital is one node whether a source names it by CCN or by NPI. See docs/formats/hospitals.md.
 */
public final class ProviderCrosswalkFormat implements SourceFormat {
    public static final ProviderCrosswalkFormat INSTANCE = new ProviderCrosswalkFormat();

    static final String PROVIDER_NUM = "provider_num";
    static final String NPI = "npi";
    static final String NAME = "name";
    static final String CITY = "city";
    static final String STATE = "state";
    static final String ZIP = "zip";
    static final String BED_COUNT = "bed_count";

    private ProviderCrosswalkFormat() {
    }

    @Override
    public String name() {
        return "provider-crosswalk";
    }

    @Override
    public String description() {
        return "Hospital CCN-to-NPI crosswalk in Synthea's providers layout (provider_num, npi, name, ..., bed_count; "
                + "from CMS Provider of Services data): links each hospital's CCN to its NPI, with its staffed beds.";
    }

    @Override
    public String dictionary() {
        return "Synthea providers/hospitals.csv layout (synthetichealth/synthea, src/main/resources/providers; "
                + "header provider_num,npi,name,address,city,state,zip,fips_county,lat,lon,phone,provider_type_code,"
                + "category,emergency,upin,pin,region_code,bed_count,clia_lab_number)";
    }

    @Override
    public List<String> requiredColumns() {
        return List.of(PROVIDER_NUM, NPI, NAME, STATE);
    }

    @Override
    public int order() {
        return Order.HOSPITALS;
    }

    @Override
    public boolean fullSnapshot() {
        return false;
    }

    @Override
    public List<Shape> shapes() {
        return List.of(Shape.nodes(NodeKind.HOSPITAL));
    }

    @Override
    public Translator translator(ReadContext context) {
        Identities ids = context.identities();
        // A hospital appears once per provider record: the first row of a CCN (and of an NPI) is kept. Bounded by the
        // number of hospitals emitted.
        Set<String> ccns = new HashSet<>();
        Set<String> npis = new HashSet<>();
        return (SourceRow row, Emit out) -> {
            String raw = row.get(PROVIDER_NUM);
            if (raw == null) {
                out.reject(PROVIDER_NUM, "no CCN");
                return;
            }
            String ccn = Ccn.of(raw);
            if (ccn == null) {
                out.reject(PROVIDER_NUM, "not a CMS certification number (6 letters or digits)");
                return;
            }
            String name = row.get(NAME);
            if (name == null) {
                out.reject(NAME, "hospital without a name");
                return;
            }
            String state = row.get(STATE) == null ? null : row.get(STATE).toUpperCase(Locale.ROOT);
            if (!context.region().includes(state, row.get(ZIP))) {
                out.outsideRegion();
                return;
            }
            if (!ccns.add(ccn)) {
                out.reject(PROVIDER_NUM, "CCN listed again (its first row is kept)");
                return;
            }
            String npi = row.get(NPI);
            if (npi != null && !Npi.isValid(npi)) {
                out.reject(NPI, "not a valid NPI (10 digits with a Luhn check digit): the hospital is kept without it");
                npi = null;
            } else if (npi != null && !npis.add(npi)) {
                out.reject(NPI, "NPI given to another CCN before in this file: the hospital is kept without it");
                npi = null;
            }
            Ref known = ids.hospitalByCcn(ccn);
            if (known == null && npi != null && ids.organizationByNpi(npi) instanceof Ref byNpi
                    && byNpi.kind() == NodeKind.HOSPITAL) {
                known = byNpi; // a hospital first loaded by its NPI (from NPPES) gets its CCN
            }
            String id = known != null ? known.id() : Identities.ccnId(ccn);
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("name", name);
            props.put("ccn", ccn);
            HospitalGeneralInformationFormat.put(props, "npi", npi);
            HospitalGeneralInformationFormat.put(props, "city", row.get(CITY));
            HospitalGeneralInformationFormat.put(props, "region", state);
            String beds = row.get(BED_COUNT);
            if (beds != null) {
                try {
                    long b = Long.parseLong(beds);
                    if (b < 0 || b > 100_000) {
                        throw new NumberFormatException();
                    }
                    props.put("beds", b);
                } catch (NumberFormatException e) {
                    out.reject(BED_COUNT, "not a number of beds (0 to 100000): the hospital is kept without it");
                }
            }
            out.node(NodeKind.HOSPITAL, id, props);
        };
    }

    @Override
    public String toString() {
        return name();
    }
}
