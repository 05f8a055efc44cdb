package org.kamgraph.readers;

import java.time.LocalDate;

/** What a translator may know besides its row: the identities already known, the region filter, the file's date. */
public interface ReadContext {

    Identities identities();

    Region region();

    /**
     * The day the data is as of: the date in the file's name where the publisher puts one (NPPES, the Part D data
     * year), else the import's {@code --as-of}, else today. Translators use it for {@code lastVerified} and for the
     * validity of rows without dates of their own.
     */
    LocalDate asOf();

    /** The file's name as given (no directories), for {@code source} values and messages. */
    String fileName();
}
