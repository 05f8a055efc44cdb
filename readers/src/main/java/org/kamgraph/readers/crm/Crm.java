package org.kamgraph.readers.crm;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.Npi;
import org.kamgraph.model.RelKind;
import org.kamgraph.readers.Emit;
import org.kamgraph.readers.Identities;
import org.kamgraph.readers.Identities.Ref;
import org.kamgraph.readers.ReadContext;
import org.kamgraph.readers.Shape;

/**
 * What the Veeva CRM and Salesforce readers share: CRM exports are Salesforce object exports (Data Loader, SOQL or
 * report exports with API field names as headers), so people and organizations, their ids and aliases, booleans,
 * dates and the mapping of record types to node kinds are read alike.
 */
public final class Crm {

    /** A CRM: the prefix of its aliases ({@code veeva:001A}) and of the ids of nodes it creates ({@code VEEVA-001A}). */
    public enum Vendor {
        VEEVA("veeva", "veeva"), SALESFORCE("salesforce", "sfdc");

        private final String aliasPrefix;
        private final String idPrefix;

        Vendor(String aliasPrefix, String idPrefix) {
            this.aliasPrefix = aliasPrefix;
            this.idPrefix = idPrefix;
        }

        /** {@code veeva:001A}. */
        public String alias(String crmId) {
            return aliasPrefix + ":" + crmId;
        }

        /** {@code VEEVA-001A}, {@code SFDC-006A}. */
        public String id(String crmId) {
            return Identities.systemId(idPrefix, crmId);
        }

        /** The node this CRM record was loaded as (by an earlier file), or null. */
        public Ref resolve(ReadContext context, String crmId) {
            return crmId == null ? null : context.identities().byAlias(alias(crmId));
        }
    }

    /** People kinds, organization kinds (for shapes). */
    public static final List<NodeKind> PEOPLE = List.of(NodeKind.PERSON, NodeKind.CLINICIAN);
    public static final List<NodeKind> ORGANIZATIONS = NodeKind.organizations();

    private Crm() {
    }

    // ---------------------------------------------------------------- values

    /** The soft-delete flag both CRMs export on every object. */
    public static final String DELETED = "IsDeleted";

    /**
     * Whether the row is a record deleted in the CRM (its {@link #DELETED} flag set): then it is rejected, counted under
     * one reason, and the caller emits nothing of it.
     */
    public static boolean rejectedAsDeleted(org.kamgraph.readers.SourceRow row, org.kamgraph.readers.Emit out) {
        if (Boolean.TRUE.equals(flag(row.get(DELETED)))) {
            out.reject(DELETED, "record deleted in the CRM (IsDeleted)");
            return true;
        }
        return false;
    }

