package org.kamgraph.readers.formulary;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.Optional;
import org.kamgraph.readers.SourceFormat;

/**
 * What the files of one CMS Part D formulary release share: pipe-delimited, Windows-1252, dated by the release's
 * quarter in the file's name ({@link PartD#dateFromName}).
 */
abstract class PartDReleaseFile implements SourceFormat {

    @Override
    public final char delimiter() {
        return '|';
    }

    @Override
    public final Charset charset() {
        return PartD.CHARSET;
    }

    @Override
    public final Optional<LocalDate> dateFromName(String fileName) {
        return PartD.dateFromName(fileName);
    }
}
