package org.kamgraph.tools.published;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Our product catalog in kam-graph's own CSV dialect (docs/IMPORT.md): the generated drugs that are in the catalog
 * ({@link Drugs#inCatalog}), one Product each, named by brand with its generic name, so that the Part D rows of
 * those drugs match a product and every other drug name is reported unmatched. One product in ten is ours.
 */
final class CatalogFile {
    static final String[] HEADER = {"id:ID(Product)", "name", "genericName", "therapeuticArea", "rxcui", "ours:boolean"};

    private CatalogFile() {
    }

    static long write(Drugs drugs, Path out) throws IOException {
        long n = 0;
        try (Out o = new Out(out, ',', false)) {
            o.header(HEADER);
            for (int d = 0; d < drugs.count(); d++) {
                if (!drugs.inCatalog[d]) {
                    continue;
                }
                o.text(drugs.productId(d)).text(drugs.brand[d].toUpperCase(java.util.Locale.ROOT))
                        .text(drugs.generic[d].toLowerCase(java.util.Locale.ROOT)).text(drugs.area[d])
                        .text(drugs.rxcui(d)).text(drugs.catalogNumber[d] % 10 == 1 ? "true" : "false");
                o.end();
                n++;
            }
        }
        return n;
    }
}
