package org.kamgraph.readers.salesforce;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.kamgraph.readers.Identities.Ref;
import org.kamgraph.readers.ReadContext;
import org.kamgraph.readers.Shape;
import org.kamgraph.readers.SourceFormat;
import org.kamgraph.readers.Translator;
import org.kamgraph.readers.crm.Crm;
import org.kamgraph.readers.crm.Crm.Vendor;

/**
 * Salesforce AccountContactRelation export (Contacts to Multiple Accounts): a contact's relation to an account other
 * than their own is a position there, WORKS_AT with the relation's roles as title and StartDate/EndDate as
 * validFrom/validTo (SITS_ON for a committee). The direct relation (IsDirect: the contact's own AccountId) is the one
 * the Contact export already gives and is skipped, so that it is not loaded twice.
 */
public final class SalesforceAccountContactRelations implements SourceFormat {
    static final String ACCOUNT = "AccountId";
    static final String CONTACT = "ContactId";
    static final String DIRECT = "IsDirect";
    static final String ROLES = "Roles";
    static final String START = "StartDate";
    static final String END = "EndDate";
    static final String ACTIVE = "IsActive";

    @Override
    public String name() {
        return "salesforce-account-contact-relation";
    }

    @Override
    public String description() {
        return "Salesforce AccountContactRelation export: contacts' positions at further accounts (WORKS_AT with roles "
                + "and dates, SITS_ON committees)";
    }

    @Override
    public String dictionary() {
        return "Salesforce Object Reference, AccountContactRelation (AccountId, ContactId, IsDirect, IsActive, Roles, "
                + "StartDate, EndDate), API version 65.0, checked 2026-12";
    }

    @Override
    public List<String> requiredColumns() {
        return List.of(ACCOUNT, CONTACT, DIRECT);
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
        return Crm.membershipShapes();
    }

    @Override
    public Translator translator(ReadContext context) {
        return (row, out) -> {
            if (Crm.rejectedAsDeleted(row, out)) {
                return;
            }
            if (Boolean.TRUE.equals(Crm.flag(row.get(DIRECT)))) {
                return; // the contact's own account: read from the Contact export
            }
            Ref person = Vendor.SALESFORCE.resolve(context, row.get(CONTACT));
            if (person == null || !person.kind().isPerson()) {
                out.reject(CONTACT, "contact not loaded (not in the Salesforce contact export, or outside the region)");
                return;
            }
            Ref account = Vendor.SALESFORCE.resolve(context, row.get(ACCOUNT));
            if (account == null || !account.kind().isOrganization()) {
                out.reject(ACCOUNT, "account not loaded (not in the Salesforce account export, or outside the region)");
                return;
            }
            LocalDate from = Crm.date(row.get(START), START, out);
            LocalDate to = Crm.date(row.get(END), END, out);
            if ((from == null && row.get(START) != null) || (to == null && row.get(END) != null)) {
                return; // a date that is not one: rejected above
            }
            if (to == null && Boolean.FALSE.equals(Crm.flag(row.get(ACTIVE)))) {
                out.reject(ACTIVE, "inactive relation without an EndDate");
                return;
            }
            if (from != null && to != null && to.isBefore(from)) {
                out.reject(END, "EndDate before StartDate");
                return;
            }
            String roles = row.get(ROLES) == null ? null : Arrays.stream(row.get(ROLES).split(";"))
                    .map(String::strip).filter(r -> !r.isEmpty()).collect(Collectors.joining(", "));
            Crm.membership(person, account, roles, from, to, out);
        };
    }
}
