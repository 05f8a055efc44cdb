package org.kamgraph.model;

import static org.kamgraph.model.PropertySpec.optional;
import static org.kamgraph.model.PropertySpec.required;
import static org.kamgraph.model.PropertyType.BOOLEAN;
import static org.kamgraph.model.PropertyType.DATE;
import static org.kamgraph.model.PropertyType.LONG;
import static org.kamgraph.model.PropertyType.STRING;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The kinds of node in the stakeholder graph. Each kind is stored under its own label (the allow-list for
 * labels in Cypher) plus the labels of its categories ({@code Organization}, {@code Account}, {@code Person}),
 * and has a stable external {@code id} that is unique per kind.
 */
public enum NodeKind {
    HEALTH_AUTHORITY("HealthAuthority", Category.ORGANIZATION, "Government payer, price setter or HTA body",
            optional("authorityType", STRING, "national, state or hta").oneOf("national", "state", "hta")),
    PAYER("Payer", Category.ORGANIZATION, "Health plan or insurer",
            optional("payerType", STRING, "commercial, medicare, medicaid, national or other")
                    .oneOf("commercial", "medicare", "medicaid", "national", "other"),
            optional("livesCovered", LONG, "Members covered").range(0, 1e9),
            optional("formularyTiers", LONG, "Tiers of its formulary: its LISTS use tiers 1 (preferred) to this").range(1, 6)),
    PBM("Pbm", Category.ORGANIZATION, "Pharmacy benefit manager: formularies and pharmacy networks for payers",
            optional("livesCovered", LONG, "Members covered").range(0, 1e9),
            optional("formularyTiers", LONG, "Tiers of its formulary: its LISTS use tiers 1 (preferred) to this").range(1, 6)),
    IDN("Idn", Category.ACCOUNT, "Integrated delivery network / health system",
            optional("hospitalCount", LONG, "Hospitals owned").range(0, 10_000),
            optional("healthSystemId", STRING, "AHRQ compendium health_sys_id")),
    ACO("Aco", Category.ACCOUNT, "Accountable care organization"),
    HOSPITAL("Hospital", Category.ACCOUNT, "Hospital",
            optional("beds", LONG, "Staffed beds").range(0, 100_000),
            optional("ccn", STRING, "CMS certification number"),
            optional("npi", STRING, "Organizational NPI"),
            optional("teaching", BOOLEAN, "Teaching hospital"),
            optional("taxonomy", STRING, "NUCC health care provider taxonomy code of the NPI's primary taxonomy"),
            optional("hospitalType", STRING, "CMS hospital type, e.g. Acute Care Hospitals"),
            optional("ownership", STRING, "CMS hospital ownership, e.g. Voluntary non-profit - Private")),
    CLINIC("Clinic", Category.ACCOUNT, "Clinic or group practice",
            optional("npi", STRING, "Organizational NPI"),
            optional("specialty", STRING, "Main specialty"),
            optional("taxonomy", STRING, "NUCC health care provider taxonomy code of the NPI's primary taxonomy")),
    DEPARTMENT("Department", Category.ORGANIZATION, "Department of a hospital or clinic (oncology, pharmacy, ...)",
            optional("specialty", STRING, "Clinical specialty of the department")),
    COMMITTEE("Committee", Category.ORGANIZATION, "P&T, value analysis or formulary committee",
            optional("committeeType", STRING, "p_and_t, value_analysis, formulary or other")
                    .oneOf("p_and_t", "value_analysis", "formulary", "other")),
    WHOLESALER("Wholesaler", Category.ORGANIZATION, "Wholesaler or distributor"),
    PHARMACY("Pharmacy", Category.ORGANIZATION, "Pharmacy location",
            optional("pharmacyType", STRING, "retail, specialty, hospital or mail_order")
                    .oneOf("retail", "specialty", "hospital", "mail_order"),
            optional("npi", STRING, "Pharmacy NPI"),
            optional("taxonomy", STRING, "NUCC health care provider taxonomy code of the NPI's primary taxonomy")),
    PERSON("Person", Category.PERSON, "Stakeholder: executive, procurement, health economist, payer medical director, ...",
            optional("title", STRING, "Main job title"),
            optional("personRole", STRING, "Functional role").oneOf("executive", "procurement", "health_economist",
                    "payer_medical_director", "administrator", "pharmacist", "nurse", "physician", "other"),
            optional("region", STRING, "State or region"),
            optional("territory", STRING, "Sales territory")),
    CLINICIAN("Clinician", Category.PERSON, "Clinician: a person with an NPI and a specialty",
            optional("title", STRING, "Main job title"),
            optional("personRole", STRING, "Functional role").oneOf("executive", "procurement", "health_economist",
                    "payer_medical_director", "administrator", "pharmacist", "nurse", "physician", "other"),
            optional("npi", STRING, "National Provider Identifier (10 digits, Luhn check digit)"),
            optional("specialty", STRING, "Specialty, e.g. Oncology"),
            optional("taxonomy", STRING, "NUCC health care provider taxonomy code of the primary taxonomy"),
            optional("credential", STRING, "Credential as registered, e.g. MD, PharmD"),
            optional("practiceCity", STRING, "City of the practice location"),
            optional("profession", STRING, "physician, nurse, pharmacist or other")
                    .oneOf("physician", "nurse", "pharmacist", "other"),
            optional("region", STRING, "State or region"),
            optional("territory", STRING, "Sales territory")),
    TEAM_MEMBER("TeamMember", Category.TEAM, "Member of our own field team",
            required("role", STRING, "kam, msl, nurse_navigator, market_access or rep")
                    .oneOf("kam", "msl", "nurse_navigator", "market_access", "rep"),
            optional("email", STRING, "Work e-mail"),
            optional("region", STRING, "State or region"),
            optional("territory", STRING, "Sales territory")),
    PRODUCT("Product", Category.PRODUCT, "A drug",
            required("therapeuticArea", STRING, "Therapeutic area, e.g. Oncology"),
            optional("genericName", STRING, "Generic (non-proprietary) name"),
            optional("rxcui", STRING, "RxNorm concept ids (RXCUI) of the product's drugs, separated by ';'"),
            optional("ours", BOOLEAN, "Our company's product (true) or a competitor's"),
            optional("launchDate", DATE, "Launch date")),
    DECISION("Decision", Category.DECISION, "A pending or past decision: formulary listing, tender, protocol",
            optional("decisionType", STRING, "formulary_listing, tender, protocol or other")
                    .oneOf("formulary_listing", "tender", "protocol", "other"),
            optional("status", STRING, "open, won, lost or deferred").oneOf("open", "won", "lost", "deferred"),
            optional("dueDate", DATE, "When the decision is expected")),
    INITIATIVE("Initiative", Category.INITIATIVE, "Strategic initiative agreed with an account",
            optional("initiativeType", STRING, "outcomes_study, adherence_programme, pathway_redesign or other")
                    .oneOf("outcomes_study", "adherence_programme", "pathway_redesign", "other"),
            optional("status", STRING, "planned, active, completed or stopped")
                    .oneOf("planned", "active", "completed", "stopped"),
            optional("startDate", DATE, "Start"),
            optional("endDate", DATE, "Planned or actual end")),
    MILESTONE("Milestone", Category.INITIATIVE, "A dated step of an initiative (MILESTONE_OF), with its status",
            required("dueDate", DATE, "When the step is due"),
            optional("status", STRING, "planned, in_progress, done, missed or cancelled")
                    .oneOf("planned", "in_progress", "done", "missed", "cancelled"),
            optional("completedDate", DATE, "When the step was done"),
            optional("description", STRING, "What the step delivers"));

