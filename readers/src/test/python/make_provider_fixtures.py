#!/usr/bin/env python3
"""Writes the NPPES and hospital fixtures of the TINY MARKET (readers/src/test/resources/published/...).

The NPPES files follow the NPPES Data Dissemination Readme (CMS, updated February 1, 2025), Exhibit 2-1: 330 columns,
every value double-quoted, dates MM/DD/YYYY, '\n' line ends. Run from the repository root:
    python3 readers/src/test/python/make_provider_fixtures.py
"""
import csv
import io
import os
import zipfile

ROOT = "readers/src/test/resources/published"
SYNTHEA = os.environ.get("SYNTHEA_HOSPITALS", "/work/shared/data/synthea/providers/hospitals.csv")

HEADER = ["NPI", "Entity Type Code", "Replacement NPI", "Employer Identification Number (EIN)",
          "Provider Organization Name (Legal Business Name)", "Provider Last Name (Legal Name)", "Provider First Name",
          "Provider Middle Name", "Provider Name Prefix Text", "Provider Name Suffix Text", "Provider Credential Text",
          "Provider Other Organization Name", "Provider Other Organization Name Type Code", "Provider Other Last Name",
          "Provider Other First Name", "Provider Other Middle Name", "Provider Other Name Prefix Text",
          "Provider Other Name Suffix Text", "Provider Other Credential Text", "Provider Other Last Name Type Code",
          "Provider First Line Business Mailing Address", "Provider Second Line Business Mailing Address",
          "Provider Business Mailing Address City Name", "Provider Business Mailing Address State Name",
          "Provider Business Mailing Address Postal Code",
          "Provider Business Mailing Address Country Code (If outside U.S.)",
          "Provider Business Mailing Address Telephone Number", "Provider Business Mailing Address Fax Number",
          "Provider First Line Business Practice Location Address",
          "Provider Second Line Business Practice Location Address",
          "Provider Business Practice Location Address City Name",
          "Provider Business Practice Location Address State Name",
          "Provider Business Practice Location Address Postal Code",
          "Provider Business Practice Location Address Country Code (If outside U.S.)",
          "Provider Business Practice Location Address Telephone Number",
          "Provider Business Practice Location Address Fax Number", "Provider Enumeration Date", "Last Update Date",
          "NPI Deactivation Reason Code", "NPI Deactivation Date", "NPI Reactivation Date", "Provider Sex Code",
          "Authorized Official Last Name", "Authorized Official First Name", "Authorized Official Middle Name",
          "Authorized Official Title or Position", "Authorized Official Telephone Number"]
for i in range(1, 16):
    HEADER += [f"Healthcare Provider Taxonomy Code_{i}", f"Provider License Number_{i}",
               f"Provider License Number State Code_{i}", f"Healthcare Provider Primary Taxonomy Switch_{i}"]
for i in range(1, 51):
    HEADER += [f"Other Provider Identifier_{i}", f"Other Provider Identifier Type Code_{i}",
               f"Other Provider Identifier State_{i}", f"Other Provider Identifier Issuer_{i}"]
HEADER += ["Is Sole Proprietor", "Is Organization Subpart", "Parent Organization LBN", "Parent Organization TIN",
           "Authorized Official Name Prefix Text", "Authorized Official Name Suffix Text",
           "Authorized Official Credential Text"]
HEADER += [f"Healthcare Provider Taxonomy Group_{i}" for i in range(1, 16)]
HEADER += ["Certification Date"]
assert len(HEADER) == 330, len(HEADER)


def luhn_ok(npi):
    digits = "80840" + npi
    total, double = 0, False
    for ch in reversed(digits):
        d = int(ch)
        if double:
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
        double = not double
    return total % 10 == 0


