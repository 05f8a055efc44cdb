package org.kamgraph.readers.claims;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.kamgraph.readers.TestIdentities;

/** The tiny market (South Dakota oncology, data year 2024) as the claims formats' tests know it. */
public final class TinyMarket {
    /** The clinicians loaded from NPPES for region SD (Berg, 1100000060, is in ND). */
    public static final List<String> CLINICIANS = List.of("1100000011", "1100000029", "1100000037", "1100000045",
            "1100000052", "1100000078", "1100000086");

    private TinyMarket() {
    }

    /** A fixture under {@code src/test/resources/published/}. */
    public static Path published(String name) {
        try {
            return Path.of(TinyMarket.class.getResource("/published/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("no fixture published/" + name, e);
        }
    }

    /** The tiny market's clinicians of region SD and our product catalog (VERZENIO, IBRANCE, KISQALI). */
    public static TestIdentities identities() {
        TestIdentities ids = new TestIdentities();
        CLINICIANS.forEach(ids::withClinician);
        return ids.withProduct("PRD-VRZ", "VERZENIO", "abemaciclib", "1946840")
                .withProduct("PRD-IBR", "IBRANCE", "palbociclib", "1601380")
                .withProduct("PRD-KIS", "KISQALI", "ribociclib", "1873983");
    }
}
