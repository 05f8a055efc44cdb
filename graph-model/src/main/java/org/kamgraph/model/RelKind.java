package org.kamgraph.model;

import static org.kamgraph.model.NodeKind.ACO;
import static org.kamgraph.model.NodeKind.CLINIC;
import static org.kamgraph.model.NodeKind.CLINICIAN;
import static org.kamgraph.model.NodeKind.COMMITTEE;
import static org.kamgraph.model.NodeKind.DECISION;
import static org.kamgraph.model.NodeKind.DEPARTMENT;
import static org.kamgraph.model.NodeKind.HEALTH_AUTHORITY;
import static org.kamgraph.model.NodeKind.HOSPITAL;
import static org.kamgraph.model.NodeKind.IDN;
import static org.kamgraph.model.NodeKind.INITIATIVE;
import static org.kamgraph.model.NodeKind.MILESTONE;
import static org.kamgraph.model.NodeKind.PAYER;
import static org.kamgraph.model.NodeKind.PBM;
import static org.kamgraph.model.NodeKind.PERSON;
import static org.kamgraph.model.NodeKind.PHARMACY;
import static org.kamgraph.model.NodeKind.PRODUCT;
import static org.kamgraph.model.NodeKind.TEAM_MEMBER;
import static org.kamgraph.model.NodeKind.WHOLESALER;
import static org.kamgraph.model.PropertySpec.optional;
import static org.kamgraph.model.PropertySpec.required;
import static org.kamgraph.model.PropertyType.BOOLEAN;
import static org.kamgraph.model.PropertyType.DATE;
import static org.kamgraph.model.PropertyType.DOUBLE;
import static org.kamgraph.model.PropertyType.LONG;
import static org.kamgraph.model.PropertyType.STRING;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The kinds of relationship, each with its properties and the (from kind, to kind) pairs it may join.
 * The relationship type names are the allow-list for types in Cypher.
 */