def person(npi, last, first, credential, sex, taxonomies, street, city, state, postal, phone, enumerated, updated,
           middle="", suffix="", deactivated="", reactivated="", license_state="SD"):
    r = {"NPI": npi, "Entity Type Code": "1", "Provider Last Name (Legal Name)": last, "Provider First Name": first,
         "Provider Middle Name": middle, "Provider Name Suffix Text": suffix, "Provider Credential Text": credential,
         "Provider Sex Code": sex, "Provider Enumeration Date": enumerated, "Last Update Date": updated,
         "NPI Deactivation Date": deactivated, "NPI Reactivation Date": reactivated, "Is Sole Proprietor": "N"}
    address(r, street, city, state, postal, phone)
    for i, (code, primary) in enumerate(taxonomies, start=1):
        r[f"Healthcare Provider Taxonomy Code_{i}"] = code
        r[f"Provider License Number_{i}"] = f"{license_state}{npi[-5:]}{i}"
        r[f"Provider License Number State Code_{i}"] = license_state
        r[f"Healthcare Provider Primary Taxonomy Switch_{i}"] = "Y" if primary else "N"
    return r


def organization(npi, name, taxonomy, street, city, state, postal, phone, enumerated, updated, official,
                 parent="", deactivated=""):
    r = {"NPI": npi, "Entity Type Code": "2", "Provider Organization Name (Legal Business Name)": name,
         "Provider Enumeration Date": enumerated, "Last Update Date": updated, "NPI Deactivation Date": deactivated,
         "Authorized Official Last Name": official[0], "Authorized Official First Name": official[1],
         "Authorized Official Title or Position": official[2], "Authorized Official Telephone Number": phone,
         "Healthcare Provider Taxonomy Code_1": taxonomy, "Healthcare Provider Primary Taxonomy Switch_1": "Y",
         "Is Organization Subpart": "Y" if parent else "N", "Parent Organization LBN": parent}
    address(r, street, city, state, postal, phone)
    return r


def address(r, street, city, state, postal, phone):
    for kind in ("Mailing", "Practice Location"):
        r[f"Provider First Line Business {kind} Address"] = street
        r[f"Provider Business {kind} Address City Name"] = city
        r[f"Provider Business {kind} Address State Name"] = state
        r[f"Provider Business {kind} Address Postal Code"] = postal
        r[f"Provider Business {kind} Address Country Code (If outside U.S.)"] = "US"
        r[f"Provider Business {kind} Address Telephone Number"] = phone


def deactivated_only(npi, date):
    """A deactivated NPI as NPPES publishes it: the NPI and its deactivation date, every other value empty."""
    return {"NPI": npi, "NPI Deactivation Date": date}


def write_nppes(path, rows):
    for r in rows:
        assert luhn_ok(r["NPI"]) or r.get("_bad"), r["NPI"]
        unknown = set(r) - set(HEADER) - {"_bad"}
        assert not unknown, unknown
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", newline="", encoding="utf-8") as f:
        f.write(nppes_text(rows))


def nppes_text(rows):
    out = io.StringIO()
    w = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\n")
    w.writerow(HEADER)
    for r in rows:
        w.writerow([r.get(c, "") for c in HEADER])
    return out.getvalue()


