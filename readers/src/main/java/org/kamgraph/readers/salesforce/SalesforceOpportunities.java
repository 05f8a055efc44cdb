package org.kamgraph.readers.salesforce;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.RelKind;
import org.kamgraph.readers.Identities;
import org.kamgraph.readers.Identities.ProductMatch;
import org.kamgraph.readers.Identities.Ref;
import org.kamgraph.readers.ReadContext;
import org.kamgraph.readers.Shape;
import org.kamgraph.readers.SourceFormat;
import org.kamgraph.readers.Translator;
import org.kamgraph.readers.crm.Crm;
import org.kamgraph.readers.crm.Crm.Vendor;

/**
 * Salesforce Opportunity export: each opportunity a Decision {@code SFDC-<Id>} AT its account, status from StageName
 * (Closed Won -> won, Closed Lost -> lost, else open), due on CloseDate. Opportunity has no standard product field
 * (products hang on opportunity line items), so the decision CONCERNS every product whose name is a word (or two
 * adjacent words) of the opportunity's name, when exactly one product has that name.
 */
public final class SalesforceOpportunities implements SourceFormat {
    static final String ID = "Id";
    static final String NAME = "Name";
    static final String ACCOUNT = "AccountId";
    static final String STAGE = "StageName";
    static final String CLOSE = "CloseDate";

    @Override
    public String name() {
        return "salesforce-opportunity";
    }

    @Override
    public String description() {
        return "Salesforce Opportunity export: decisions AT their accounts (status from the stage, due on the close "
                + "date), CONCERNS the products their names name";
    }

    @Override
    public String dictionary() {
        return "Salesforce Object Reference, Opportunity (Id, Name, AccountId, StageName, CloseDate), API version 65.0, "
                + "checked 2026-12; default stages Closed Won / Closed Lost";
    }

    @Override
    public List<String> requiredColumns() {
        return List.of(ID, NAME, ACCOUNT, STAGE, CLOSE);
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
        List<Shape> shapes = new ArrayList<>(List.of(Shape.nodes(NodeKind.DECISION)));
        shapes.addAll(Crm.relationships(RelKind.AT, List.of(NodeKind.DECISION), Crm.ORGANIZATIONS));
        shapes.add(Shape.relationships(RelKind.CONCERNS, NodeKind.DECISION, NodeKind.PRODUCT));
        return shapes;
    }

    /** The decision's status from the opportunity's stage. */
    static String status(String stage) {
        String s = stage == null ? "" : stage.strip().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "closed won" -> "won";
            case "closed lost" -> "lost";
            default -> "open";
        };
    }

    /** The decision's type from words of its name: formulary, tender, protocol / pathway; else none. */
    static String decisionType(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.contains("formulary")) {
            return "formulary_listing";
        }
        if (n.contains("tender")) {
            return "tender";
        }
        if (n.contains("protocol") || n.contains("pathway")) {
            return "protocol";
        }
        return null;
    }

    /** The products whose name is a word or two adjacent words of {@code name}. */
    static Set<String> products(String name, Identities identities) {
        String[] words = name.split("[^\\p{L}\\p{N}]+");
        Set<String> found = new LinkedHashSet<>();
        for (int i = 0; i < words.length; i++) {
            if (words[i].length() < 3) {
                continue;
            }
            ProductMatch one = identities.product(words[i], null);
            if (one.unique()) {
                found.add(one.id());
            }
            if (i + 1 < words.length) {
                ProductMatch two = identities.product(words[i] + " " + words[i + 1], null);
                if (two.unique()) {
                    found.add(two.id());
                }
            }
        }
        return found;
    }

    @Override
    public Translator translator(ReadContext context) {
        return (row, out) -> {
            String id = row.get(ID);
            String name = row.get(NAME);
            if (id == null || name == null) {
                out.reject(id == null ? ID : NAME, "opportunity without an Id or a name");
                return;
            }
            if (Crm.rejectedAsDeleted(row, out)) {
                return;
            }
            Ref account = Vendor.SALESFORCE.resolve(context, row.get(ACCOUNT));
            if (account == null || !account.kind().isOrganization()) {
                out.reject(ACCOUNT, "account not loaded (not in the Salesforce account export, or outside the region)");
                return;
            }
            LocalDate due = Crm.date(row.get(CLOSE), CLOSE, out);
            String decision = Vendor.SALESFORCE.id(id);
            out.node(NodeKind.DECISION, decision, Crm.props("name", name, "aliases", Vendor.SALESFORCE.alias(id),
                    "decisionType", decisionType(name), "status", status(row.get(STAGE)), "dueDate", due));
            out.relationship(RelKind.AT, NodeKind.DECISION, decision, account.kind(), account.id(), Crm.props());
            for (String product : products(name, context.identities())) {
                out.relationship(RelKind.CONCERNS, NodeKind.DECISION, decision, NodeKind.PRODUCT, product, Crm.props());
            }
        };
    }
}