public enum RelKind {
    PART_OF("Structure: a unit belongs to a larger organization", Group.STRUCTURE,
            List.of(join(of(HOSPITAL, CLINIC, PAYER), of(IDN)),
                    join(of(CLINIC), of(HOSPITAL)),
                    join(of(DEPARTMENT), of(HOSPITAL, CLINIC)),
                    join(of(COMMITTEE), of(IDN, HOSPITAL, DEPARTMENT, PAYER, PBM, HEALTH_AUTHORITY)),
                    join(of(PHARMACY), of(HOSPITAL, IDN, PBM, WHOLESALER)),
                    join(of(PBM), of(PAYER)))),
    MEMBER_OF("Structure: participation in an ACO", Group.STRUCTURE,
            List.of(join(of(IDN, HOSPITAL, CLINIC), of(ACO)), join(of(CLINICIAN), of(ACO)))),
    WORKS_AT("A position held at an organization; since/until are validFrom/validTo", Group.STRUCTURE,
            List.of(join(people(), organizations())),
            optional("title", STRING, "Job title")),
    SITS_ON("A seat on a committee", Group.STRUCTURE,
            List.of(join(people(), of(COMMITTEE))),
            optional("committeeRole", STRING, "chair, vice_chair, member, secretary or advisor")
                    .oneOf("chair", "vice_chair", "member", "secretary", "advisor")),
    INFLUENCES("Influence of one person on another", Group.INFLUENCE,
            List.of(join(people(), people())),
            required("strength", DOUBLE, "Strength of influence, a probability in [0, 1]").range(0, 1),
            optional("basis", STRING, "Why the influence exists").oneOf("reports_to", "peer", "referral",
                    "co_authorship", "committee_colleague", "kol", "shared_patients", "kol_payment", "adoption_order",
                    "affiliation", "other"),
            optional("evidence", STRING, "The evidence behind an inferred edge, in words (e.g. 412 shared patients 2024)")),
    REFERS_TO("Referral of patients between clinicians (shared-patient claims)", Group.INFLUENCE,
            List.of(join(of(CLINICIAN), of(CLINICIAN))),
            optional("patients", LONG, "Shared patients; counts under 11 are suppressed in public data").range(0, 1e9),
            optional("claims", LONG, "Claims").range(0, 1e12),
            optional("sameDay", LONG, "Claims of the pair on the same day").range(0, 1e12)),
    REPORTS_TO("Line management", Group.INFLUENCE,
            List.of(join(people(), people()), join(of(TEAM_MEMBER), of(TEAM_MEMBER)))),
    COVERS("Our team member's relationship with a person or account", Group.COVERAGE,
            List.of(join(of(TEAM_MEMBER), people()), join(of(TEAM_MEMBER), organizations())),
            optional("strength", DOUBLE, "Relationship strength in [0, 1]").range(0, 1),
            optional("lastContact", DATE, "Date of last contact"),
            optional("contacts", LONG, "Recorded contacts (calls, meetings) behind lastContact").range(0, 1e9)),
    FUNDS("Money: a health authority funds payers and providers", Group.MONEY,
            List.of(join(of(HEALTH_AUTHORITY), of(PAYER, IDN, HOSPITAL)))),
    REIMBURSES("Money: a payer or PBM pays providers and pharmacies", Group.MONEY,
            List.of(join(of(PAYER), of(IDN, ACO, HOSPITAL, CLINIC, PHARMACY)), join(of(PBM), of(PHARMACY)))),
    CONTRACTS_WITH("Money: a payer pays a PBM, IDN or ACO under contract; providers and pharmacies pay wholesalers for"
            + " the drugs they buy", Group.MONEY,
            List.of(join(of(PAYER), of(PBM, IDN, ACO)), join(of(IDN, HOSPITAL, CLINIC, PHARMACY), of(WHOLESALER)))),
    IN_NETWORK("Access: a pharmacy in a PBM's or payer's network", Group.ACCESS,
            List.of(join(of(PBM, PAYER), of(PHARMACY)))),
    SUPPLIES("Goods: a wholesaler supplies providers and pharmacies; amount is the value of the goods, which moves"
            + " against the money and is never part of a money flow", Group.GOODS,
            List.of(join(of(WHOLESALER), of(IDN, HOSPITAL, CLINIC, PHARMACY)))),
    PRESCRIBES("A clinician prescribes a product; amount is the annual spend", Group.MONEY,
            List.of(join(of(CLINICIAN), of(PRODUCT))),
            optional("claims", LONG, "Claims per year").range(0, 1e12),
            optional("patients", LONG, "Patients (beneficiaries) per year; counts under 11 are suppressed in public data")
                    .range(0, 1e9)),
    RECEIVED_PAYMENT("Industry payment: a manufacturer paid a clinician in relation to a product (CMS Open Payments);"
            + " evidence of KOL status, never part of a drug-spend flow", Group.EVIDENCE,
            List.of(join(of(CLINICIAN), of(PRODUCT))),
            required("amount", DOUBLE, "Amount paid, in currency units").range(0, 1e12),
            optional("currency", STRING, "ISO 4217 currency code, e.g. USD"),
            optional("nature", STRING, "Nature of the payment").oneOf("speaking", "consulting", "research",
                    "education", "food_and_beverage", "travel", "grant", "royalty", "ownership", "other"),
            optional("payments", LONG, "Payments summed into this relationship").range(1, 1e9),
            optional("manufacturer", STRING, "The paying manufacturer or group purchasing organization")),
    LISTS("Formulary listing of a product", Group.ACCESS,
            List.of(join(of(PAYER, PBM, COMMITTEE), of(PRODUCT))),
            optional("tier", LONG, "Formulary tier, 1 (preferred) to 6").range(1, 6),
            optional("priorAuth", BOOLEAN, "Prior authorization required"),
            optional("stepTherapy", BOOLEAN, "Step therapy required"),
            optional("quantityLimit", BOOLEAN, "Quantity limit applies"),
            optional("excluded", BOOLEAN, "Excluded from the formulary")),
    DECIDES("A committee decides a decision", Group.DECISION,
            List.of(join(of(COMMITTEE), of(DECISION)))),
    IN_DMU("A person's role in a decision-making unit", Group.DECISION,
            List.of(join(people(), of(DECISION))),
            required("role", STRING, "decider, influencer, gatekeeper, buyer, user or approver")
                    .oneOf("decider", "influencer", "gatekeeper", "buyer", "user", "approver")),
    CONCERNS("The product(s) a decision is about", Group.DECISION,
            List.of(join(of(DECISION), of(PRODUCT)))),
    AT("The account a decision or initiative belongs to", Group.DECISION,
            List.of(join(of(DECISION, INITIATIVE), organizations()))),
    ENGAGES("An initiative engages a stakeholder", Group.INITIATIVE,
            List.of(join(of(INITIATIVE), people()))),
    OWNS("Our team member owns an initiative", Group.INITIATIVE,
            List.of(join(of(TEAM_MEMBER), of(INITIATIVE)))),
    TARGETS("An initiative is about a product", Group.INITIATIVE,
            List.of(join(of(INITIATIVE), of(PRODUCT)))),
    MILESTONE_OF("A milestone belongs to an initiative", Group.INITIATIVE,
            List.of(join(of(MILESTONE), of(INITIATIVE))));

    /**
     * What a relationship is about. Money relationships point the way money moves and carry an annual amount and
     * currency, optionally broken down by product ({@link #PRODUCT_AMOUNT_PREFIX}); goods relationships carry the
     * value of what they deliver, in the opposite direction to the money paid for it.
     */
    public enum Group { STRUCTURE, INFLUENCE, COVERAGE, MONEY, GOODS, ACCESS, DECISION, INITIATIVE, EVIDENCE }

    /**
     * Prefix of a money relationship's per-product amounts: {@code amount.PRD-022} is the part of {@code amount} that
     * pays for product PRD-022 (same currency, per year). Products without such a property are not broken down.
     */
    public static final String PRODUCT_AMOUNT_PREFIX = "amount.";

