package org.kamgraph.demo;

/**
 * The small built-in word lists the demo market is named from. People are combinations of common first and last
 * names (no real person is meant); towns are common US place names found in many states; organizations, brands and
 * generic drug names are invented.
 */
final class Names {
    private Names() {
    }

    static final String[] FIRST = {
        "James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth",
        "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Charles", "Karen",
        "Christopher", "Lisa", "Daniel", "Nancy", "Matthew", "Betty", "Anthony", "Sandra", "Mark", "Margaret",
        "Donald", "Ashley", "Steven", "Kimberly", "Andrew", "Emily", "Paul", "Donna", "Joshua", "Michelle",
        "Kenneth", "Carol", "Kevin", "Amanda", "Brian", "Melissa", "Timothy", "Deborah", "Ronald", "Stephanie",
        "George", "Rebecca", "Jason", "Sharon", "Edward", "Laura", "Jeffrey", "Cynthia", "Ryan", "Dorothy",
        "Jacob", "Amy", "Nicholas", "Kathleen", "Gary", "Angela", "Eric", "Shirley", "Jonathan", "Emma",
        "Stephen", "Brenda", "Larry", "Pamela", "Justin", "Nicole", "Scott", "Anna", "Brandon", "Samantha",
        "Benjamin", "Katherine", "Samuel", "Christine", "Gregory", "Debra", "Alexander", "Rachel", "Patrick", "Carolyn",
        "Frank", "Janet", "Raymond", "Maria", "Jack", "Olivia", "Dennis", "Heather", "Jerry", "Helen",
        "Tyler", "Catherine", "Aaron", "Diane", "Jose", "Julie", "Adam", "Victoria", "Nathan", "Joyce",
        "Henry", "Lauren", "Zachary", "Kelly", "Douglas", "Christina", "Peter", "Ruth", "Kyle", "Joan",
        "Noah", "Virginia", "Ethan", "Judith", "Jeremy", "Evelyn", "Christian", "Hannah", "Walter", "Andrea",
        "Keith", "Megan", "Austin", "Cheryl", "Roger", "Jacqueline", "Terry", "Madison", "Sean", "Teresa",
        "Gerald", "Abigail", "Carl", "Sophia", "Dylan", "Martha", "Harold", "Sara", "Jordan", "Gloria",
        "Priya", "Wei", "Arjun", "Mei", "Rahul", "Aisha", "Omar", "Fatima", "Hiroshi", "Yuki",
        "Carlos", "Lucia", "Diego", "Sofia", "Mateo", "Camila", "Luis", "Valentina", "Ahmed", "Leila",
        "Kwame", "Amara", "Ivan", "Elena", "Tomasz", "Anya", "Minh", "Linh", "Sanjay", "Deepa"
    };