SIOUX_FALLS = ("SIOUX FALLS", "SD")
CLINICIANS = [
    person("1100000011", "LARSEN", "ADA", "MD", "F", [("207RX0202X", True)], "1305 W 18TH ST", *SIOUX_FALLS,
           "571051106", "6053331000", "05/12/2006", "01/08/2024"),
    person("1100000029", "OLSON", "BEN", "MD", "M", [("207RH0003X", True)], "1305 W 18TH ST", *SIOUX_FALLS,
           "571051106", "6053331000", "08/03/2007", "02/14/2024"),
    person("1100000037", "NGUYEN", "CARA", "MD", "F", [("207R00000X", True)], "4500 S TECHNOLOGY DR", *SIOUX_FALLS,
           "571063000", "6053341500", "11/20/2008", "06/03/2024"),
    person("1100000045", "PATEL", "DEV", "MD", "M", [("207RX0202X", True)], "1325 S CLIFF AVE", *SIOUX_FALLS,
           "571057007", "6053226400", "06/15/2010", "03/11/2024"),
    person("1100000052", "HOFF", "ERIN", "PharmD", "F", [("183500000X", True)], "1305 W 18TH ST", *SIOUX_FALLS,
           "571051106", "6053331000", "02/01/2012", "09/30/2024"),
    person("1100000060", "BERG", "FINN", "MD", "M", [("207Q00000X", True)], "801 BROADWAY N", "FARGO", "ND",
           "581023107", "7012345000", "09/09/2009", "05/21/2024", license_state="ND"),
    person("1100000078", "LUND", "GRETA", "MD", "F", [("207RX0202X", True)], "353 FAIRMONT BLVD", "RAPID CITY", "SD",
           "577017375", "6057198000", "04/22/2007", "10/01/2024"),
    person("1100000086", "MOE", "HANS", "DO", "M", [("207R00000X", True)], "1200 S EUCLID AVE", *SIOUX_FALLS,
           "571051202", "6053357000", "07/30/2014", "07/19/2024"),
]
ORGANIZATIONS = [
    organization("1300000019", "SANFORD CLINIC ONCOLOGY", "261QX0200X", "1309 W 17TH ST", *SIOUX_FALLS, "571051008",
                 "6053328000", "03/15/2008", "04/02/2024", ("SWENSON", "KARI", "DIRECTOR OF OPERATIONS"),
                 parent="SANFORD HEALTH"),
    organization("1300000027", "LEWIS DRUG 5", "3336C0003X", "2700 W 41ST ST", *SIOUX_FALLS, "571052207",
                 "6053367950", "05/23/2006", "01/17/2024", ("LEWIS", "MARK", "PRESIDENT")),
    organization("1300000035", "AVERA SPECIALTY PHARMACY", "3336S0011X", "1325 S CLIFF AVE", *SIOUX_FALLS,
                 "571057007", "6053224330", "10/10/2011", "08/08/2024", ("JENSEN", "LORI", "PHARMACY MANAGER"),
                 parent="AVERA MCKENNAN HOSPITAL & UNIVERSITY HEALTH CENTER"),
    organization("1821017880", "SANFORD USD MEDICAL CENTER", "282N00000X", "1305 W 18TH ST", *SIOUX_FALLS,
                 "571105745", "6053331000", "06/02/2006", "02/28/2024", ("HANSON", "PAUL", "PRESIDENT")),
    organization("1568460772", "AVERA MCKENNAN HOSPITAL & UNIVERSITY HEALTH CENTER", "282N00000X", "1325 S CLIFF AVE",
                 *SIOUX_FALLS, "571057007", "6053226400", "05/31/2006", "03/05/2024", ("BRUNS", "TOM", "CEO")),
    organization("1316946809", "SIOUX FALLS SPECIALTY HOSPITAL LLP", "282N00000X", "910 E 20TH ST", *SIOUX_FALLS,
                 "571051012", "6053346730", "07/14/2006", "12/12/2023", ("SCHROEDER", "AMY", "CEO")),
]

# The weekly update of 03/31/2025-04/06/2025: Lund deactivated (as NPPES publishes it), Moe moved to Brandon.
MOE_MOVED = person("1100000086", "MOE", "HANS", "DO", "M", [("207R00000X", True)], "1901 E AUGUSTA AVE", "BRANDON",
                   "SD", "570051234", "6055827000", "07/30/2014", "04/02/2025")
WEEKLY = [deactivated_only("1100000078", "03/31/2025"), MOE_MOVED]


def check(npi9):
    """The NPI whose first nine digits are these."""
    for d in range(10):
        if luhn_ok(npi9 + str(d)):
            return npi9 + str(d)


