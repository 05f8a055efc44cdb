package org.kamgraph.cypher.ingest.published;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.Npi;
import org.kamgraph.model.RelKind;
import org.kamgraph.readers.Identities;
import org.kamgraph.readers.Shape;
import org.kamgraph.readers.SourceFormat;
import org.kamgraph.readers.Translator;

/** Two toy published formats for the framework's tests: a hospital list (by CCN) and a staff list (two shapes). */
final class ToyFormats {
    private static final Pattern DATE = Pattern.compile(".*_(\\d{8})\\.(csv|zip|gz)");

    private ToyFormats() {
    }

    static List<SourceFormat> all() {
        return List.of(new Staff(), new Hospitals());
    }

    /** {@code Toy_CCN,Toy_Hospital_Name,Toy_Org_NPI}: hospitals keyed by CCN, with their NPI. */
    static final class Hospitals implements SourceFormat {
        public String name() {
            return "toy-hospitals";
        }

        public String description() {
            return "A toy list of hospitals";
        }

        public String dictionary() {
            return "none (a test format)";
        }

        public List<String> requiredColumns() {
            return List.of("Toy_CCN", "Toy_Hospital_Name");
        }

        public int order() {
            return Order.HOSPITALS;
        }

        public boolean fullSnapshot() {
            return false;
        }

        public List<Shape> shapes() {
            return List.of(Shape.nodes(NodeKind.HOSPITAL));
        }

        public Translator translator(org.kamgraph.readers.ReadContext context) {
            return (row, out) -> {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("name", row.get("Toy_Hospital_Name"));
                p.put("ccn", row.get("Toy_CCN"));
                p.put("npi", row.get("Toy_Org_NPI"));
                p.put("aliases", row.get("Toy_Aliases")); // optional
                out.node(NodeKind.HOSPITAL, Identities.ccnId(row.get("Toy_CCN")), p);
            };
        }
    }

    /**
     * {@code Toy_NPI,Toy_Name,Toy_State,Toy_Employer_NPI}: clinicians (full snapshot), and where they work, the
     * employer found by its organizational NPI. Files named {@code ..._YYYYMMDD.csv} are as of that day.
     */
    static final class Staff implements SourceFormat {
        public String name() {
            return "toy-staff";
        }

        public String description() {
            return "A toy staff list";
        }

        public String dictionary() {
            return "none (a test format)";
        }

        public List<String> requiredColumns() {
            return List.of("Toy_NPI", "Toy_Name");
        }

        public int order() {
            return Order.PROVIDERS;
        }

        public boolean fullSnapshot() {
            return true;
        }

        public Optional<LocalDate> dateFromName(String fileName) {
            Matcher m = DATE.matcher(fileName);
            return m.matches() ? Optional.of(LocalDate.parse(m.group(1), DateTimeFormatter.BASIC_ISO_DATE)) : Optional.empty();
        }

        public List<Shape> shapes() {
            return List.of(Shape.nodes(NodeKind.CLINICIAN), Shape.relationships(RelKind.WORKS_AT, NodeKind.CLINICIAN, NodeKind.HOSPITAL));
        }

        public Translator translator(org.kamgraph.readers.ReadContext context) {
            return (row, out) -> {
                String npi = row.get("Toy_NPI");
                if (npi == null || !Npi.isValid(npi)) {
                    out.reject("Toy_NPI", "not a valid NPI");
                    return;
                }
                String deactivated = row.get("Toy_Deactivated");
                if (deactivated != null) {
                    Identities.Ref known = context.identities().clinician(npi);
                    if (known == null) {
                        out.reject("Toy_NPI", "deactivated NPI not loaded");
                    } else {
                        out.end(known.kind(), known.id(), LocalDate.parse(deactivated));
                    }
                    return;
                }
                if (!context.region().includes(row.get("Toy_State"))) {
                    out.outsideRegion();
                    return;
                }
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("name", row.get("Toy_Name"));
                p.put("npi", npi);
                p.put("region", row.get("Toy_State"));
                String id = Identities.npiId(npi);
                out.node(NodeKind.CLINICIAN, id, p);
                String employer = row.get("Toy_Employer_NPI");
                if (employer != null) {
                    Identities.Ref org = context.identities().organizationByNpi(employer);
                    if (org == null || org.kind() != NodeKind.HOSPITAL) {
                        out.reject("Toy_Employer_NPI", "employer NPI not loaded");
                    } else {
                        out.relationship(RelKind.WORKS_AT, NodeKind.CLINICIAN, id, NodeKind.HOSPITAL, org.id(), Map.of("title", "Oncologist"));
                    }
                }
            };
        }
    }
}
