package org.kamgraph.readers.salesforce;

import java.util.List;
import org.kamgraph.readers.Identities.Ref;
import org.kamgraph.readers.ReadContext;
import org.kamgraph.readers.Shape;
import org.kamgraph.readers.SourceFormat;
import org.kamgraph.readers.Translator;
import org.kamgraph.readers.crm.Crm;
import org.kamgraph.readers.crm.Crm.Vendor;

/**
 * Salesforce Life Sciences Cloud AccountPlanStakeholder export (Key Account Management): the key people of an account
 * plan. A stakeholder (a Contact or a person Account) becomes one of the plan's account's people: WORKS_AT that account
 * with the stakeholder's RoleType as title (SITS_ON when the plan's account is a committee), so that the account plan
 * (AccountPlanService) ranks and covers them with the account's other people. The plan's account is read from the
 * export's {@code AccountPlan.AccountId} column (the relationship field path, as a SOQL or Data Loader export writes
 * it). InfluenceLevel, Strength and Comment are org-defined picklists and free text the model has no place for: not
 * loaded (see docs/formats/salesforce-crm.md).
 */
public final class SalesforceAccountPlanStakeholders implements SourceFormat {
    static final String PLAN = "AccountPlanId";
    static final String PLAN_ACCOUNT = "AccountPlan.AccountId";
    static final String STAKEHOLDER = "StakeholderRefnRecordId";
    static final String ROLE_TYPE = "RoleType";

    @Override
    public String name() {
        return "salesforce-account-plan-stakeholder";
    }

    @Override
    public String description() {
        return "Salesforce Life Sciences Cloud AccountPlanStakeholder export: the key people of account plans, as people "
                + "of the plan's account (WORKS_AT with their role type as title, SITS_ON a committee)";
    }

    @Override
    public String dictionary() {
        return "Salesforce Life Sciences Cloud Developer Guide, AccountPlanStakeholder (AccountPlanId, "
                + "AccountPlanObjectiveId, StakeholderRefnRecordId, RoleType, InfluenceLevel, Strength, Comment, Name), "
                + "API version 67.0 (object available in 65.0 and later), checked 2026-12; AccountPlan.AccountId is the "
                + "AccountPlan object's AccountId read through the AccountPlan relationship";
    }

    @Override
    public List<String> requiredColumns() {
        return List.of(PLAN, PLAN_ACCOUNT, STAKEHOLDER);
    }

    @Override
    public int order() {
        return Order.CRM_RELATIONS + 6;
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
            if (row.get(PLAN_ACCOUNT) == null) {
                out.reject(PLAN_ACCOUNT, "account plan without an account (export AccountPlan.AccountId)");
                return;
            }
            Ref account = Vendor.SALESFORCE.resolve(context, row.get(PLAN_ACCOUNT));
            if (account == null || !account.kind().isOrganization()) {
                out.reject(PLAN_ACCOUNT, "account plan's account not loaded (not in the Salesforce account export, or outside the region)");
                return;
            }
            Ref stakeholder = Vendor.SALESFORCE.resolve(context, row.get(STAKEHOLDER));
            if (stakeholder == null) {
                out.reject(STAKEHOLDER, "stakeholder not loaded (not in the Salesforce contact or account export, or outside the region)");
                return;
            }
            if (!stakeholder.kind().isPerson()) {
                out.reject(STAKEHOLDER, "stakeholder is a business account, not a person (not modelled as a stakeholder)");
                return;
            }
            Crm.membership(stakeholder, account, row.get(ROLE_TYPE), null, null, out);
        };
    }
}