    /** Broad groups of node kinds; organizations and accounts get extra labels so queries can span kinds. */
    public enum Category {
        ORGANIZATION("Organization"), ACCOUNT("Organization", "Account"), PERSON("Person"), TEAM(), PRODUCT(),
        DECISION(), INITIATIVE();

        private final List<String> labels;

        Category(String... labels) {
            this.labels = List.of(labels);
        }

        public List<String> labels() {
            return labels;
        }
    }

    private final String label;
    private final Category category;
    private final String description;
    private final Map<String, PropertySpec> properties;

    NodeKind(String label, Category category, String description, PropertySpec... own) {
        this.label = label;
        this.category = category;
        this.description = description;
        Map<String, PropertySpec> all = new LinkedHashMap<>();
        CommonProperties.NODE.forEach(p -> all.put(p.name(), p));
        if (category == Category.ORGANIZATION || category == Category.ACCOUNT) {
            CommonProperties.LOCATION.forEach(p -> all.put(p.name(), p));
        }
        Arrays.stream(own).forEach(p -> all.put(p.name(), p));
        this.properties = Collections.unmodifiableMap(all);
    }

    /** The kind's own label, e.g. {@code Hospital}. */
    public String label() {
        return label;
    }

    public Category category() {
        return category;
    }

    public String description() {
        return description;
    }

    /** All labels a node of this kind carries: its own first, then its categories' (and Person for Clinician). */
    public List<String> labels() {
        List<String> labels = new ArrayList<>();
        labels.add(label);
        labels.addAll(category.labels().stream().filter(l -> !l.equals(label)).toList());
        return List.copyOf(labels);
    }

    /** The extra labels besides {@link #label()}. */
    public List<String> extraLabels() {
        return labels().subList(1, labels().size());
    }

    public Map<String, PropertySpec> properties() {
        return properties;
    }

    public Optional<PropertySpec> property(String name) {
        return Optional.ofNullable(properties.get(name));
    }

    public boolean isOrganization() {
        return category == Category.ORGANIZATION || category == Category.ACCOUNT;
    }

    public boolean isAccount() {
        return category == Category.ACCOUNT;
    }

    public boolean isPerson() {
        return category == Category.PERSON;
    }

    /** Looks a kind up by its label, case-insensitively ({@code hospital}, {@code Hospital}). */
    public static Optional<NodeKind> byLabel(String label) {
        if (label == null) {
            return Optional.empty();
        }
        String l = label.strip();
        return Stream.of(values()).filter(k -> k.label.equalsIgnoreCase(l) || k.name().equalsIgnoreCase(l)).findFirst();
    }

    /** The labels of all kinds, as a comma-separated list for error messages. */
    public static String allLabels() {
        return String.join(", ", Stream.of(values()).map(NodeKind::label).toList());
    }

    public static List<NodeKind> organizations() {
        return Stream.of(values()).filter(NodeKind::isOrganization).toList();
    }

    public static List<NodeKind> accounts() {
        return Stream.of(values()).filter(NodeKind::isAccount).toList();
    }

    public static List<NodeKind> people() {
        return Stream.of(values()).filter(NodeKind::isPerson).toList();
    }
}
