package org.kamgraph.tools.published;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The product catalog of {@link CatalogFile} (the same drugs, ids and names) as a Veeva CRM Product_vod__c export,
 * the layout the {@code veeva-product} reader reads (readers/src/test/resources/published/veeva/Product_vod__c.csv):
 * every brand a Detail product whose External_ID_vod__c is our product id, Company_Product_vod__c true for ours, the
 * generic name as its description. So a run of published files needs no file in our own dialect: Part D and Open
 * Payments match their drug names against these products.
 */
final class VeevaProductFile {
    static final String[] HEADER = {"Id", "Name", "Product_Type_vod__c", "External_ID_vod__c", "Therapeutic_Area_vod__c",
        "Company_Product_vod__c", "Manufacturer_vod__c", "Parent_Product_vod__c", "Description_vod__c"};

    private VeevaProductFile() {
    }

    /** The record id Veeva gives a product: an 18-character Salesforce id, {@code a00US} and the catalog number. */
    static String recordId(Drugs drugs, int drug) {
        return "a00US" + Fmt.pad(drugs.catalogNumber[drug], 13);
    }

    static long write(Drugs drugs, Path out) throws IOException {
        long n = 0;
        try (Out o = new Out(out, ',', true)) {
            o.header(HEADER);
            for (int d = 0; d < drugs.count(); d++) {
                if (!drugs.inCatalog[d]) {
                    continue;
                }
                o.text(recordId(drugs, d)).text(drugs.brand[d].toUpperCase(Locale.ROOT)).text("Detail")
                        .text(drugs.productId(d)).text(drugs.area[d])
                        .text(drugs.catalogNumber[d] % 10 == 1 ? "true" : "false").text("").text("")
                        .text(drugs.generic[d].toLowerCase(Locale.ROOT));
                o.end();
                n++;
            }
        }
        return n;
    }
}