# Problem rows: each one behaviour of the reader (readers tests only; not part of the tiny market).
PROBLEMS = [
    dict(person("1100000012", "BAD", "NPI", "MD", "F", [("207R00000X", True)], "1 MAIN ST", *SIOUX_FALLS, "57105",
                "6050000000", "01/01/2010", "01/01/2024"), _bad=True),
    person(check("110000010"), "DATES", "BAD", "MD", "M", [("207R00000X", True)], "1 MAIN ST", *SIOUX_FALLS, "57105",
           "6050000000", "01/01/2010", "01/01/2024", deactivated="2025-03-31"),
    deactivated_only("1100000078", "03/31/2025"),
    deactivated_only(check("110000011"), "01/15/2025"),
    {"NPI": check("110000012"), "Provider Last Name (Legal Name)": "NOTYPE"},
    person(check("110000013"), "O'BRIEN-SMITH", "MARY", "M.D.", "F", [("207RE0101X", False), ("207RX0202X", True)],
           "1 MAIN ST", *SIOUX_FALLS, "57105", "6050000000", "03/03/2009", "01/01/2024", middle="ANNE",
           suffix="III", deactivated="01/15/2020", reactivated="02/01/2020"),
    person(check("110000014"), "QUINN", "PAT", "", "F", [("207RB0002X", True)], "1 MAIN ST", *SIOUX_FALLS,
           "57105", "6050000000", "01/01/2010", "01/01/2024"),
    organization(check("130000010"), "DAKOTA MEDICAL SUPPLY", "332B00000X", "2 MAIN ST", *SIOUX_FALLS, "57105",
                 "6050000001", "01/01/2010", "01/01/2024", ("DOE", "JO", "OWNER")),
    organization(check("130000011"), "LEWIS DRUG 7", "3336C0003X", "3 MAIN ST", *SIOUX_FALLS, "57105",
                 "6050000002", "01/01/2010", "01/01/2024", ("LEWIS", "MARK", "PRESIDENT"), parent="LEWIS DRUG INC"),
    organization(check("130000012"), "", "261QX0200X", "4 MAIN ST", *SIOUX_FALLS, "57105", "6050000003",
                 "01/01/2010", "01/01/2024", ("DOE", "JO", "OWNER")),
    dict(person(check("110000015"), "TYPE", "THREE", "MD", "F", [("207R00000X", True)], "1 MAIN ST", *SIOUX_FALLS,
                "57105", "6050000000", "01/01/2010", "01/01/2024"), **{"Entity Type Code": "3"}),
]

HOSPITAL_HEADER = ["Facility ID", "Facility Name", "Address", "City/Town", "State", "ZIP Code", "County/Parish",
                   "Telephone Number", "Hospital Type", "Hospital Ownership", "Emergency Services",
                   "Meets criteria for birthing friendly designation", "Hospital overall rating",
                   "Hospital overall rating footnote", "MORT Group Measure Count", "Count of Facility MORT Measures"]
HOSPITALS = [
    ["430027", "SANFORD USD MEDICAL CENTER", "1305 W 18TH ST", "SIOUX FALLS", "SD", "57105", "MINNEHAHA",
     "(605) 333-1000", "Acute Care Hospitals", "Voluntary non-profit - Private", "Yes", "Y", "4", "", "7", "7"],
    ["430016", "AVERA MCKENNAN HOSPITAL & UNIVERSITY HEALTH CENTER", "1325 S CLIFF AVE", "SIOUX FALLS", "SD",
     "57105", "MINNEHAHA", "(605) 322-8000", "Acute Care Hospitals", "Voluntary non-profit - Church", "Yes", "Y",
     "4", "", "7", "7"],
    ["430090", "SIOUX FALLS SPECIALTY HOSPITAL LLP", "910 E 20TH ST", "SIOUX FALLS", "SD", "57105", "MINNEHAHA",
     "(605) 334-6730", "Acute Care Hospitals", "Physician", "No", "", "Not Available", "16", "7", "Not Available"],
]
HOSPITAL_PROBLEMS = [
    ["43-027", "BAD FACILITY ID HOSPITAL", "1 MAIN ST", "SIOUX FALLS", "SD", "57105", "MINNEHAHA",
     "(605) 000-0000", "Acute Care Hospitals", "Proprietary", "Yes", "", "3", "", "7", "7"],
    ["350011", "SANFORD MEDICAL CENTER FARGO", "5225 23RD AVE S", "FARGO", "ND", "58104", "CASS",
     "(701) 234-2000", "Acute Care Hospitals", "Voluntary non-profit - Private", "Yes", "Y", "4", "", "7", "7"],
    ["43001A", "", "2 MAIN ST", "SIOUX FALLS", "SD", "57105", "MINNEHAHA", "(605) 000-0001",
     "Critical Access Hospitals", "Government - Local", "Yes", "", "", "", "", ""],
]


