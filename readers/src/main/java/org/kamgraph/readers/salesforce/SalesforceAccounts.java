package org.kamgraph.readers.salesforce;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.kamgraph.model.NodeKind;
import org.kamgraph.readers.ReadContext;
import org.kamgraph.readers.Shape;
import org.kamgraph.readers.SourceFormat;
import org.kamgraph.readers.SourceRow;
import org.kamgraph.readers.Translator;
import org.kamgraph.readers.crm.Crm;
import org.kamgraph.readers.crm.Crm.Vendor;

/**
 * Salesforce (Health Cloud / Life Sciences Cloud) Account export: person accounts become people (the Clinician with
 * their NPI, else a Person {@code SFDC-<Id>}); business accounts the organization their record type (or Type) names,
 * or the one identities know by NPI. Every node keeps the Id as alias {@code salesforce:<Id>}.
 */
public final class SalesforceAccounts implements SourceFormat {
    static final String ID = "Id";
    static final String NAME = "Name";
    static final String IS_PERSON = "IsPersonAccount";
    static final String RECORD_TYPE = "RecordType.DeveloperName";
    static final String RECORD_TYPE_LABEL = "RecordType.Name";
    static final String TYPE = "Type";
    static final String NPI = SalesforceContacts.NPI;
    /** A person account shows its contact's custom fields with the suffix __pc: the contact's NPI__c is NPI__pc. */
    static final String PERSON_NPI = "NPI__pc";
    static final String FIRST = "FirstName";
    static final String LAST = "LastName";
    static final String PERSON_TITLE = "PersonTitle";
    static final String BILLING_CITY = "BillingCity";
    static final String BILLING_STATE = "BillingState";
    static final String BILLING_ZIP = "BillingPostalCode";
    static final String PERSON_ZIP = "PersonMailingPostalCode";
    static final String PERSON_CITY = "PersonMailingCity";
    static final String PERSON_STATE = "PersonMailingState";
    /**
     * Besides Id and Name, an Account export has at least one of these Salesforce Account fields (not just a Type:
     * other lists of facilities have id, name and type columns).
     */
    static final List<String> ACCOUNT_COLUMNS = List.of(IS_PERSON, RECORD_TYPE, RECORD_TYPE_LABEL, "RecordTypeId",
            BILLING_STATE, BILLING_CITY, "ParentId");

    @Override
    public String name() {
        return "salesforce-account";
    }

    @Override
    public String description() {
        return "Salesforce Health Cloud / Life Sciences Cloud Account export: person accounts as people, business "
                + "accounts as organizations by record type, alias salesforce:<Id>";
    }

    @Override
    public String dictionary() {
        return "Salesforce Object Reference, Account (Id, Name, IsPersonAccount, RecordType, Type, BillingCity, "
                + "BillingState, PersonMailingCity, PersonMailingState, PersonTitle), API version 65.0, checked 2026-12; "
                + "NPI from the org's custom field NPI__c (NPI__pc on person accounts)";
    }

    @Override
    public List<String> requiredColumns() {
        return List.of(ID, NAME);
    }

    @Override
    public boolean recognizes(Set<String> columns) {
        Set<String> lower = columns.stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        return SourceFormat.super.recognizes(columns)
                && ACCOUNT_COLUMNS.stream().anyMatch(c -> lower.contains(c.toLowerCase(Locale.ROOT)));
    }

    @Override
    public int order() {
        return Order.CRM_ACCOUNTS;
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
        List<NodeKind> kinds = new ArrayList<>(Crm.PEOPLE);
        kinds.addAll(Crm.ORGANIZATIONS);
        return Crm.nodes(kinds);
    }

    @Override
    public Translator translator(ReadContext context) {
        return (row, out) -> {
            String id = row.get(ID);
            if (id == null) {
                out.reject(ID, "no account Id");
                return;
            }
            if (Crm.rejectedAsDeleted(row, out)) {
                return;
            }
            String typeColumn = row.get(RECORD_TYPE) != null ? RECORD_TYPE : row.get(RECORD_TYPE_LABEL) != null
                    ? RECORD_TYPE_LABEL : row.get(TYPE) != null ? TYPE : row.has(RECORD_TYPE) ? RECORD_TYPE
                    : row.has(RECORD_TYPE_LABEL) ? RECORD_TYPE_LABEL : TYPE;
            String type = row.get(typeColumn);
            Boolean isPerson = Crm.flag(row.get(IS_PERSON));
            boolean person = isPerson != null ? isPerson : Crm.personRecordType(type);
            String name = row.get(NAME);
            if (name == null && person && row.get(LAST) != null) {
                name = row.get(FIRST) == null ? row.get(LAST) : row.get(FIRST) + " " + row.get(LAST);
            }
            if (name == null) {
                out.reject(NAME, "account without a name");
                return;
            }
            String state = person ? first(row, PERSON_STATE, BILLING_STATE) : first(row, BILLING_STATE, PERSON_STATE);
            String zip = person ? first(row, PERSON_ZIP, BILLING_ZIP) : first(row, BILLING_ZIP, PERSON_ZIP);
            if (!context.region().includes(state, zip)) {
                out.outsideRegion();
                return;
            }
            String city = person ? first(row, PERSON_CITY, BILLING_CITY) : first(row, BILLING_CITY, PERSON_CITY);
            if (person) {
                String npiColumn = row.get(NPI) == null && row.get(PERSON_NPI) != null ? PERSON_NPI : NPI;
                Crm.person(new Crm.PersonRecord(Vendor.SALESFORCE, id, name, row.get(npiColumn), npiColumn, null, null,
                        row.get(PERSON_TITLE), city, state), context, out);
            } else {
                Optional<NodeKind> kind = Crm.organizationKind(type);
                Crm.organization(new Crm.OrganizationRecord(Vendor.SALESFORCE, id, name, kind, typeColumn, type,
                        row.get(NPI), NPI, city, state), context, out);
            }
        };
    }

    private static String first(SourceRow row, String a, String b) {
        return row.get(a) != null ? row.get(a) : row.get(b);
    }
}
