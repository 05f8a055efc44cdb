package org.kamgraph.readers.salesforce;

import java.util.List;
import java.util.Locale;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.RelKind;
import org.kamgraph.readers.Identities.Ref;
import org.kamgraph.readers.ReadContext;
import org.kamgraph.readers.Shape;
import org.kamgraph.readers.SourceFormat;
import org.kamgraph.readers.Translator;
import org.kamgraph.readers.crm.Crm;
import org.kamgraph.readers.crm.Crm.Vendor;

/**
 * Salesforce OpportunityContactRole export: the decision-making unit. Each contact role is IN_DMU from the contact's
 * person to the opportunity's decision, the role mapped from Salesforce's default picklist: Decision Maker and
 * Economic Decision Maker -> decider, Economic Buyer -> buyer, Evaluator and Technical Buyer -> gatekeeper,
 * Influencer -> influencer, Executive Sponsor -> approver, Business User -> user, any other or none -> influencer.
 */
public final class SalesforceOpportunityContactRoles implements SourceFormat {
    static final String OPPORTUNITY = "OpportunityId";
    static final String CONTACT = "ContactId";
    static final String ROLE = "Role";

    @Override
    public String name() {
        return "salesforce-opportunity-contact-role";
    }

    @Override
    public String description() {
        return "Salesforce OpportunityContactRole export: contacts' roles in decisions as IN_DMU (decider, buyer, "
                + "gatekeeper, influencer, approver, user)";
    }

    @Override
    public String dictionary() {
        return "Salesforce Object Reference, OpportunityContactRole (OpportunityId, ContactId, Role, IsPrimary), "
                + "API version 65.0, checked 2026-12; default Role picklist values";
    }

    @Override
    public List<String> requiredColumns() {
        return List.of(OPPORTUNITY, CONTACT, ROLE);
    }

    @Override
    public int order() {
        return Order.CRM_RELATIONS + 5;
    }

    @Override
    public boolean fullSnapshot() {
        return true;
    }

    @Override
    public List<Shape> shapes() {
        return Crm.relationships(RelKind.IN_DMU, Crm.PEOPLE, List.of(NodeKind.DECISION));
    }

    /** The DMU role of a Salesforce contact role. */
    static String role(String role) {
        String r = role == null ? "" : role.strip().toLowerCase(Locale.ROOT);
        return switch (r) {
            case "decision maker", "economic decision maker" -> "decider";
            case "economic buyer" -> "buyer";
            case "evaluator", "technical buyer" -> "gatekeeper";
            case "executive sponsor" -> "approver";
            case "business user" -> "user";
            default -> "influencer";
        };
    }

    @Override
    public Translator translator(ReadContext context) {
        return (row, out) -> {
            if (Crm.rejectedAsDeleted(row, out)) {
                return;
            }
            Ref decision = Vendor.SALESFORCE.resolve(context, row.get(OPPORTUNITY));
            if (decision == null || decision.kind() != NodeKind.DECISION) {
                out.reject(OPPORTUNITY, "opportunity not loaded (not in the opportunity export, or its account was not loaded)");
                return;
            }
            Ref person = Vendor.SALESFORCE.resolve(context, row.get(CONTACT));
            if (person == null || !person.kind().isPerson()) {
                out.reject(CONTACT, "contact not loaded (not in the Salesforce contact export, or outside the region)");
                return;
            }
            out.relationship(RelKind.IN_DMU, person.kind(), person.id(), NodeKind.DECISION, decision.id(),
                    Crm.props("role", role(row.get(ROLE))));
        };
    }
}
