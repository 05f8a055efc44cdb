package org.kamgraph.demo;

/**
 * Every property name the generator writes, node or relationship. Each CSV file checks, when it is opened, that
 * its columns are properties of its kind in the model, and, for every row, that no other property was set.
 */
enum Prop {
    ID("id"), NAME("name"),
    CITY("city"), REGION("region"), COUNTRY("country"), TERRITORY("territory"),
    AUTHORITY_TYPE("authorityType"), PAYER_TYPE("payerType"), LIVES_COVERED("livesCovered"), FORMULARY_TIERS("formularyTiers"),
    HOSPITAL_COUNT("hospitalCount"), HEALTH_SYSTEM_ID("healthSystemId"),
    BEDS("beds"), CCN("ccn"), NPI("npi"), TEACHING("teaching"), SPECIALTY("specialty"),
    COMMITTEE_TYPE("committeeType"), PHARMACY_TYPE("pharmacyType"),
    TITLE("title"), PERSON_ROLE("personRole"), PROFESSION("profession"), ROLE("role"), EMAIL("email"),
    THERAPEUTIC_AREA("therapeuticArea"), GENERIC_NAME("genericName"), OURS("ours"), LAUNCH_DATE("launchDate"),
    DECISION_TYPE("decisionType"), STATUS("status"), DUE_DATE("dueDate"),
    INITIATIVE_TYPE("initiativeType"), START_DATE("startDate"), END_DATE("endDate"), COMPLETED_DATE("completedDate"),
    STRENGTH("strength"), BASIS("basis"), COMMITTEE_ROLE("committeeRole"), PATIENTS("patients"), CLAIMS("claims"),
    LAST_CONTACT("lastContact"), AMOUNT("amount"), CURRENCY("currency"),
    TIER("tier"), PRIOR_AUTH("priorAuth"), STEP_THERAPY("stepTherapy"), EXCLUDED("excluded"), QUANTITY_LIMIT("quantityLimit"),
    EVIDENCE("evidence"), SAME_DAY("sameDay"), CONTACTS("contacts"),
    VALID_FROM("validFrom"), VALID_TO("validTo"), SOURCE("source"), LAST_VERIFIED("lastVerified");

    private static final Prop[] VALUES = values();
    private final String key;

    Prop(String key) {
        this.key = key;
    }

    /** The property name in the model and in CSV headers. */
    String key() {
        return key;
    }

    long bit() {
        return 1L << ordinal();
    }

    static Prop byKey(String key) {
        for (Prop p : VALUES) {
            if (p.key.equals(key)) {
                return p;
            }
        }
        throw new IllegalArgumentException("the demo generator has no property '" + key + "'");
    }

    static {
        if (VALUES.length > 64) {
            throw new AssertionError("Row keeps a 64-bit mask of set properties");
        }
    }
}
