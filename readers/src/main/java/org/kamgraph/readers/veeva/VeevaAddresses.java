package org.kamgraph.readers.veeva;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kamgraph.model.NodeKind;
import org.kamgraph.readers.Identities.Ref;
import org.kamgraph.readers.ReadContext;
import org.kamgraph.readers.Shape;
import org.kamgraph.readers.SourceFormat;
import org.kamgraph.readers.Translator;
import org.kamgraph.readers.crm.Crm;
import org.kamgraph.readers.crm.Crm.Vendor;

/**
 * Veeva CRM addresses (Address_vod__c): the primary, active address of an account gives the city and state of the
 * node the account created ({@code VEEVA-<Id>}); a clinician or hospital that a public registry defines keeps the
 * registry's location. An address outside the import's region is counted as outside the region.
 *
 * <p>Every node row needs the node's name, so the export must carry the account's name through the lookup
 * ({@code Account_vod__r.Name}, e.g. {@code SELECT Account_vod__c, Account_vod__r.Name, City_vod__c, State_vod__c,
 * Primary_vod__c, Inactive_vod__c FROM Address_vod__c}).
 */
public final class VeevaAddresses implements SourceFormat {
    static final String ACCOUNT = "Account_vod__c";
    static final String ACCOUNT_NAME = "Account_vod__r.Name";
    static final String CITY = "City_vod__c";
    static final String STATE = "State_vod__c";
    static final String ZIP = "Zip_vod__c";
    static final String PRIMARY = "Primary_vod__c";
    static final String INACTIVE = "Inactive_vod__c";

    @Override
    public String name() {
        return "veeva-address";
    }

    @Override
    public String description() {
        return "Veeva CRM Address_vod__c export: the city and state of CRM-created accounts from their primary address";
    }

    @Override
    public String dictionary() {
        return "Veeva CRM Address_vod__c object, API field names (Account_vod__c, City_vod__c, State_vod__c, "
                + "Primary_vod__c, Inactive_vod__c), with the lookup Account_vod__r.Name, checked 2026-12";
    }

    @Override
    public List<String> requiredColumns() {
        return List.of(ACCOUNT, ACCOUNT_NAME, STATE);
    }

    @Override
    public int order() {
        return Order.CRM_RELATIONS;
    }

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
            if (Boolean.TRUE.equals(Crm.flag(row.get(Crm.DELETED))) || Boolean.TRUE.equals(Crm.flag(row.get(INACTIVE)))
                    || (row.has(PRIMARY) && !Boolean.TRUE.equals(Crm.flag(row.get(PRIMARY))))) {
                return; // only the primary, active address locates an account
            }
            String state = row.get(STATE);
            if (!context.region().includes(state, row.get(ZIP))) {
                out.outsideRegion();
                return;
            }
            String accountId = row.get(ACCOUNT);
            Ref account = Vendor.VEEVA.resolve(context, accountId);
            if (account == null) {
                out.reject(ACCOUNT, "account not loaded (not in the Veeva account export, or outside the region)");
                return;
            }
            if (!account.id().equals(Vendor.VEEVA.id(accountId))) {
                return; // a node another source defines keeps that source's location
            }
            String name = row.get(ACCOUNT_NAME);
            if (name == null) {
                out.reject(ACCOUNT_NAME, "no account name");
                return;
            }
            Map<String, Object> props = Crm.props("name", name);
            NodeKind kind = account.kind();
            Crm.put(props, kind, kind == NodeKind.CLINICIAN ? "practiceCity" : "city", row.get(CITY));
            Crm.put(props, kind, "region", state == null ? null : state.toUpperCase(Locale.ROOT));
            out.node(kind, account.id(), props);
        };
    }
}