    static final String[] LAST = {
        "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
        "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin",
        "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson",
        "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores",
        "Green", "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Roberts",
        "Gomez", "Phillips", "Evans", "Turner", "Diaz", "Parker", "Cruz", "Edwards", "Collins", "Reyes",
        "Stewart", "Morris", "Morales", "Murphy", "Cook", "Rogers", "Gutierrez", "Ortiz", "Morgan", "Cooper",
        "Peterson", "Bailey", "Reed", "Kelly", "Howard", "Ramos", "Kim", "Cox", "Ward", "Richardson",
        "Watson", "Brooks", "Chavez", "Wood", "James", "Bennett", "Gray", "Mendoza", "Ruiz", "Hughes",
        "Price", "Alvarez", "Castillo", "Sanders", "Patel", "Myers", "Long", "Ross", "Foster", "Jimenez",
        "Powell", "Jenkins", "Perry", "Russell", "Sullivan", "Bell", "Coleman", "Butler", "Henderson", "Barnes",
        "Gonzales", "Fisher", "Vasquez", "Simmons", "Romero", "Jordan", "Patterson", "Alexander", "Hamilton", "Graham",
        "Reynolds", "Griffin", "Wallace", "Moreno", "West", "Cole", "Hayes", "Bryant", "Herrera", "Gibson",
        "Ellis", "Tran", "Medina", "Aguilar", "Stevens", "Murray", "Ford", "Castro", "Marshall", "Owens",
        "Harrison", "Fernandez", "McDonald", "Woods", "Washington", "Kennedy", "Wells", "Vargas", "Henry", "Chen",
        "Freeman", "Webb", "Tucker", "Guzman", "Burns", "Crawford", "Olson", "Simpson", "Porter", "Hunter",
        "Gordon", "Mendez", "Silva", "Shaw", "Snyder", "Mason", "Dixon", "Munoz", "Hunt", "Hicks",
        "Holmes", "Palmer", "Wagner", "Black", "Robertson", "Boyd", "Rose", "Stone", "Salazar", "Fox",
        "Warren", "Mills", "Meyer", "Rice", "Schmidt", "Garza", "Daniels", "Ferguson", "Nichols", "Stephens",
        "Shah", "Wang", "Singh", "Kumar", "Zhang", "Liu", "Yamamoto", "Okafor", "Haddad", "Kowalski",
        "Novak", "Ivanova", "Rossi", "Larsen", "O'Brien", "Fitzgerald", "Gallagher", "Bauer", "Keller", "Weiss"
    };

    /** Common US place names, plausible in most states. */
    static final String[] CITIES = {
        "Springfield", "Franklin", "Greenville", "Bristol", "Clinton", "Fairview", "Salem", "Madison", "Georgetown",
        "Arlington", "Ashland", "Burlington", "Manchester", "Marion", "Oxford", "Jackson", "Milton", "Newport",
        "Dayton", "Lexington", "Riverside", "Centerville", "Mount Vernon", "Oakland", "Winchester", "Kingston",
        "Dover", "Hudson", "Clayton", "Lebanon", "Auburn", "Cleveland", "Dublin", "Hamilton", "Troy", "Columbia",
        "Lancaster", "Richmond", "Monroe", "Chester", "Florence", "Jamestown", "Lakewood", "Plymouth", "Shelbyville",
        "Bedford", "Canton", "Oak Grove", "Pleasant Hill", "Riverton", "Brookfield", "Cedar Falls", "Clearwater",
        "Elmwood", "Fairfield", "Glendale", "Harrison", "Highland", "Lincoln", "Maple Grove", "Middletown", "Millbrook",
        "Newton", "Northfield", "Oakdale", "Port Allen", "Rockport", "Somerset", "Stratford", "Union City",
        "Waverly", "Westfield", "Woodstock", "Bridgeport", "Crestview", "Eastport", "Granville", "Hillsboro",
        "Lakeside", "Marshall", "Portland", "Quincy", "Rosedale", "Sheffield", "Sterling", "Warren", "Wilmington"
    };

    /** US states (code, name); regions of the demo market are named after them. */
    static final String[][] STATES = {
        {"AL", "Alabama"}, {"AK", "Alaska"}, {"AZ", "Arizona"}, {"AR", "Arkansas"}, {"CA", "California"},
        {"CO", "Colorado"}, {"CT", "Connecticut"}, {"DE", "Delaware"}, {"FL", "Florida"}, {"GA", "Georgia"},
        {"HI", "Hawaii"}, {"ID", "Idaho"}, {"IL", "Illinois"}, {"IN", "Indiana"}, {"IA", "Iowa"},
        {"KS", "Kansas"}, {"KY", "Kentucky"}, {"LA", "Louisiana"}, {"ME", "Maine"}, {"MD", "Maryland"},
        {"MA", "Massachusetts"}, {"MI", "Michigan"}, {"MN", "Minnesota"}, {"MS", "Mississippi"}, {"MO", "Missouri"},
        {"MT", "Montana"}, {"NE", "Nebraska"}, {"NV", "Nevada"}, {"NH", "New Hampshire"}, {"NJ", "New Jersey"},
        {"NM", "New Mexico"}, {"NY", "New York"}, {"NC", "North Carolina"}, {"ND", "North Dakota"}, {"OH", "Ohio"},
        {"OK", "Oklahoma"}, {"OR", "Oregon"}, {"PA", "Pennsylvania"}, {"RI", "Rhode Island"}, {"SC", "South Carolina"},
        {"SD", "South Dakota"}, {"TN", "Tennessee"}, {"TX", "Texas"}, {"UT", "Utah"}, {"VT", "Vermont"},
        {"VA", "Virginia"}, {"WA", "Washington"}, {"WV", "West Virginia"}, {"WI", "Wisconsin"}, {"WY", "Wyoming"}
    };

