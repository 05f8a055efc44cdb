package org.kamgraph.algorithms.scoring;

/** The named components of an account's key-account score, in the order they are shown. */
public enum Component {
    /** Prescribing spend of the account's clinicians in the chosen therapeutic areas, relative to the largest account. */
    SPEND("spend"),
    /** Like-for-like change of that spend since an earlier day, mapped from [-cap, +cap] onto [0, 1]. */
    GROWTH("growth"),
    /** Share of the network's influence (PageRank) its people hold, relative to the largest share. */
    INFLUENCE("influence"),
    /** Listing quality of our products at its payers, PBMs and committees, in [0, 1]. */
    ACCESS("access"),
    /** Share of its people's influence that our team covers, in [0, 1]. */
    COVERAGE("coverage");

    private final String field;

    Component(String field) {
        this.field = field;
    }

    /** The name of the component's weight and field in the API ({@code spend}, {@code growth}, ...). */
    public String field() {
        return field;
    }
}
