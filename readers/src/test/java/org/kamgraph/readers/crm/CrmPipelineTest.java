package org.kamgraph.readers.crm;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kamgraph.model.NodeKind;
import org.kamgraph.model.RelKind;
import org.kamgraph.readers.Identities;
import org.kamgraph.readers.PublishedFile;
import org.kamgraph.readers.ReadContext;
import org.kamgraph.readers.RecordingEmit;
import org.kamgraph.readers.Region;
import org.kamgraph.readers.SourceFormat;
import org.kamgraph.readers.SourceFormats;

/**
 * The whole TINY MARKET CRM export (Veeva and Salesforce files together), each file's format detected from its
 * header and the files read in the formats' order, as the import does, with identities that learn from every file
 * what it emitted: people found by NPI, accounts by their CRM aliases. Nodes merge as upserts do, aliases as a union.
 */
class CrmPipelineTest {
    static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    static final List<String> FILES = List.of(
            "salesforce/OpportunityContactRole.csv", "veeva/Call2_vod__c.csv", "salesforce/Opportunity.csv",
            "veeva/Affiliation_vod__c.csv", "veeva/Child_Account_vod__c.csv", "veeva/Address_vod__c.csv",
            "salesforce/AccountContactRelation.csv", "salesforce/Contact.csv", "salesforce/Account.csv",
            "veeva/Product_vod__c.csv", "veeva/User.csv", "veeva/Account.csv");

    /** Identities over what was loaded so far: the registry's South Dakota clinicians and hospital, then the CRM's. */
    static final class Loaded implements Identities {
        final Map<String, Ref> byNpi = new HashMap<>();
        final Map<String, Ref> orgByNpi = new HashMap<>();
        final Map<String, Ref> byAlias = new HashMap<>();
        final Map<String, String> productByName = new HashMap<>();
        final Map<String, Map<String, Object>> nodes = new LinkedHashMap<>();

        void node(NodeKind kind, String id, Map<String, Object> props) {
            Map<String, Object> node = nodes.computeIfAbsent(kind + " " + id, k -> new LinkedHashMap<>());
            Set<String> aliases = new LinkedHashSet<>();
            for (Object a : new Object[] {node.get("aliases"), props.get("aliases")}) {
                if (a != null) {
                    aliases.addAll(List.of(((String) a).split(";")));
                }
            }
            node.putAll(props);
            if (!aliases.isEmpty()) {
                node.put("aliases", String.join(";", aliases));
            }
            Ref ref = new Ref(kind, id);
            aliases.forEach(a -> byAlias.put(a, ref));
            if (props.get("npi") instanceof String npi) {
                (kind.isPerson() ? byNpi : orgByNpi).put(npi, ref);
            }
            if (kind == NodeKind.PRODUCT) {
                productByName.put(key((String) props.get("name")), id);
            }
        }

        static String key(String name) {
            return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        }

        public Ref clinician(String npi) {
            return byNpi.get(npi);
        }

        public Ref organizationByNpi(String npi) {
            return orgByNpi.get(npi);
        }

        public Ref hospitalByCcn(String ccn) {
            return null;
        }

        public Ref byAlias(String alias) {
            return byAlias.get(alias);
        }

        public ProductMatch product(String brandName, String genericName) {
            String id = brandName == null ? null : productByName.get(key(brandName));
            return id == null ? ProductMatch.NONE : new ProductMatch(id, 1);
        }

        public ProductMatch productByRxcui(String rxcui) {
            return ProductMatch.NONE;
        }
    }

