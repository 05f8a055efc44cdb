package org.kamgraph.readers.veeva;

import java.util.ArrayList;
import java.util.List;
import org.kamgraph.model.NodeKind;
import org.kamgraph.readers.ReadContext;
import org.kamgraph.readers.Shape;
import org.kamgraph.readers.SourceFormat;
import org.kamgraph.readers.SourceRow;
import org.kamgraph.readers.Translator;
import org.kamgraph.readers.crm.Crm;
import org.kamgraph.readers.crm.Crm.Vendor;

/**
 * Veeva CRM Account export (person accounts and business accounts): people become the Clinician with their NPI
 * ({@code NPI_vod__c}) or a Person {@code VEEVA-<Id>}; business accounts become the organization their record type
 * names (or the one identities know by NPI). Every node keeps the account's Id as alias {@code veeva:<Id>}.
 */
public final class VeevaAccounts implements SourceFormat {
    static final String ID = "Id";
    static final String NAME = "Name";
    static final String IS_PERSON = "IsPersonAccount";
    static final String NPI = "NPI_vod__c";
    static final String FIRST = "FirstName";
    static final String LAST = "LastName";
    static final String CREDENTIALS = "Credentials_vod__c";
    static final String SPECIALTY = "Specialty_1_vod__c";
    static final String RECORD_TYPE = "RecordType.DeveloperName";
    static final String RECORD_TYPE_LABEL = "RecordType.Name";
    static final String PERSON_TITLE = "PersonTitle";
    static final String PERSON_CITY = "PersonMailingCity";
    static final String PERSON_STATE = "PersonMailingState";
    static final String BILLING_CITY = "BillingCity";
    static final String BILLING_STATE = "BillingState";
    static final String BILLING_ZIP = "BillingPostalCode";
    static final String PERSON_ZIP = "PersonMailingPostalCode";

    @Override
    public String name() {
        return "veeva-account";
    }

    @Override
    public String description() {
        return "Veeva CRM Account export (person and business accounts): clinicians by NPI, other people, and "
                + "organizations by record type, each keeping its Veeva Id as alias veeva:<Id>";
    }

    @Override
    public String dictionary() {
        return "Veeva CRM (Salesforce platform) Account object, API field names (Veeva CRM Help: Accounts components "
                + "and record types, checked 2026-12); standard Salesforce Account person-account fields";
    }

    @Override
    public List<String> requiredColumns() {
        return List.of(ID, NAME, IS_PERSON, NPI);
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
            String recordType = row.get(RECORD_TYPE) != null ? row.get(RECORD_TYPE) : row.get(RECORD_TYPE_LABEL);
            Boolean isPerson = Crm.flag(row.get(IS_PERSON));
            boolean person = isPerson != null ? isPerson : Crm.personRecordType(recordType);
            String name = name(row, person);
            if (name == null) {
                out.reject(NAME, "account without a name");
                return;
            }
            String state = person ? first(row.get(PERSON_STATE), row.get(BILLING_STATE))
                    : first(row.get(BILLING_STATE), row.get(PERSON_STATE));
            String zip = person ? first(row.get(PERSON_ZIP), row.get(BILLING_ZIP))
                    : first(row.get(BILLING_ZIP), row.get(PERSON_ZIP));
            if (!context.region().includes(state, zip)) {
                out.outsideRegion();
                return;
            }
            String city = person ? first(row.get(PERSON_CITY), row.get(BILLING_CITY))
                    : first(row.get(BILLING_CITY), row.get(PERSON_CITY));
            if (person) {
                Crm.person(new Crm.PersonRecord(Vendor.VEEVA, id, name, row.get(NPI), NPI, row.get(CREDENTIALS),
                        row.get(SPECIALTY), row.get(PERSON_TITLE), city, state), context, out);
            } else {
                String typeColumn = row.has(RECORD_TYPE) || !row.has(RECORD_TYPE_LABEL) ? RECORD_TYPE : RECORD_TYPE_LABEL;
                Crm.organization(new Crm.OrganizationRecord(Vendor.VEEVA, id, name, Crm.organizationKind(recordType),
                        typeColumn, recordType, row.get(NPI), NPI, city, state), context, out);
            }
        };
    }

    private static String name(SourceRow row, boolean person) {
        String name = row.get(NAME);
        if (name == null && person && row.get(LAST) != null) {
            name = row.get(FIRST) == null ? row.get(LAST) : row.get(FIRST) + " " + row.get(LAST);
        }
        return name;
    }

    static String first(String a, String b) {
        return a != null ? a : b;
    }
}
