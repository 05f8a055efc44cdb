package org.kamgraph.tools.published;

/** Organization names by kind, as organizations register them (legal business names, upper case). */
final class OrgNames {
    private OrgNames() {
    }

    static final String[] TITLES = {"CEO", "PRESIDENT", "ADMINISTRATOR", "OWNER", "CFO", "DIRECTOR", "COMPLIANCE OFFICER",
            "PHARMACIST IN CHARGE", "MANAGING MEMBER", "VP OPERATIONS"};
    private static final String[] SAINTS = {"ST. MARY'S", "ST. JOSEPH", "ST. LUKE'S", "MERCY", "GOOD SAMARITAN",
            "PROVIDENCE", "SACRED HEART", "ST. VINCENT", "BAPTIST", "METHODIST", "PRESBYTERIAN", "TRINITY"};
    private static final String[] CHAINS = {"CVS PHARMACY", "WALGREENS", "RITE AID", "WALMART PHARMACY", "KROGER PHARMACY",
            "HY-VEE PHARMACY", "LEWIS DRUG", "PUBLIX PHARMACY", "COSTCO PHARMACY", "HEALTH MART"};
    private static final String[] SYSTEMS = {"SANFORD HEALTH", "AVERA HEALTH", "HCA HEALTHCARE INC", "COMMONSPIRIT HEALTH",
            "ASCENSION HEALTH", "TRINITY HEALTH", "ADVOCATE HEALTH", "PROVIDENCE ST JOSEPH HEALTH", "KAISER FOUNDATION HOSPITALS",
            "UNIVERSITY HEALTH SYSTEM", "MAYO CLINIC", "CLEVELAND CLINIC FOUNDATION", "INTERMOUNTAIN HEALTH CARE INC",
            "BAPTIST HEALTH", "ESSENTIA HEALTH", "ATRIUM HEALTH", "NORTHWELL HEALTH", "BANNER HEALTH"};
    private static final String[] SPECIALTIES = {"ONCOLOGY", "CARDIOLOGY", "ORTHOPEDICS", "FAMILY MEDICINE",
            "INTERNAL MEDICINE", "PEDIATRICS", "WOMEN'S HEALTH", "DERMATOLOGY", "GASTROENTEROLOGY", "UROLOGY",
            "NEUROLOGY", "PULMONARY", "EYE", "PAIN MANAGEMENT"};
    private static final String[] SUFFIXES = {"LLC", "PC", "PLLC", "PA", "INC", "LLP"};

    static String system(Hash h) {
        return h.pick(SYSTEMS);
    }

    static String name(Taxonomy t, String city, Hash h) {
        return switch (t.partDType()) {
            case "hospital" -> h.chance(0.5) ? h.pick(SAINTS) + " " + pick(h, "HOSPITAL", "MEDICAL CENTER", "REGIONAL MEDICAL CENTER")
                    : city + " " + pick(h, "GENERAL HOSPITAL", "REGIONAL HOSPITAL", "MEDICAL CENTER", "COMMUNITY HOSPITAL");
            case "pharmacy" -> h.pick(CHAINS) + " #" + (1 + h.nextInt(19999));
            case "specialty-pharmacy" -> pick(h, "ACCREDO HEALTH GROUP INC", "CVS SPECIALTY", "OPTUM SPECIALTY PHARMACY",
                    "AVERA SPECIALTY PHARMACY", city + " SPECIALTY PHARMACY LLC");
            case "mail-pharmacy" -> pick(h, "EXPRESS SCRIPTS PHARMACY INC", "CAREMARK LLC", "OPTUM RX", "AMAZON PHARMACY");
            case "clinic" -> city + " " + h.pick(SPECIALTIES) + " CLINIC";
            case "surgery-center" -> city + " SURGERY CENTER " + h.pick(SUFFIXES);
            case "group" -> h.pick(SPECIALTIES) + " ASSOCIATES OF " + city + " " + h.pick(SUFFIXES);
            case "practice" -> h.pick(Names.LAST) + " " + h.pick(SPECIALTIES) + " " + h.pick(SUFFIXES);
            case "dental" -> city + " DENTAL " + pick(h, "GROUP", "CARE", "ASSOCIATES") + " " + h.pick(SUFFIXES);
            case "supplier" -> pick(h, "APRIA HEALTHCARE LLC", "LINCARE INC", city + " MEDICAL SUPPLY " + h.pick(SUFFIXES),
                    h.pick(Names.LAST) + " HOME MEDICAL EQUIPMENT");
            case "home-health" -> city + " HOME HEALTH " + pick(h, "CARE", "SERVICES", "AGENCY") + " " + h.pick(SUFFIXES);
            case "laboratory" -> pick(h, "QUEST DIAGNOSTICS", "LABORATORY CORPORATION OF AMERICA", city + " CLINICAL LABORATORY");
            case "nursing" -> city + " " + pick(h, "CARE CENTER", "NURSING AND REHABILITATION", "LIVING CENTER");
            case "ambulance" -> city + " AMBULANCE SERVICE " + h.pick(SUFFIXES);
            default -> city + " MEDICAL TRANSPORT " + h.pick(SUFFIXES);
        };
    }

    private static String pick(Hash h, String... values) {
        return values[h.nextInt(values.length)];
    }
}