    static final String[] TERRITORY_SUFFIXES = {"North", "South", "East", "West", "Central", "Metro"};

    /** Words for health-system and plan names. */
    static final String[] BRAND_WORDS = {
        "Beacon", "Summit", "Riverbend", "Northstar", "Harbor", "Evergreen", "Keystone", "Cedar", "Pinnacle",
        "Lakeshore", "Prairie", "Bluewater", "Ridgeview", "Silverpine", "Valley", "Heartland", "Coastal", "Granite",
        "Horizon", "Lighthouse", "Oakmont", "Redwood", "Sunrise", "Trinity", "Unity", "Willow", "Crossroads",
        "Frontier", "Liberty", "Meadowbrook", "Pioneer", "Sequoia", "Stonebridge", "Tidewater", "Westbrook", "Aspen"
    };

    static final String[] SAINTS = {
        "St. Mary's", "St. Luke's", "St. Joseph's", "St. Francis", "St. Vincent's", "St. Elizabeth", "St. Anne's",
        "St. Catherine's", "Mercy", "Good Samaritan", "Sacred Heart", "Holy Cross", "St. Agnes", "St. Bernard's",
        "Providence", "St. Clare's"
    };

    /** Common US street names, for pharmacy stores and name variants. */
    static final String[] STREETS = {
        "Main Street", "Oak Street", "Maple Avenue", "Elm Street", "Park Avenue", "Washington Street", "Lake Road",
        "Hill Road", "Church Street", "Broadway", "Center Street", "Pine Street", "Cedar Lane", "Market Street",
        "River Road", "Highland Avenue", "Union Street", "Spring Street", "Chestnut Street", "Walnut Street",
        "Franklin Avenue", "Jefferson Avenue", "Lincoln Avenue", "Mill Road", "College Avenue", "Forest Drive",
        "Sunset Boulevard", "Ridge Road", "Meadow Lane", "Court Street", "Grove Street", "Prospect Avenue",
        "Willow Street", "School Street", "State Street", "Water Street", "Bridge Street", "North Avenue",
        "Elmwood Drive", "Harbor Road"
    };

    /** Words that tell apart regions beyond the fifty states (larger-than-national markets). */
    static final String[] REGION_QUALIFIERS = {"Northern", "Southern", "Eastern", "Western", "Central", "Upper", "Lower"};

    static final String[] PHARMACY_CHAINS = {
        "Corner Drug", "MedSaver Pharmacy", "FamilyCare Pharmacy", "ValueRx", "Hometown Apothecary", "QuickScript"
    };

    /** US national payers (fictional): name, payer type, owned PBM index (-1 none), lives covered. */
    static final Object[][] NATIONAL_PAYERS = {
        {"Unity Health Plans", "commercial", 0, 24_000_000L},
        {"Keystone Mutual Health", "commercial", 1, 18_000_000L},
        {"Summit Care Insurance", "commercial", 2, 16_000_000L},
        {"Pioneer Life & Health", "commercial", -1, 9_000_000L},
        {"Anchor Benefit Alliance", "commercial", -1, 6_500_000L},
        {"Crossroads Employer Health", "commercial", -1, 3_200_000L},
        {"SilverYears Medicare Advantage", "medicare", -1, 5_800_000L},
        {"Liberty Senior Rx (Part D)", "medicare", -1, 4_100_000L},
        {"Common Good Medicaid Plans", "medicaid", -1, 7_400_000L},
        {"Sentinel Community Health Plan", "medicaid", -1, 2_600_000L},
    };

