package org.kamgraph.readers;

import java.util.List;

/**
 * Lists formats for {@link SourceFormats}, which finds catalogs with {@link java.util.ServiceLoader} (registered in
 * {@code META-INF/services/org.kamgraph.readers.FormatCatalog}): so this package, the seam, never refers to the
 * packages of the formats that implement it (no package cycle). The readers' own formats are listed by
 * {@link org.kamgraph.readers.catalog.AllFormats}.
 */
public interface FormatCatalog {

    /** The formats of this catalog. */
    List<SourceFormat> formats();
}
