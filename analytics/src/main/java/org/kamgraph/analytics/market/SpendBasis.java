package org.kamgraph.analytics.market;

import java.util.List;
import org.kamgraph.cypher.market.MarketProjections;
import org.kamgraph.model.RelKind;

/**
 * Which money a market answer counts: the whole annual amount of each money relationship (TOTAL), one product's part
 * of it ({@code amount.<product id>}, PRODUCT), or the sum of the parts of a therapeutic area's products
 * (THERAPEUTIC_AREA). A relationship without a product's part carries none of that product's money: parts are
 * never guessed from the total.
 *
 * @param kind            TOTAL, PRODUCT or THERAPEUTIC_AREA
 * @param product         the product of a PRODUCT basis, else null
 * @param therapeuticArea the area of a THERAPEUTIC_AREA basis, else null
 * @param products        the products whose parts count (empty for TOTAL), in id order
 */
public record SpendBasis(Kind kind, String product, String therapeuticArea, List<String> products) {
    public enum Kind { TOTAL, PRODUCT, THERAPEUTIC_AREA }

    public SpendBasis {
        products = List.copyOf(products);
    }

    public static SpendBasis total() {
        return new SpendBasis(Kind.TOTAL, null, null, List.of());
    }

    public static SpendBasis product(String product) {
        return new SpendBasis(Kind.PRODUCT, product, null, List.of(product));
    }

    public static SpendBasis area(String area, List<String> products) {
        return new SpendBasis(Kind.THERAPEUTIC_AREA, null, area, products);
    }

    /** The relationship properties whose values are added up: {@code amount}, or {@code amount.<product id>} each. */
    public List<String> amountProperties() {
        return kind == Kind.TOTAL ? List.of(MarketProjections.TOTAL_AMOUNT) : products.stream().map(RelKind::productAmount).toList();
    }

    /** In words, for the answer: what is counted and what a missing part means. */
    public String description() {
        return switch (kind) {
            case TOTAL -> "the whole annual amount of each money relationship (property amount), all products";
            case PRODUCT -> "product " + product + " only: the part of each money relationship paying for it (property "
                    + RelKind.productAmount(product) + "); a relationship without that part carries none of it";
            case THERAPEUTIC_AREA -> "therapeutic area " + therapeuticArea + ": the sum of the parts paying for its "
                    + products.size() + " products " + products + " (properties amount.<product id>); a relationship "
                    + "without those parts carries none of it";
        };
    }
}
