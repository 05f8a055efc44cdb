package org.kamgraph.readers.salesforce;

import java.util.ArrayList;
import java.util.List;
import org.kamgraph.readers.Identities.Ref;
import org.kamgraph.readers.ReadContext;
import org.kamgraph.readers.Shape;
import org.kamgraph.readers.SourceFormat;
import org.kamgraph.readers.Translator;
import org.kamgraph.readers.crm.Crm;
import org.kamgraph.readers.crm.Crm.Vendor;

/**
 * Salesforce Contact export: each contact a person (the Clinician with their NPI, one node with the NPI registry's,
 * else a Person {@code SFDC-<Id>}), alias {@code salesforce:<Id>}; the contact's account (AccountId) is where they
 * work: WORKS_AT with their Title (SITS_ON when the account is a committee).
 */
public final class SalesforceContacts implements SourceFormat {
    static final String ID = "Id";
    static final String FIRST = "FirstName";
    static final String LAST = "LastName";
    static final String NAME = "Name";
    static final String ACCOUNT = "AccountId";
    static final String TITLE = "Title";
    static final String CITY = "MailingCity";
    static final String STATE = "MailingState";
    static final String ZIP = "MailingPostalCode";
    /** The NPI: Salesforce has no standard NPI field on Contact or Account; orgs add one, read under this name. */
    static final String NPI = "NPI__c";

    @Override
    public String name() {
        return "salesforce-contact";
    }

    @Override
    public String description() {
        return "Salesforce Contact export: people (clinicians by NPI__c), alias salesforce:<Id>, WORKS_AT their account "
                + "with their title";
    }

    @Override
    public String dictionary() {
        return "Salesforce Object Reference, Contact (Id, FirstName, LastName, Name, Title, AccountId, MailingCity, "
                + "MailingState), API version 65.0, checked 2026-12; NPI from the org's custom field NPI__c";
    }

    @Override
    public List<String> requiredColumns() {
        return List.of(ID, FIRST, LAST, ACCOUNT);
    }

    @Override
    public int order() {
        return Order.CRM_ACCOUNTS + 5;
    }

    /**
     * An increment: its nodes are shared with the registries (a clinician by NPI, a hospital by CCN), so a snapshot
     * would end nodes that other sources define when the CRM drops them (a territory change).
     */
    @Override
    public boolean fullSnapshot() {
        return false;
    }

    @Override
    public List<Shape> shapes() {
        List<Shape> shapes = new ArrayList<>(Crm.nodes(Crm.PEOPLE));
        shapes.addAll(Crm.membershipShapes());
        return shapes;
    }

    @Override
    public Translator translator(ReadContext context) {
        return (row, out) -> {
            String id = row.get(ID);
            if (id == null) {
                out.reject(ID, "no contact Id");
                return;
            }
            if (Crm.rejectedAsDeleted(row, out)) {
                return;
            }
            String name = row.get(NAME);
            if (name == null) {
                name = row.get(FIRST) == null ? row.get(LAST) : row.get(LAST) == null ? row.get(FIRST)
                        : row.get(FIRST) + " " + row.get(LAST);
            }
            if (name == null) {
                out.reject(LAST, "contact without a name");
                return;
            }
            String state = row.get(STATE);
            if (!context.region().includes(state, row.get(ZIP))) {
                out.outsideRegion();
                return;
            }
            String title = row.get(TITLE);
            Ref person = Crm.person(new Crm.PersonRecord(Vendor.SALESFORCE, id, name, row.get(NPI), NPI, null, null,
                    title, row.get(CITY), state), context, out);
            String accountId = row.get(ACCOUNT);
            if (accountId == null) {
                return; // a private contact: no account
            }
            Ref account = Vendor.SALESFORCE.resolve(context, accountId);
            if (account == null) {
                out.reject(ACCOUNT, "account not loaded (not in the Salesforce account export, or outside the region)");
            } else if (account.kind().isOrganization()) {
                Crm.membership(person, account, title, null, null, out);
            }
        };
    }
}
