package org.kamgraph.analytics.keyaccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.kamgraph.cypher.BadInputException;
import org.kamgraph.cypher.NotFoundException;
import org.kamgraph.cypher.keyaccounts.KeyAccountQueries.ProductRow;
import org.junit.jupiter.api.Test;

/** Ours: A1 (oncology), A2 (cardiology); theirs: B1 (oncology), C1 (neurology). */
class ProductScopeTest {
    static final List<ProductRow> PRODUCTS = List.of(new ProductRow("A1", "Ours onc", "oncology", true),
            new ProductRow("A2", "Ours cardio", "cardiology", true), new ProductRow("B1", "Theirs onc", "oncology", false),
            new ProductRow("C1", "Theirs neuro", "neurology", false));

    @Test
    void defaultsToTheAreasOfOurProducts() {
        ProductScope s = ProductScope.resolve(PRODUCTS, null, null);
        assertThat(s.areas()).containsExactly("cardiology", "oncology");
        assertThat(s.allIds()).containsExactly("A1", "A2", "B1");
        assertThat(s.ourIds()).containsExactly("A1", "A2");
    }

    @Test
    void aSubsetOfOursNarrowsTheAreas() {
        ProductScope s = ProductScope.resolve(PRODUCTS, null, List.of("A1"));
        assertThat(s.areas()).containsExactly("oncology");
        assertThat(s.allIds()).containsExactly("A1", "B1");
        assertThat(s.ourIds()).containsExactly("A1");
    }

    @Test
    void namedAreasMayHoldNoneOfOurs() {
        ProductScope s = ProductScope.resolve(PRODUCTS, List.of("neurology"), null);
        assertThat(s.allIds()).containsExactly("C1");
        assertThat(s.ourIds()).isEmpty();
    }

    @Test
    void rejectsWhatItCannotScope() {
        assertThatThrownBy(() -> ProductScope.resolve(PRODUCTS, List.of("dermatology"), null)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("unknown therapeutic area 'dermatology'; known: cardiology, neurology, oncology");
        assertThatThrownBy(() -> ProductScope.resolve(PRODUCTS, null, List.of("B1"))).isInstanceOf(BadInputException.class)
                .hasMessageContaining("is not one of our products");
        assertThatThrownBy(() -> ProductScope.resolve(PRODUCTS, null, List.of("Z9"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> ProductScope.resolve(PRODUCTS, null, List.of())).isInstanceOf(BadInputException.class);
    }
}
