package org.kamgraph.readers;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.kamgraph.model.NodeKind;

/** Identities built by hand for tests of one format: clinicians by NPI, hospitals by CCN, products by name. */
public final class TestIdentities implements Identities {
    private final Map<String, Ref> clinicians = new HashMap<>();
    private final Map<String, Ref> organizations = new HashMap<>();
    private final Map<String, Ref> hospitals = new HashMap<>();
    private final Map<String, Ref> aliases = new HashMap<>();
    private final Map<String, Ref> organizationsByName = new HashMap<>();
    private final Map<String, String> productsByName = new HashMap<>();
    private final Map<String, String> productsByRxcui = new HashMap<>();

    public TestIdentities withClinician(String npi) {
        clinicians.put(npi, new Ref(NodeKind.CLINICIAN, Identities.npiId(npi)));
        return this;
    }

    /** A clinician (or person) with this NPI whose node is not {@code NPI-<npi>}, e.g. one made from a CRM account. */
    public TestIdentities withClinician(String npi, NodeKind kind, String id) {
        clinicians.put(npi, new Ref(kind, id));
        return this;
    }

    public TestIdentities withOrganization(String npi, NodeKind kind, String id) {
        organizations.put(npi, new Ref(kind, id));
        return this;
    }

    public TestIdentities withHospital(String ccn, String id) {
        hospitals.put(ccn, new Ref(NodeKind.HOSPITAL, id));
        return this;
    }

    /** An Idn or hospital known by its name (see {@link Identities#organizationByName}). */
    public TestIdentities withOrganizationName(String name, NodeKind kind, String id) {
        organizationsByName.put(key(name), new Ref(kind, id));
        return this;
    }

    public TestIdentities withAlias(String alias, NodeKind kind, String id) {
        aliases.put(alias, new Ref(kind, id));
        return this;
    }

    /** A product known by its brand name and generic name, and optionally its RXCUIs. */
    public TestIdentities withProduct(String id, String brand, String generic, String... rxcuis) {
        productsByName.put(key(brand), id);
        if (generic != null) {
            productsByName.merge(key(generic), id, (a, b) -> a.equals(b) ? a : "*ambiguous*");
        }
        for (String r : rxcuis) {
            productsByRxcui.put(r, id);
        }
        return this;
    }

    public ReadContext context(String fileName, LocalDate asOf, Region region) {
        TestIdentities ids = this;
        return new ReadContext() {
            public Identities identities() {
                return ids;
            }

            public Region region() {
                return region;
            }

            public LocalDate asOf() {
                return asOf;
            }

            public String fileName() {
                return fileName;
            }
        };
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    public Ref clinician(String npi) {
        return clinicians.get(npi);
    }

    public Ref organizationByNpi(String npi) {
        return organizations.get(npi);
    }

    public Ref hospitalByCcn(String ccn) {
        return hospitals.get(ccn);
    }

    public Ref organizationByName(String name) {
        return name == null ? null : organizationsByName.get(key(name));
    }

    public Ref byAlias(String alias) {
        return aliases.get(alias);
    }

    public ProductMatch product(String brandName, String genericName) {
        String byBrand = brandName == null ? null : productsByName.get(key(brandName));
        String id = byBrand != null ? byBrand : genericName == null ? null : productsByName.get(key(genericName));
        if (id == null) {
            return ProductMatch.NONE;
        }
        return "*ambiguous*".equals(id) ? new ProductMatch(null, 2) : new ProductMatch(id, 1);
    }

    public ProductMatch productByRxcui(String rxcui) {
        String id = productsByRxcui.get(rxcui);
        return id == null ? ProductMatch.NONE : new ProductMatch(id, 1);
    }
}