    /** A legal (from kinds, to kinds) combination. */
    public record Join(Set<NodeKind> from, Set<NodeKind> to) {
        public boolean allows(NodeKind f, NodeKind t) {
            return from.contains(f) && to.contains(t);
        }
    }

    private final String description;
    private final Group group;
    private final List<Join> joins;
    private final Map<String, PropertySpec> properties;

    RelKind(String description, Group group, List<Join> joins, PropertySpec... own) {
        this.description = description;
        this.group = group;
        this.joins = joins;
        Map<String, PropertySpec> all = new LinkedHashMap<>();
        CommonProperties.RELATIONSHIP.forEach(p -> all.put(p.name(), p));
        if (group == Group.MONEY || group == Group.GOODS) {
            CommonProperties.MONEY.forEach(p -> all.put(p.name(), p));
        }
        Arrays.stream(own).forEach(p -> all.put(p.name(), p));
        this.properties = Collections.unmodifiableMap(all);
    }

    /**
     * The properties that, with start, end and validFrom, make a relationship's identity (what an upsert matches and
     * an import counts as a repeat): none for most types; RECEIVED_PAYMENT adds {@code nature}, so that a research
     * payment and a general payment of one clinician for one product on one day stay two relationships.
     */
    public List<String> identityProperties() {
        return this == RECEIVED_PAYMENT ? Identity.NATURE : List.of();
    }

    /** Constants for {@link #identityProperties} (an enum's constructor cannot read its own statics). */
    private static final class Identity {
        static final List<String> NATURE = List.of("nature");
    }

    /** The relationship type in Neo4j, e.g. {@code PART_OF}. */
    public String type() {
        return name();
    }

    public String description() {
        return description;
    }

    public Group group() {
        return group;
    }

    public boolean isMoney() {
        return group == Group.MONEY;
    }

    public List<Join> joins() {
        return joins;
    }

    public Map<String, PropertySpec> properties() {
        return properties;
    }

    /** The declared property, or for a money relationship a per-product amount such as {@code amount.PRD-022}. */
    public Optional<PropertySpec> property(String name) {
        PropertySpec declared = properties.get(name);
        if (declared != null || name == null || !isProductAmount(name)) {
            return Optional.ofNullable(declared);
        }
        return Optional.of(PropertySpec.optional(name, DOUBLE, "Annual amount paying for product " + productOf(name))
                .range(0, 1e15));
    }

    /** Whether {@code name} is a per-product amount this kind may carry ({@code amount.<product id>}, money only). */
    public boolean isProductAmount(String name) {
        return group == Group.MONEY && this != PRESCRIBES && name.startsWith(PRODUCT_AMOUNT_PREFIX)
                && name.length() > PRODUCT_AMOUNT_PREFIX.length();
    }

    /** The per-product amount property of a product id, e.g. {@code amount.PRD-022}. */
    public static String productAmount(String productId) {
        return PRODUCT_AMOUNT_PREFIX + productId;
    }

    /** The product id of a per-product amount property. */
    public static String productOf(String productAmountProperty) {
        return productAmountProperty.substring(PRODUCT_AMOUNT_PREFIX.length());
    }

    /** Whether this relationship may go from a node of kind {@code from} to one of kind {@code to}. */
    public boolean allows(NodeKind from, NodeKind to) {
        return joins.stream().anyMatch(j -> j.allows(from, to));
    }

    public Set<NodeKind> fromKinds() {
        EnumSet<NodeKind> s = EnumSet.noneOf(NodeKind.class);
        joins.forEach(j -> s.addAll(j.from()));
        return s;
    }

    public Set<NodeKind> toKinds() {
        EnumSet<NodeKind> s = EnumSet.noneOf(NodeKind.class);
        joins.forEach(j -> s.addAll(j.to()));
        return s;
    }

    /** Looks a kind up by its type name, case-insensitively. */
    public static Optional<RelKind> byType(String type) {
        if (type == null) {
            return Optional.empty();
        }
        String t = type.strip();
        return Stream.of(values()).filter(k -> k.name().equalsIgnoreCase(t)).findFirst();
    }

    public static String allTypes() {
        return String.join(", ", Stream.of(values()).map(RelKind::type).toList());
    }

    private static Join join(Set<NodeKind> from, Set<NodeKind> to) {
        return new Join(Collections.unmodifiableSet(from), Collections.unmodifiableSet(to));
    }

    private static Set<NodeKind> of(NodeKind first, NodeKind... rest) {
        return EnumSet.of(first, rest);
    }

    private static Set<NodeKind> people() {
        return EnumSet.of(PERSON, CLINICIAN);
    }

    private static Set<NodeKind> organizations() {
        return EnumSet.of(HEALTH_AUTHORITY, PAYER, PBM, IDN, ACO, HOSPITAL, CLINIC, DEPARTMENT, COMMITTEE,
                WHOLESALER, PHARMACY);
    }
}