    /** The three PBMs (fictional): name, lives covered. */
    static final Object[][] PBMS = {
        {"Meridian Rx Solutions", 95_000_000L},
        {"CareBridge Pharmacy Services", 80_000_000L},
        {"OptiScript Benefits", 70_000_000L},
    };

    /** The three national wholesalers (fictional) and the regional distributors' name words. */
    static final String[] BIG_WHOLESALERS = {"AmeriMed Distribution", "Cardinal Point Health Supply", "McAllister Drug Company"};

    static final String[] DISTRIBUTOR_WORDS = {
        "Bluegrass", "Lakeland", "Prairie", "Tri-State", "Pacific", "Atlantic", "Great Plains", "Gulf", "Mountain",
        "River Valley", "Heartland", "Piedmont", "Cascade", "Ozark", "Chesapeake"
    };

    /** Therapeutic areas and their products: brand, generic, price per claim (USD), ours, launch year. */
    static final String[] AREAS = {"Oncology", "Cardiology", "Endocrinology", "Immunology", "Respiratory", "Neurology"};

    static final Object[][] PRODUCTS = {
        {"Velortix", "tavolimab", 0, 9_800.0, true, 2021},
        {"Carzenta", "ribocistat", 0, 7_400.0, false, 2017},
        {"Oncelvi", "lutemabine", 0, 11_200.0, false, 2019},
        {"Zymora", "dervatinib", 0, 6_900.0, false, 2015},
        {"Prexalis", "dovatuzumab", 0, 12_600.0, true, 2024},
        {"Cardexa", "corisartan", 1, 520.0, true, 2018},
        {"Thromvia", "anterixaban", 1, 410.0, false, 2014},
        {"Lipravex", "lipocetrapib", 1, 380.0, false, 2020},
        {"Rhythmara", "dronavelone", 1, 290.0, false, 2012},
        {"Kardiol", "cardamtenib", 1, 1_450.0, false, 2023},
        {"Glucenta", "zeglutide", 2, 980.0, false, 2022},
        {"Insulora", "insulin quorlispro", 2, 610.0, true, 2025},
        {"Flozamet", "trelagliflozin", 2, 470.0, false, 2016},
        {"Gliptora", "mevagliptin", 2, 320.0, false, 2013},
        {"Sematide", "tovaglutide", 2, 1_020.0, false, 2020},
        {"Immuvant", "risanlimab", 3, 6_100.0, true, 2020},
        {"Dermaclear", "derlekinumab", 3, 4_800.0, false, 2023},
        {"Artheos", "artacitinib", 3, 5_300.0, false, 2019},
        {"Colivex", "colvikizumab", 3, 5_900.0, false, 2023},
        {"Psoriva", "psoracitinib", 3, 4_100.0, false, 2022},
        {"Breathix", "pulmifentrine", 4, 780.0, false, 2024},
        {"Aerolast", "aerolumab", 4, 3_900.0, true, 2021},
        {"Inhalon", "flumesone/vilodrol", 4, 340.0, false, 2014},
        {"Respira", "resbolizumab", 4, 4_200.0, false, 2018},
        {"Pulmonel", "tiomorpium", 4, 290.0, false, 2011},
        {"Neurelta", "neuremab", 5, 2_300.0, false, 2023},
        {"Migrezen", "migregepant", 5, 920.0, true, 2021},
        {"Scleroma", "sclerolumab", 5, 7_800.0, false, 2020},
        {"Epilvia", "epilcarbamate", 5, 1_100.0, false, 2019},
        {"Parkova", "parkodopa", 5, 1_650.0, false, 2024},
    };
}
