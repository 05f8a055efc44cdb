package org.kamgraph.analytics.keyaccounts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.kamgraph.cypher.BadInputException;
import org.kamgraph.cypher.NotFoundException;
import org.kamgraph.cypher.keyaccounts.KeyAccountQueries.ProductRow;

/**
 * The products a tiering is about: every product in the chosen therapeutic areas ({@code all}: spend potential and
 * growth are measured on them) and ours among them ({@code ours}: access is measured on them).
 */
public record ProductScope(List<String> areas, List<ProductRow> all, List<ProductRow> ours) {

    /**
     * The scope asked for: {@code areas} null means the areas of our products (of the subset when one is given);
     * {@code productIds} null means our whole portfolio, else a subset of our products. Unknown areas and products
     * that are not ours fail as BAD_REQUEST naming the argument, unknown products as NOT_FOUND.
     */
    public static ProductScope resolve(List<ProductRow> products, List<String> areas, List<String> productIds) {
        Map<String, ProductRow> byId = new HashMap<>();
        products.forEach(p -> byId.put(p.id(), p));
        List<ProductRow> subset = null;
        if (productIds != null) {
            if (productIds.isEmpty()) {
                throw new BadInputException("scope.products", "give at least one product, or leave products out for our whole portfolio");
            }
            subset = new ArrayList<>();
            for (String id : new LinkedHashSet<>(productIds)) {
                ProductRow p = byId.get(id);
                if (p == null) {
                    throw new NotFoundException("scope.products", "no Product with id '" + id + "'");
                }
                if (!p.ours()) {
                    throw new BadInputException("scope.products", "'" + id + "' (" + p.name() + ") is not one of our products; "
                            + "the portfolio subset names our products");
                }
                subset.add(p);
            }
        }
        Set<String> known = new TreeSet<>();
        products.forEach(p -> {
            if (p.area() != null) {
                known.add(p.area());
            }
        });
        List<String> chosen;
        if (areas != null) {
            if (areas.isEmpty()) {
                throw new BadInputException("scope.therapeuticAreas", "give at least one area, or leave it out");
            }
            for (String a : areas) {
                if (!known.contains(a)) {
                    throw new BadInputException("scope.therapeuticAreas", "unknown therapeutic area '" + a + "'; known: " + String.join(", ", known));
                }
            }
            chosen = List.copyOf(new LinkedHashSet<>(areas));
        } else {
            Set<String> ofOurs = new TreeSet<>();
            (subset != null ? subset : products.stream().filter(ProductRow::ours).toList()).forEach(p -> {
                if (p.area() != null) {
                    ofOurs.add(p.area());
                }
            });
            chosen = List.copyOf(ofOurs);
        }
        Set<String> areaSet = new HashSet<>(chosen);
        List<ProductRow> all = products.stream().filter(p -> areaSet.contains(p.area())).toList();
        List<ProductRow> ours = subset != null ? subset.stream().filter(p -> areaSet.contains(p.area())).toList()
                : all.stream().filter(ProductRow::ours).toList();
        return new ProductScope(chosen, all, ours);
    }

    /** The ids of every product in scope. */
    public List<String> allIds() {
        return all.stream().map(ProductRow::id).toList();
    }

    /** The ids of our products in scope. */
    public List<String> ourIds() {
        return ours.stream().map(ProductRow::id).toList();
    }
}
