package org.kamgraph.readers.veeva;

import java.util.ArrayList;
import java.util.List;
import org.kamgraph.model.RelKind;
import org.kamgraph.readers.Identities.Ref;
import org.kamgraph.readers.ReadContext;
import org.kamgraph.readers.Shape;
import org.kamgraph.readers.SourceFormat;
import org.kamgraph.readers.Translator;
import org.kamgraph.readers.crm.Crm;
import org.kamgraph.readers.crm.Crm.Vendor;

/**
 * Veeva CRM account hierarchy (Child_Account_vod__c): a person under an organization WORKS_AT it (SITS_ON when the
 * parent is a committee); an organization under another is PART_OF it. Both accounts are found by their Veeva Id
 * among the aliases the account export left.
 */
public final class VeevaChildAccounts implements SourceFormat {
    static final String PARENT = "Parent_Account_vod__c";
    static final String CHILD = "Child_Account_vod__c";
    static final String NOT_LOADED = "account not loaded (not in the Veeva account export, or outside the region)";

    @Override
    public String name() {
        return "veeva-child-account";
    }

    @Override
    public String description() {
        return "Veeva CRM Child_Account_vod__c export: people WORKS_AT / SITS_ON their parent accounts, organizations "
                + "PART_OF theirs";
    }

    @Override
    public String dictionary() {
        return "Veeva CRM Child_Account_vod__c object, API field names (Parent_Account_vod__c, Child_Account_vod__c), "
                + "Veeva CRM Help: Accounts components, checked 2026-12";
    }

    @Override
    public List<String> requiredColumns() {
        return List.of(PARENT, CHILD);
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
        List<Shape> shapes = new ArrayList<>(Crm.membershipShapes());
        shapes.addAll(Crm.relationships(RelKind.PART_OF, Crm.ORGANIZATIONS, Crm.ORGANIZATIONS));
        return shapes;
    }

    @Override
    public Translator translator(ReadContext context) {
        return (row, out) -> {
            if (Crm.rejectedAsDeleted(row, out)) {
                return;
            }
            Ref parent = Vendor.VEEVA.resolve(context, row.get(PARENT));
            if (parent == null) {
                out.reject(PARENT, NOT_LOADED);
                return;
            }
            Ref child = Vendor.VEEVA.resolve(context, row.get(CHILD));
            if (child == null) {
                out.reject(CHILD, NOT_LOADED);
                return;
            }
            if (parent.kind().isPerson() || !parent.kind().isOrganization()) {
                out.reject(PARENT, "the parent account is not an organization");
                return;
            }
            if (child.kind().isPerson()) {
                Crm.membership(child, parent, null, null, null, out);
            } else if (RelKind.PART_OF.allows(child.kind(), parent.kind())) {
                out.relationship(RelKind.PART_OF, child.kind(), child.id(), parent.kind(), parent.id(), Crm.props());
            } else {
                out.reject(CHILD, "a " + child.kind().label() + " cannot be PART_OF a " + parent.kind().label());
            }
        };
    }
}
