package org.kamgraph.tools.published;

/** Common US given names and surnames (as the NPPES file writes them: upper case), and street names. */
final class Names {
    private Names() {
    }

    static final String[] FEMALE = {"MARY", "PATRICIA", "JENNIFER", "LINDA", "ELIZABETH", "BARBARA", "SUSAN", "JESSICA",
            "SARAH", "KAREN", "LISA", "NANCY", "BETTY", "SANDRA", "MARGARET", "ASHLEY", "KIMBERLY", "EMILY", "DONNA",
            "MICHELLE", "CAROL", "AMANDA", "MELISSA", "DEBORAH", "STEPHANIE", "REBECCA", "SHARON", "LAURA", "CYNTHIA",
            "AMY", "ANNA", "ANGELA", "HELEN", "SAMANTHA", "KATHERINE", "CHRISTINE", "RACHEL", "PRIYA", "MEI", "ANA",
            "MARIA", "FATIMA", "LEAH", "OLIVIA", "GRACE", "HANNAH", "JULIA", "NICOLE", "ERIN", "ADA"};
    static final String[] MALE = {"JAMES", "ROBERT", "JOHN", "MICHAEL", "DAVID", "WILLIAM", "RICHARD", "JOSEPH", "THOMAS",
            "CHRISTOPHER", "CHARLES", "DANIEL", "MATTHEW", "ANTHONY", "MARK", "DONALD", "STEVEN", "ANDREW", "PAUL",
            "JOSHUA", "KENNETH", "KEVIN", "BRIAN", "GEORGE", "TIMOTHY", "RONALD", "JASON", "EDWARD", "JEFFREY", "RYAN",
            "JACOB", "GARY", "NICHOLAS", "ERIC", "JONATHAN", "STEPHEN", "LARRY", "JUSTIN", "SCOTT", "RAJ", "WEI",
            "JOSE", "CARLOS", "AHMED", "SAMUEL", "BENJAMIN", "PETER", "HANS", "FINN", "DEV"};
    static final String[] LAST = {"SMITH", "JOHNSON", "WILLIAMS", "BROWN", "JONES", "GARCIA", "MILLER", "DAVIS",
            "RODRIGUEZ", "MARTINEZ", "HERNANDEZ", "LOPEZ", "GONZALEZ", "WILSON", "ANDERSON", "THOMAS", "TAYLOR", "MOORE",
            "JACKSON", "MARTIN", "LEE", "PEREZ", "THOMPSON", "WHITE", "HARRIS", "SANCHEZ", "CLARK", "RAMIREZ", "LEWIS",
            "ROBINSON", "WALKER", "YOUNG", "ALLEN", "KING", "WRIGHT", "SCOTT", "TORRES", "NGUYEN", "HILL", "FLORES",
            "GREEN", "ADAMS", "NELSON", "BAKER", "HALL", "RIVERA", "CAMPBELL", "MITCHELL", "CARTER", "ROBERTS", "GOMEZ",
            "PHILLIPS", "EVANS", "TURNER", "DIAZ", "PARKER", "CRUZ", "EDWARDS", "COLLINS", "REYES", "STEWART", "MORRIS",
            "MORALES", "MURPHY", "COOK", "ROGERS", "GUTIERREZ", "ORTIZ", "MORGAN", "COOPER", "PETERSON", "BAILEY",
            "REED", "KELLY", "HOWARD", "RAMOS", "KIM", "COX", "WARD", "RICHARDSON", "WATSON", "BROOKS", "CHAVEZ", "WOOD",
            "JAMES", "BENNETT", "GRAY", "MENDOZA", "RUIZ", "HUGHES", "PRICE", "ALVAREZ", "CASTILLO", "SANDERS", "PATEL",
            "MYERS", "LONG", "ROSS", "FOSTER", "JIMENEZ", "OLSON", "LARSEN", "LUND", "HOFF", "BERG", "MOE", "SHAH",
            "CHEN", "WANG", "SINGH", "O'BRIEN", "MCDONALD"};
    static final String[] STREETS = {"MAIN ST", "OAK AVE", "MEDICAL PKWY", "HOSPITAL DR", "PARK AVE", "WASHINGTON ST",
            "2ND ST", "ELM ST", "MAPLE AVE", "LAKE SHORE DR", "UNIVERSITY AVE", "CENTER ST", "BROADWAY", "MARKET ST",
            "HEALTH CENTER BLVD", "W 18TH ST", "S CLIFF AVE", "CHURCH ST", "HIGHLAND AVE", "RIVER RD", "STATE ST"};

    /** Upper-case name to title case, as the Part D file writes names: {@code O'BRIEN} -> {@code O'brien}. */
    static String title(String upper) {
        if (upper == null || upper.isEmpty()) {
            return upper;
        }
        return upper.charAt(0) + upper.substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