    /**
     * A Salesforce checkbox as exported: {@code true}/{@code false} (Data Loader), {@code 1}/{@code 0} (some report
     * exports), {@code Y}/{@code N}; null when empty or anything else.
     */
    public static Boolean flag(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "y", "yes" -> Boolean.TRUE;
            case "false", "0", "n", "no" -> Boolean.FALSE;
            default -> null;
        };
    }

    /**
     * A Salesforce date as exported by the Data Loader and the APIs: {@code 2025-05-02}, or a date-time
     * {@code 2025-05-02T14:30:00.000Z} (its date part). Anything else throws.
     */
    public static LocalDate date(String value) {
        String v = value.strip();
        if (v.length() > 10 && (v.charAt(10) == 'T' || v.charAt(10) == ' ')) {
            v = v.substring(0, 10);
        }
        return LocalDate.parse(v);
    }

    /** A date, or null with a reject naming the column when it is not a date as exported. */
    public static LocalDate date(String value, String column, Emit out) {
        if (value == null) {
            return null;
        }
        try {
            return date(value);
        } catch (DateTimeParseException e) {
            out.reject(column, "not a date (YYYY-MM-DD as the CRM exports dates)");
            return null;
        }
    }

    /** Properties in order, without null values. */
    public static Map<String, Object> props(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                m.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return m;
    }

    /** Puts a value when it is not null and the kind has the property. */
    public static void put(Map<String, Object> props, NodeKind kind, String name, Object value) {
        if (value != null && kind.property(name).isPresent()) {
            props.put(name, value);
        }
    }

    // ---------------------------------------------------------------- kinds

    /**
     * The organization kind of a CRM record type or account type (a developer name such as {@code Hospital_vod}, a
     * label such as {@code Health System}, or a Salesforce {@code Type}), by keywords; empty when none applies.
     * Department is tested before hospital ({@code HospitalDepartment_vod}), distributors before the rest.
     */
    public static Optional<NodeKind> organizationKind(String type) {
        if (type == null || type.isBlank()) {
            return Optional.empty();
        }
        String t = type.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
        String squashed = t.replace(" ", "");
        if (squashed.contains("department")) {
            return Optional.of(NodeKind.DEPARTMENT);
        }
        if (squashed.contains("committee") || squashed.startsWith("board")) {
            return Optional.of(NodeKind.COMMITTEE);
        }
        if (squashed.contains("pbm") || squashed.contains("pharmacybenefit")) {
            return Optional.of(NodeKind.PBM);
        }
        if (squashed.contains("pharmacy")) {
            return Optional.of(NodeKind.PHARMACY);
        }
        if (squashed.contains("wholesaler") || squashed.contains("distributor")) {
            return Optional.of(NodeKind.WHOLESALER);
        }
        if ((" " + t + " ").contains(" idn ") || squashed.contains("healthsystem") || squashed.contains("deliverynetwork")) {
            return Optional.of(NodeKind.IDN);
        }
        if (squashed.startsWith("aco") || squashed.contains("accountablecare")) {
            return Optional.of(NodeKind.ACO);
        }
        if (squashed.contains("hospital") || squashed.startsWith("institution")) {
            return Optional.of(NodeKind.HOSPITAL);
        }
        if (squashed.contains("practice") || squashed.contains("clinic") || squashed.startsWith("organization")) {
            return Optional.of(NodeKind.CLINIC);
        }
        if (squashed.startsWith("mco") || squashed.contains("payer") || squashed.contains("healthplan")
                || squashed.contains("insur")) {
            return Optional.of(NodeKind.PAYER);
        }
        if (squashed.contains("government") || squashed.contains("authority")) {
            return Optional.of(NodeKind.HEALTH_AUTHORITY);
        }
        return Optional.empty();
    }

    /** Whether a record type names a person ({@code Professional_vod}, {@code KOL_vod}, {@code PersonAccount}). */
    public static boolean personRecordType(String type) {
        if (type == null) {
            return false;
        }
        String t = type.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return t.contains("professional") || t.startsWith("kol") || t.contains("personaccount") || t.equals("hcp");
    }

    /** A committee's type from its name: P&T, formulary, value analysis, else other. */
    public static String committeeType(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.contains("p&t") || n.contains("p & t") || n.contains("pharmacy and therapeutics")
                || n.contains("pharmacy & therapeutics")) {
            return "p_and_t";
        }
        if (n.contains("value analysis")) {
            return "value_analysis";
        }
        if (n.contains("formulary")) {
            return "formulary";
        }
        return "other";
    }

    /** The profession a credential names: MD/DO physician, PharmD/RPh pharmacist, RN/NP/APRN nurse; else null. */
    public static String profession(String credential) {
        if (credential == null) {
            return null;
        }
        String c = credential.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
        return switch (c) {
            case "MD", "DO", "MBBS" -> "physician";
            case "PHARMD", "RPH" -> "pharmacist";
            case "RN", "NP", "APRN", "CNS", "CRNP" -> "nurse";
            default -> null;
        };
    }

    /**
     * Our team member's role from a CRM user's title or role name: key account manager -> kam, medical science
     * liaison -> msl, nurse (navigator/educator) -> nurse_navigator, market access / account director for payers ->
     * market_access, sales representative -> rep; empty otherwise.
     */
    public static Optional<String> teamRole(String title) {
        if (title == null) {
            return Optional.empty();
        }
        String t = " " + title.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", " ") + " ";
        if (t.contains(" kam ") || t.contains("key account")) {
            return Optional.of("kam");
        }
        if (t.contains(" msl ") || t.contains("medical science") || t.contains("science liaison")) {
            return Optional.of("msl");
        }
        if (t.contains("nurse")) {
            return Optional.of("nurse_navigator");
        }
        if (t.contains("market access") || t.contains(" access ")) {
            return Optional.of("market_access");
        }
        if (t.contains(" rep ") || t.contains("representative") || t.contains("sales")) {
            return Optional.of("rep");
        }
        return Optional.empty();
    }

    // ---------------------------------------------------------------- shapes

    /** The relationship shapes of a type between any of {@code from} and any of {@code to} that the model allows. */
    public static List<Shape> relationships(RelKind type, Collection<NodeKind> from, Collection<NodeKind> to) {
        List<Shape> shapes = new ArrayList<>();
        for (NodeKind f : from) {
            for (NodeKind t : to) {
                if (type.allows(f, t)) {
                    shapes.add(Shape.relationships(type, f, t));
                }
            }
        }
        return shapes;
    }

    /** Node shapes of these kinds. */
    public static List<Shape> nodes(Collection<NodeKind> kinds) {
        return kinds.stream().map(Shape::nodes).toList();
    }

    /** The structure shapes of a person at an organization: WORKS_AT (not a committee), SITS_ON (a committee). */
    public static List<Shape> membershipShapes() {
        List<Shape> shapes = new ArrayList<>(relationships(RelKind.WORKS_AT, PEOPLE,
                ORGANIZATIONS.stream().filter(k -> k != NodeKind.COMMITTEE).toList()));
        shapes.addAll(relationships(RelKind.SITS_ON, PEOPLE, List.of(NodeKind.COMMITTEE)));
        return shapes;
    }

    // ---------------------------------------------------------------- people and organizations

    /** A person as a CRM record holds it (a Veeva person account, a Salesforce contact or person account). */
    public record PersonRecord(Vendor system, String crmId, String name, String npi, String npiColumn,
                               String credential, String specialty, String title, String city, String state) {
    }

    /**
     * Emits a person: with a valid NPI, the Clinician with that NPI (the node identities know, keeping its kind and
     * id, or a new one {@code NPI-<npi>}); without one, a Person {@code VEEVA-<id>} / {@code SFDC-<id>}. The CRM
     * record's id is kept as an alias. A node another source defines gets only the name, alias and title, so that the
     * CRM does not overwrite what the registry says (specialty, credential, location). An invalid NPI is rejected
     * (the person is still loaded, without it). Returns the node emitted.
     */
    public static Ref person(PersonRecord p, ReadContext context, Emit out) {
        String npi = p.npi();
        if (npi != null && !Npi.isValid(npi)) {
            out.reject(p.npiColumn(), "invalid NPI (not ten digits with a valid check digit); loaded without it");
            npi = null;
        }
        String alias = p.system().alias(p.crmId());
        if (npi != null) {
            Ref known = context.identities().clinician(npi);
            if (known != null) {
                Map<String, Object> props = props("name", p.name(), "aliases", alias);
                put(props, known.kind(), "title", p.title());
                out.node(known.kind(), known.id(), props);
                return known;
            }
            Map<String, Object> props = props("name", p.name(), "aliases", alias, "npi", npi, "credential", p.credential(),
                    "specialty", p.specialty(), "profession", profession(p.credential()), "title", p.title(),
                    "practiceCity", p.city(), "region", upper(p.state()));
            out.node(NodeKind.CLINICIAN, Identities.npiId(npi), props);
            return new Ref(NodeKind.CLINICIAN, Identities.npiId(npi));
        }
        Ref ref = new Ref(NodeKind.PERSON, p.system().id(p.crmId()));
        out.node(ref.kind(), ref.id(), props("name", p.name(), "aliases", alias, "title", p.title(), "region", upper(p.state())));
        return ref;
    }

    /** An organization as a CRM account holds it. {@code typeColumn}/{@code type} say what its record type is. */
    public record OrganizationRecord(Vendor system, String crmId, String name, Optional<NodeKind> kind, String typeColumn,
                                     String type, String npi, String npiColumn, String city, String state) {
    }

    /**
     * Emits an organization: the one identities know by its NPI (a hospital stored by CCN keeps its kind and id; it
     * gets only the name and alias), else a new node of the kind its record type names ({@code VEEVA-<id>}), with the
     * alias, NPI, city and state. An account whose type names no modelled kind is rejected.
     */
    public static void organization(OrganizationRecord o, ReadContext context, Emit out) {
        String npi = o.npi();
        if (npi != null && !Npi.isValid(npi)) {
            out.reject(o.npiColumn(), "invalid NPI (not ten digits with a valid check digit); loaded without it");
            npi = null;
        }
        String alias = o.system().alias(o.crmId());
        Ref known = npi == null ? null : context.identities().organizationByNpi(npi);
        if (known != null) {
            out.node(known.kind(), known.id(), props("name", o.name(), "aliases", alias));
            return;
        }
        if (o.kind().isEmpty()) {
            out.reject(o.typeColumn(), o.type() == null ? "business account without a record type name (export RecordType.DeveloperName)"
                    : "account record type not modelled (" + o.type() + ")");
            return;
        }
        NodeKind kind = o.kind().get();
        Map<String, Object> props = props("name", o.name(), "aliases", alias);
        put(props, kind, "npi", npi);
        put(props, kind, "city", o.city());
        put(props, kind, "region", upper(o.state()));
        if (kind == NodeKind.COMMITTEE) {
            props.put("committeeType", committeeType(o.name()));
        }
        out.node(kind, o.system().id(o.crmId()), props);
    }

    /**
     * A person's place at an organization: SITS_ON a committee, WORKS_AT any other organization (with the title).
     */
    public static void membership(Ref person, Ref organization, String title, LocalDate from, LocalDate to, Emit out) {
        if (organization.kind() == NodeKind.COMMITTEE) {
            out.relationship(RelKind.SITS_ON, person.kind(), person.id(), organization.kind(), organization.id(),
                    props("validFrom", from, "validTo", to));
        } else {
            out.relationship(RelKind.WORKS_AT, person.kind(), person.id(), organization.kind(), organization.id(),
                    props("title", title, "validFrom", from, "validTo", to));
        }
    }

    private static String upper(String state) {
        return state == null ? null : state.toUpperCase(Locale.ROOT);
    }
}
