package org.kamgraph.readers.catalog;

import java.util.List;
import org.kamgraph.readers.FormatCatalog;
import org.kamgraph.readers.SourceFormat;

/**
 * Every published format kam-graph reads. Add a new format here: it is then listed by {@code importFormats}, the
 * command and the upload ({@link org.kamgraph.readers.SourceFormats} finds this catalog through
 * {@code META-INF/services/org.kamgraph.readers.FormatCatalog}, so the seam's package does not depend on the formats').
 */
public final class AllFormats implements FormatCatalog {

    @Override
    public List<SourceFormat> formats() {
        return List.of(
                new org.kamgraph.readers.ahrq.AhrqSystems(),
                new org.kamgraph.readers.ahrq.AhrqHospitalLinkage(),
                new org.kamgraph.readers.formulary.PartDPlans(),
                new org.kamgraph.readers.formulary.PartDFormulary(),
                new org.kamgraph.readers.formulary.PartDPharmacyNetwork(),
                new org.kamgraph.readers.partd.PartDPrescribers(),
                org.kamgraph.readers.openpayments.OpenPayments.GENERAL,
                org.kamgraph.readers.openpayments.OpenPayments.RESEARCH,
                org.kamgraph.readers.sharedpatients.SharedPatients.CMS,
                org.kamgraph.readers.sharedpatients.SharedPatients.HOP_TEAMING,
                org.kamgraph.readers.hospitals.HospitalGeneralInformationFormat.INSTANCE,
                org.kamgraph.readers.hospitals.ProviderCrosswalkFormat.INSTANCE,
                // nppes-weekly before nppes: when only the header is known the increment is the safe reading of the two
                org.kamgraph.readers.nppes.NppesFormat.WEEKLY,
                org.kamgraph.readers.nppes.NppesFormat.FULL,
                // CRM exports (Veeva CRM, Salesforce Health / Life Sciences Cloud)
                new org.kamgraph.readers.veeva.VeevaAccounts(), new org.kamgraph.readers.veeva.VeevaUsers(),
                new org.kamgraph.readers.veeva.VeevaProducts(), new org.kamgraph.readers.veeva.VeevaChildAccounts(),
                new org.kamgraph.readers.veeva.VeevaAffiliations(), new org.kamgraph.readers.veeva.VeevaAddresses(),
                new org.kamgraph.readers.veeva.VeevaCalls(),
                new org.kamgraph.readers.salesforce.SalesforceAccounts(), new org.kamgraph.readers.salesforce.SalesforceContacts(),
                new org.kamgraph.readers.salesforce.SalesforceAccountContactRelations(),
                new org.kamgraph.readers.salesforce.SalesforceOpportunities(),
                new org.kamgraph.readers.salesforce.SalesforceOpportunityContactRoles(),
                new org.kamgraph.readers.salesforce.SalesforceAccountPlanStakeholders()
        );
    }
}