def write_quoted(path, header, rows):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, quoting=csv.QUOTE_ALL, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def synthea_rows(ccns, names):
    """Rows of Synthea's hospitals.csv copied verbatim: the first row of each CCN asked for, and rows by name."""
    lines = open(SYNTHEA, encoding="utf-8").read().split("\n")
    picked, seen = [lines[0]], set()
    for ccn in ccns:
        for line in lines[1:]:
            if line.startswith(f'"{ccn}",') and ccn not in seen:
                picked.append(line)
                seen.add(ccn)
    for name in names:
        picked += [l for l in lines[1:] if f',"{name}",' in l][:1]
    return picked


def zip_entries(path, entries):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in entries:
            info = zipfile.ZipInfo(name, date_time=(2025, 3, 10, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text)


def main():
    full = f"{ROOT}/nppes/npidata_pfile_20050523-20250309.csv"
    write_nppes(full, CLINICIANS + ORGANIZATIONS)
    write_nppes(f"{ROOT}/nppes/npidata_pfile_20250331-20250406.csv", WEEKLY)
    write_nppes(f"{ROOT}/nppes/problems/npidata_pfile_20050523-20250309.csv", PROBLEMS)
    header_only = nppes_text([])
    os.makedirs(f"{ROOT}/nppes/zipped", exist_ok=True)
    zip_entries(f"{ROOT}/nppes/zipped/NPPES_Data_Dissemination_March_2025_V2.zip", [
        ("npidata_pfile_20050523-20250309_FileHeader.csv", header_only),
        ("othername_pfile_20050523-20250309.csv",
         '"NPI","Provider Other Organization Name","Provider Other Organization Name Type Code"\n'
         '"1300000027","LEWIS DRUG","3"\n'),
        ("npidata_pfile_20050523-20250309.csv", nppes_text(CLINICIANS + ORGANIZATIONS)),
        ("NPPES_Data_Dissemination_Readme.pdf", "(the readme)\n"),
    ])
    zip_entries(f"{ROOT}/nppes/zipped/NPPES_Data_Dissemination_033125_040625_Weekly_V2.zip", [
        ("npidata_pfile_20250331-20250406_FileHeader.csv", header_only),
        ("npidata_pfile_20250331-20250406.csv", nppes_text(WEEKLY)),
    ])
    write_quoted(f"{ROOT}/hospitals/Hospital_General_Information.csv", HOSPITAL_HEADER, HOSPITALS)
    write_quoted(f"{ROOT}/hospitals/problems/Hospital_General_Information.csv", HOSPITAL_HEADER, HOSPITAL_PROBLEMS)
    os.makedirs(f"{ROOT}/provider-crosswalk/problems", exist_ok=True)
    with open(f"{ROOT}/provider-crosswalk/hospitals.csv", "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(synthea_rows(["430027", "430016", "430090"], ["CHILDRENS CARE HOSPITAL AND SCHOOL"])) + "\n")
    # Every row of the three CCNs (430090 twice), a bad NPI, a bed count that is not one, an ND hospital.
    lines = open(SYNTHEA, encoding="utf-8").read().split("\n")
    rows = [lines[0]] + [l for l in lines[1:] if l.startswith(('"430027",', '"430016",', '"430090",'))]
    rows.append('"430099","1821017881","BAD NPI HOSPITAL","1 MAIN ST","SIOUX FALLS",SD,"57105",,43.5,-96.7,'
                '"6050000000","00-09",,,,,,,')
    rows.append('"430098","","BAD BEDS HOSPITAL","2 MAIN ST","SIOUX FALLS",SD,"57105",,43.5,-96.7,'
                '"6050000000","00-09",,,,,,"many",')
    rows += [l for l in lines[1:] if l.startswith('"350011",')][:1]
    with open(f"{ROOT}/provider-crosswalk/problems/hospitals.csv", "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    main()
