package org.kamgraph.readers.veeva;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kamgraph.model.RelKind;
import org.kamgraph.readers.Identities.Ref;
import org.kamgraph.readers.ReadContext;
import org.kamgraph.readers.Shape;
import org.kamgraph.readers.SourceFormat;
import org.kamgraph.readers.Translator;
import org.kamgraph.readers.crm.Crm;
import org.kamgraph.readers.crm.Crm.Vendor;

/**
 * Veeva CRM affiliations (Affiliation_vod__c, the Sphere of Influence) between two people: INFLUENCES with basis
 * {@code affiliation}, its strength from Relationship_Strength_vod__c and its direction from Influence_vod__c.
 *
 * <p>Veeva stores every affiliation twice: the record a user entered ({@code Parent_vod__c} true) and a mirror that
 * Veeva's trigger creates with From and To swapped and the influence inverted ({@code Child_affiliation_vod__c}
 * points from each to the other). The mirror says nothing new and is skipped; without a Parent_vod__c column both
 * are read (the second only repeats the first's relationships).
 */
public final class VeevaAffiliations implements SourceFormat {
    static final String FROM = "From_Account_vod__c";
    static final String TO = "To_Account_vod__c";
    static final String STRENGTH = "Relationship_Strength_vod__c";
    static final String INFLUENCE = "Influence_vod__c";
    static final String ROLE = "Role_vod__c";
    static final String PARENT = "Parent_vod__c";
    static final String MIRROR = "Child_affiliation_vod__c";
    static final String NOT_LOADED = "account not loaded (not in the Veeva account export, or outside the region)";

    /** Relationship strength words (the picklist's values are the customer's; these are the usual ones). */
    static final Map<String, Double> STRENGTHS = Map.of("strong", 0.8, "very strong", 0.8, "high", 0.8,
            "medium", 0.5, "moderate", 0.5, "average", 0.5, "weak", 0.2, "low", 0.2);
    /** Strength when the affiliation has none. */
    static final double DEFAULT_STRENGTH = 0.5;

    @Override
    public String name() {
        return "veeva-affiliation";
    }

    @Override
    public String description() {
        return "Veeva CRM Affiliation_vod__c export: person-to-person affiliations as INFLUENCES (basis affiliation), "
                + "strength from the relationship strength, direction from the influence";
    }

    @Override
    public String dictionary() {
        return "Veeva CRM Affiliation_vod__c object, API field names (From_Account_vod__c, To_Account_vod__c, "
                + "Relationship_Strength_vod__c, Influence_vod__c, Role_vod__c, Parent_vod__c, Child_affiliation_vod__c), "
                + "Veeva CRM Help: Sphere of Influence, checked 2026-12";
    }

    @Override
    public List<String> requiredColumns() {
        return List.of(FROM, TO);
    }

    @Override
    public int order() {
        return Order.CRM_RELATIONS;
    }

    @Override
    public boolean fullSnapshot() {
        return true;
    }

    @Override
    public List<Shape> shapes() {
        return Crm.relationships(RelKind.INFLUENCES, Crm.PEOPLE, Crm.PEOPLE);
    }

    @Override
    public Translator translator(ReadContext context) {
        return (row, out) -> {
            if (Crm.rejectedAsDeleted(row, out)) {
                return;
            }
            if (row.get(MIRROR) != null && Boolean.FALSE.equals(Crm.flag(row.get(PARENT)))) {
                return; // Veeva's mirror of an affiliation read from its original
            }
            if (row.get(FROM) == null || row.get(TO) == null) {
                out.reject(row.get(FROM) == null ? FROM : TO, "affiliation without both accounts (contact affiliations are not read)");
                return;
            }
            Ref from = Vendor.VEEVA.resolve(context, row.get(FROM));
            if (from == null) {
                out.reject(FROM, NOT_LOADED);
                return;
            }
            Ref to = Vendor.VEEVA.resolve(context, row.get(TO));
            if (to == null) {
                out.reject(TO, NOT_LOADED);
                return;
            }
            if (!from.kind().isPerson() || !to.kind().isPerson()) {
                out.reject(from.kind().isPerson() ? TO : FROM,
                        "affiliation with an organization (only person-to-person affiliations are influence)");
                return;
            }
            String strengthText = row.get(STRENGTH);
            Double strength = strengthText == null ? Double.valueOf(DEFAULT_STRENGTH)
                    : STRENGTHS.get(strengthText.toLowerCase(Locale.ROOT));
            if (strength == null) {
                out.reject(STRENGTH, "unknown relationship strength '" + strengthText + "'");
                return;
            }
            String influence = row.get(INFLUENCE);
            String direction = influence == null ? "" : influence.toLowerCase(Locale.ROOT);
            List<Ref[]> edges = new ArrayList<>();
            switch (direction) {
                case "has influence" -> edges.add(new Ref[] {from, to});
                case "is influenced" -> edges.add(new Ref[] {to, from});
                case "" -> {
                    edges.add(new Ref[] {from, to});
                    edges.add(new Ref[] {to, from});
                }
                case "no influence" -> {
                    out.reject(INFLUENCE, "affiliation says 'No influence'");
                    return;
                }
                default -> {
                    out.reject(INFLUENCE, "unknown influence '" + influence + "'");
                    return;
                }
            }
            String evidence = evidence(row.get(ROLE), strengthText);
            for (Ref[] e : edges) {
                out.relationship(RelKind.INFLUENCES, e[0].kind(), e[0].id(), e[1].kind(), e[1].id(),
                        Crm.props("strength", strength, "basis", "affiliation", "evidence", evidence));
            }
        };
    }

    private static String evidence(String role, String strength) {
        StringBuilder b = new StringBuilder("Veeva CRM affiliation");
        if (role != null || strength != null) {
            b.append(" (").append(role == null ? "" : role);
            if (strength != null) {
                b.append(role == null ? "" : ", ").append(strength.toLowerCase(Locale.ROOT));
            }
            b.append(')');
        }
        return b.toString();
    }
}
