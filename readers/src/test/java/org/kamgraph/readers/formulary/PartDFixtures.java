package org.kamgraph.readers.formulary;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kamgraph.model.NodeKind;
import org.kamgraph.readers.Identities;
import org.kamgraph.readers.ReadContext;
import org.kamgraph.readers.Region;
import org.kamgraph.readers.TestIdentities;

/** The Part D fixtures and identities of the TINY MARKET; aliases that several payers share (as formulary ids are). */
final class PartDFixtures implements Identities {
    static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    static final Region SD = new Region(Set.of("SD"));

    private final TestIdentities base = new TestIdentities()
            .withProduct("PRD-VRZ", "VERZENIO", "abemaciclib", "1946840")
            .withProduct("PRD-IBR", "IBRANCE", "palbociclib", "1601380")
            .withProduct("PRD-KIS", "KISQALI", "ribociclib", "1873983")
            .withOrganization("1300000019", NodeKind.CLINIC, "NPI-1300000019")
            .withOrganization("1300000027", NodeKind.PHARMACY, "NPI-1300000027")
            .withOrganization("1300000035", NodeKind.PHARMACY, "NPI-1300000035");
    private final Map<String, List<Ref>> aliases = new LinkedHashMap<>();

    static Path fixture(String name) {
        try {
            return Path.of(PartDFixtures.class.getResource("/published/partd-formulary/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every emitted row passes the model's validation (as the importer will check it), with its id. */
    static void assertModelValid(org.kamgraph.readers.RecordingEmit out) {
        for (org.kamgraph.readers.RecordingEmit.Node n : out.nodes) {
            java.util.Map<String, Object> p = new java.util.LinkedHashMap<>(n.props());
            p.put("id", n.id());
            org.assertj.core.api.Assertions.assertThat(org.kamgraph.model.Validator.validateNode(n.kind(), p))
                    .as("%s %s", n.kind(), n.id()).isEmpty();
        }
        for (org.kamgraph.readers.RecordingEmit.Rel r : out.relationships) {
            org.assertj.core.api.Assertions.assertThat(
                    org.kamgraph.model.Validator.validateRelationship(r.type(), r.from(), r.to(), r.props()))
                    .as("%s %s->%s", r.type(), r.start(), r.end()).isEmpty();
        }
    }

    /** A payer CMS-<contract> carrying {@code alias}. */
    PartDFixtures payer(String alias, String contract) {
        aliases.computeIfAbsent(alias, a -> new ArrayList<>()).add(new Ref(NodeKind.PAYER, "CMS-" + contract));
        return this;
    }

    ReadContext context(String file, Region region) {
        PartDFixtures ids = this;
        return new ReadContext() {
            public Identities identities() {
                return ids;
            }

            public Region region() {
                return region;
            }

            public LocalDate asOf() {
                return AS_OF;
            }

            public String fileName() {
                return file;
            }
        };
    }

    public Ref clinician(String npi) {
        return base.clinician(npi);
    }

    public Ref organizationByNpi(String npi) {
        return base.organizationByNpi(npi);
    }

    public Ref hospitalByCcn(String ccn) {
        return base.hospitalByCcn(ccn);
    }

    public Ref byAlias(String alias) {
        List<Ref> all = allByAlias(alias);
        return all.size() == 1 ? all.get(0) : null;
    }

    @Override
    public List<Ref> allByAlias(String alias) {
        return aliases.getOrDefault(alias, List.of());
    }

    public ProductMatch product(String brandName, String genericName) {
        return base.product(brandName, genericName);
    }

    public ProductMatch productByRxcui(String rxcui) {
        return base.productByRxcui(rxcui);
    }
}
