package org.kamgraph.tools.published;

/** US states (and DC, Puerto Rico) with FIPS code, population weight (millions, 2020), a ZIP prefix, an area code and cities. */
final class States {
    private States() {
    }

    static final State[] ALL = {
            new State("AL", "01", 5.0, "352", "205", "BIRMINGHAM", "MONTGOMERY", "HUNTSVILLE", "MOBILE"),
            new State("AK", "02", 0.7, "995", "907", "ANCHORAGE", "FAIRBANKS", "JUNEAU"),
            new State("AZ", "04", 7.2, "850", "602", "PHOENIX", "TUCSON", "MESA", "SCOTTSDALE"),
            new State("AR", "05", 3.0, "722", "501", "LITTLE ROCK", "FAYETTEVILLE", "FORT SMITH"),
            new State("CA", "06", 39.5, "900", "213", "LOS ANGELES", "SAN DIEGO", "SAN FRANCISCO", "SACRAMENTO", "FRESNO", "SAN JOSE", "OAKLAND"),
            new State("CO", "08", 5.8, "802", "303", "DENVER", "COLORADO SPRINGS", "AURORA", "FORT COLLINS"),
            new State("CT", "09", 3.6, "061", "860", "HARTFORD", "NEW HAVEN", "STAMFORD"),
            new State("DE", "10", 1.0, "198", "302", "WILMINGTON", "DOVER", "NEWARK"),
            new State("DC", "11", 0.7, "200", "202", "WASHINGTON"),
            new State("FL", "12", 21.5, "331", "305", "MIAMI", "TAMPA", "ORLANDO", "JACKSONVILLE", "GAINESVILLE", "FORT LAUDERDALE"),
            new State("GA", "13", 10.7, "303", "404", "ATLANTA", "SAVANNAH", "AUGUSTA", "MACON"),
            new State("HI", "15", 1.5, "968", "808", "HONOLULU", "HILO"),
            new State("ID", "16", 1.8, "837", "208", "BOISE", "IDAHO FALLS", "POCATELLO"),
            new State("IL", "17", 12.8, "606", "312", "CHICAGO", "SPRINGFIELD", "PEORIA", "ROCKFORD", "NAPERVILLE"),
            new State("IN", "18", 6.8, "462", "317", "INDIANAPOLIS", "FORT WAYNE", "EVANSVILLE", "CARMEL"),
            new State("IA", "19", 3.2, "503", "515", "DES MOINES", "CEDAR RAPIDS", "IOWA CITY"),
            new State("KS", "20", 2.9, "672", "316", "WICHITA", "OVERLAND PARK", "TOPEKA"),
            new State("KY", "21", 4.5, "402", "502", "LOUISVILLE", "LEXINGTON", "BOWLING GREEN"),
            new State("LA", "22", 4.7, "701", "504", "NEW ORLEANS", "BATON ROUGE", "SHREVEPORT", "LAFAYETTE"),
            new State("ME", "23", 1.4, "041", "207", "PORTLAND", "BANGOR", "LEWISTON"),
            new State("MD", "24", 6.2, "212", "410", "BALTIMORE", "BETHESDA", "COLUMBIA", "ROCKVILLE"),
            new State("MA", "25", 7.0, "021", "617", "BOSTON", "WORCESTER", "SPRINGFIELD", "CAMBRIDGE"),
            new State("MI", "26", 10.1, "482", "313", "DETROIT", "GRAND RAPIDS", "ANN ARBOR", "LANSING"),
            new State("MN", "27", 5.7, "554", "612", "MINNEAPOLIS", "SAINT PAUL", "ROCHESTER", "DULUTH"),
            new State("MS", "28", 3.0, "392", "601", "JACKSON", "GULFPORT", "HATTIESBURG"),
            new State("MO", "29", 6.2, "631", "314", "SAINT LOUIS", "KANSAS CITY", "SPRINGFIELD", "COLUMBIA"),
            new State("MT", "30", 1.1, "591", "406", "BILLINGS", "MISSOULA", "BOZEMAN"),
            new State("NE", "31", 2.0, "681", "402", "OMAHA", "LINCOLN", "KEARNEY"),
            new State("NV", "32", 3.1, "891", "702", "LAS VEGAS", "RENO", "HENDERSON"),
            new State("NH", "33", 1.4, "031", "603", "MANCHESTER", "NASHUA", "LEBANON"),
            new State("NJ", "34", 9.3, "070", "201", "NEWARK", "HACKENSACK", "NEW BRUNSWICK", "CAMDEN"),
            new State("NM", "35", 2.1, "871", "505", "ALBUQUERQUE", "SANTA FE", "LAS CRUCES"),
            new State("NY", "36", 20.2, "100", "212", "NEW YORK", "BROOKLYN", "BUFFALO", "ROCHESTER", "ALBANY", "SYRACUSE"),
            new State("NC", "37", 10.4, "282", "704", "CHARLOTTE", "RALEIGH", "DURHAM", "GREENSBORO", "WINSTON SALEM"),
            new State("ND", "38", 0.8, "581", "701", "FARGO", "BISMARCK", "GRAND FORKS", "MINOT"),
            new State("OH", "39", 11.8, "432", "614", "COLUMBUS", "CLEVELAND", "CINCINNATI", "TOLEDO", "AKRON"),
            new State("OK", "40", 4.0, "731", "405", "OKLAHOMA CITY", "TULSA", "NORMAN"),
            new State("OR", "41", 4.2, "972", "503", "PORTLAND", "EUGENE", "SALEM", "MEDFORD"),
            new State("PA", "42", 13.0, "191", "215", "PHILADELPHIA", "PITTSBURGH", "HARRISBURG", "ALLENTOWN", "HERSHEY"),
            new State("RI", "44", 1.1, "029", "401", "PROVIDENCE", "WARWICK", "CRANSTON"),
            new State("SC", "45", 5.1, "292", "803", "COLUMBIA", "CHARLESTON", "GREENVILLE"),
            new State("SD", "46", 0.9, "571", "605", "SIOUX FALLS", "RAPID CITY", "ABERDEEN", "BROOKINGS"),
            new State("TN", "47", 6.9, "372", "615", "NASHVILLE", "MEMPHIS", "KNOXVILLE", "CHATTANOOGA"),
            new State("TX", "48", 29.1, "770", "713", "HOUSTON", "DALLAS", "SAN ANTONIO", "AUSTIN", "FORT WORTH", "EL PASO"),
            new State("UT", "49", 3.3, "841", "801", "SALT LAKE CITY", "PROVO", "OGDEN"),
            new State("VT", "50", 0.6, "054", "802", "BURLINGTON", "RUTLAND", "MONTPELIER"),
            new State("VA", "51", 8.6, "232", "804", "RICHMOND", "NORFOLK", "ARLINGTON", "ROANOKE", "CHARLOTTESVILLE"),
            new State("WA", "53", 7.7, "981", "206", "SEATTLE", "SPOKANE", "TACOMA", "BELLEVUE"),
            new State("WV", "54", 1.8, "253", "304", "CHARLESTON", "MORGANTOWN", "HUNTINGTON"),
            new State("WI", "55", 5.9, "532", "414", "MILWAUKEE", "MADISON", "GREEN BAY", "MARSHFIELD"),
            new State("WY", "56", 0.6, "820", "307", "CHEYENNE", "CASPER", "LARAMIE"),
            new State("PR", "72", 3.3, "009", "787", "SAN JUAN", "PONCE", "BAYAMON"),
    };

    private static final double[] CUMULATIVE;

    static {
        double[] w = new double[ALL.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = ALL[i].weight();
        }
        CUMULATIVE = Hash.cumulative(w);
    }

    static State pick(Hash h) {
        return ALL[h.weighted(CUMULATIVE)];
    }

    static State byCode(String code) {
        for (State s : ALL) {
            if (s.code().equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("no state " + code);
    }
}