    static Path file(String name) {
        try {
            return Path.of(CrmPipelineTest.class.getResource("/published/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    record Read(String file, SourceFormat format, RecordingEmit out) {
    }

    static List<Read> importAll(Loaded loaded, Region region) {
        List<Read> reads = new ArrayList<>();
        Map<String, SourceFormat> formats = new LinkedHashMap<>();
        for (String f : FILES) {
            // Any CRM format reads a header (none is headerless); detection then picks among all formats.
            SourceFormat crm = new org.kamgraph.readers.veeva.VeevaAccounts();
            formats.put(f, SourceFormats.detect(Set.copyOf(PublishedFile.of(file(f)).header(crm))).orElseThrow());
        }
        List<String> ordered = FILES.stream().sorted(Comparator.comparingInt((String f) -> formats.get(f).order())
                .thenComparing(f -> formats.get(f).name())).toList();
        for (String f : ordered) {
            SourceFormat format = formats.get(f);
            ReadContext context = new ReadContext() {
                public Identities identities() {
                    return loaded;
                }

                public Region region() {
                    return region;
                }

                public LocalDate asOf() {
                    return AS_OF;
                }

                public String fileName() {
                    return f;
                }
            };
            RecordingEmit out = ModelRows.valid(RecordingEmit.translate(format, file(f), context), format.name(), AS_OF);
            out.nodes.forEach(n -> loaded.node(n.kind(), n.id(), n.props()));
            reads.add(new Read(f, format, out));
        }
        return reads;
    }

    static Loaded registry() {
        Loaded loaded = new Loaded();
        for (String npi : List.of("1100000011", "1100000029", "1100000037", "1100000045", "1100000052", "1100000078",
                "1100000086")) {
            loaded.byNpi.put(npi, new Identities.Ref(NodeKind.CLINICIAN, Identities.npiId(npi)));
        }
        loaded.orgByNpi.put("1821017880", new Identities.Ref(NodeKind.HOSPITAL, "CCN-430027"));
        return loaded;
    }

    static List<String> relationships(List<Read> reads, RelKind type) {
        return reads.stream().flatMap(r -> r.out().relationships(type).stream())
                .map(r -> r.start() + " -> " + r.end() + " " + r.props()).toList();
    }

    @Test
    void theCrmExportLoadsAsOneMarket() {
        Loaded loaded = registry();
        List<Read> reads = importAll(loaded, new Region(Set.of("SD")));

        assertThat(reads).extracting(Read::format).extracting(SourceFormat::name).containsExactly(
                "salesforce-account", "veeva-account", "veeva-product", "veeva-user", "salesforce-contact",
                "salesforce-account-contact-relation", "salesforce-opportunity", "veeva-address", "veeva-affiliation",
                "veeva-call", "veeva-child-account", "salesforce-opportunity-contact-role");
        // One clinician per NPI, keeping the ids of both CRMs.
        assertThat(loaded.nodes.get("CLINICIAN NPI-1100000011").get("aliases"))
                .isEqualTo("veeva:001US00000VLARSEN1;salesforce:003US00000SLARSEN1");
        assertThat(loaded.nodes.get("HOSPITAL CCN-430027").get("aliases"))
                .isEqualTo("salesforce:001US00000SSANF001;veeva:001US00000VSUSD001");
        assertThat(loaded.nodes.get("CLINICIAN NPI-1100000086").get("aliases")).isEqualTo("salesforce:003US00000SMOE0001");

        assertThat(relationships(reads, RelKind.COVERS)).containsExactly(
                "VEEVA-005KAM0001 -> NPI-1100000011 {lastContact=2025-06-10, contacts=2}",
                "VEEVA-005KAM0001 -> NPI-1100000029 {lastContact=2025-01-15, contacts=1}",
                "VEEVA-005MSL0001 -> NPI-1100000045 {lastContact=2025-04-20, contacts=1}");
        assertThat(relationships(reads, RelKind.IN_DMU)).containsExactly(
                "NPI-1100000011 -> SFDC-006US00000SVRZF001 {role=decider}",
                "NPI-1100000052 -> SFDC-006US00000SVRZF001 {role=gatekeeper}",
                "SFDC-003US00000SQUINN01 -> SFDC-006US00000SVRZF001 {role=buyer}");
        assertThat(relationships(reads, RelKind.SITS_ON)).containsExactly(
                "NPI-1100000011 -> VEEVA-001US00000VPT00001 {}", "NPI-1100000052 -> VEEVA-001US00000VPT00001 {}");
        assertThat(relationships(reads, RelKind.CONCERNS)).containsExactly("SFDC-006US00000SVRZF001 -> PRD-VRZ {}");
        assertThat(relationships(reads, RelKind.INFLUENCES)).hasSize(1);

        // Every reject, per file: the outside-region Berg's relations, the sample product and the integration user.
        Map<String, List<String>> rejects = new LinkedHashMap<>();
        reads.forEach(r -> r.out().rejects.forEach(j -> rejects.computeIfAbsent(r.file(), k -> new ArrayList<>())
                .add(j.line() + " " + j.column() + ": " + j.reason())));
        assertThat(rejects).containsOnlyKeys("veeva/Product_vod__c.csv", "veeva/User.csv",
                "veeva/Child_Account_vod__c.csv", "veeva/Call2_vod__c.csv");
        assertThat(reads).extracting(r -> r.out().outsideRegion).containsExactly(0L, 1L, 0L, 0L, 1L, 0L, 0L, 1L, 0L,
                0L, 0L, 0L);
    }
}
