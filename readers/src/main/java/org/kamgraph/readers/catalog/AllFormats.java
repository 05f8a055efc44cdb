package org.kamgraph.readers.catalog;

import java.util.List;
import org.kamgraph.readers.FormatCatalog;
import org.kamgraph.readers.SourceFormat;

/**
 * Every published format kam-graph reads. Add a new format here: it is then listed by {@code importFormats}, the
 * command and the upload ({@link org.kamgraph.readers.SourceFormats} finds this catalog through
 * {@code META-INF/services/org.kamgraph.readers.FormatCatalog}, so the seam's package does not depend on the formats').
 */
public final class AllFormats implements FormatCatalog {

    @Override
    public List<SourceFormat> formats() {
        return List.of(
            new org.kamgraph.readers.ahrq.AhrqSystems(),
            new org.kamgraph.readers.ahrq.AhrqHospitalLinkage(),
            new org.kamgraph.readers.formulary.PartDPlans(),
            new org.kamgraph.readers.formulary.PartDFormulary(),
            new org.kamgraph.readers.formulary.PartDPharmacyNetwork()
        );
    }
}
