package org.kamgraph.tools.published;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kamgraph.model.NodeKind;
import org.kamgraph.readers.Identities;

/**
 * The identities a store loaded with the generated NPPES file and catalog would hold, answered from the generated
 * universe itself (no database): a clinician NPI is known when its row is an individual's, within the NPPES rows and not
 * deactivated; products by name, generic name and RXCUI from our Product.csv. For measuring a reader alone.
 */
final class UniverseIdentities implements Identities {
    private final Universe universe;
    private final Map<String, String> productsByName = new HashMap<>();
    private final Map<String, Integer> nameCounts = new HashMap<>();
    private final Map<String, String> productsByRxcui = new HashMap<>();

    UniverseIdentities(Universe universe, Path catalog) throws IOException {
        this.universe = universe;
        if (catalog == null) {
            return;
        }
        List<String> lines = Files.readAllLines(catalog, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.getFirst().split(","));
        int id = header.indexOf("id:ID(Product)");
        int name = header.indexOf("name");
        int generic = header.indexOf("genericName");
        int rxcui = header.indexOf("rxcui");
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            for (int col : new int[] {name, generic}) {
                if (col >= 0 && !f[col].isEmpty()) {
                    String key = normal(f[col]);
                    productsByName.put(key, f[id]);
                    nameCounts.merge(key, 1, Integer::sum);
                }
            }
            if (rxcui >= 0) {
                for (String r : f[rxcui].split(";")) {
                    productsByRxcui.put(r.strip(), f[id]);
                }
            }
        }
    }

    static String normal(String name) {
        StringBuilder b = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = Character.toLowerCase(name.charAt(i));
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The NPPES row of an NPI of the universe, or -1. */
    private long row(String npi) {
        if (npi == null || npi.length() != 10) {
            return -1;
        }
        try {
            long n = Long.parseLong(npi);
            long row = n / 10 - 100_000_000L;
            return Npi.valid(n) && row >= 0 && row < universe.nppesRows && !universe.deactivated(row) ? row : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @Override
    public Ref clinician(String npi) {
        long r = row(npi);
        return r >= 0 && Universe.isIndividualRow(r) ? new Ref(NodeKind.CLINICIAN, Identities.npiId(npi)) : null;
    }

    @Override
    public Ref organizationByNpi(String npi) {
        return null; // as in a new store: the NPPES reader then names organizations by NPI itself
    }

    @Override
    public Ref hospitalByCcn(String ccn) {
        return null;
    }

    @Override
    public Ref byAlias(String alias) {
        return null;
    }

    @Override
    public ProductMatch product(String brandName, String genericName) {
        for (String n : new String[] {brandName, genericName}) {
            if (n == null || n.isBlank()) {
                continue;
            }
            String key = normal(n);
            String id = productsByName.get(key);
            if (id != null) {
                int count = nameCounts.get(key);
                return count == 1 ? new ProductMatch(id, 1) : new ProductMatch(null, count);
            }
        }
        return ProductMatch.NONE;
    }

    @Override
    public ProductMatch productByRxcui(String rxcui) {
        String id = rxcui == null ? null : productsByRxcui.get(rxcui.strip());
        return id == null ? ProductMatch.NONE : new ProductMatch(id, 1);
    }
}
