package org.kamgraph.tools.published;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The universe's clinicians in kam-graph's own CSV dialect (Clinician.csv, docs/IMPORT.md), as the NPPES reader would
 * write them: id {@code NPI-<npi>}, name, npi, credential, taxonomy, practice city, state; deactivated NPIs left out.
 * For measuring the readers that refer to clinicians (Part D, shared patients, Open Payments) at national size against
 * a store that holds the nation's clinicians, loaded in minutes by the bulk path instead of the NPPES import.
 */
final class CliniciansFile {
    static final String[] HEADER = {"id:ID(Clinician)", "name", "npi", "credential", "taxonomy", "practiceCity", "region",
            "source"};

    private CliniciansFile() {
    }

    static long write(Universe u, Path out, Progress progress) throws IOException {
        long n = 0;
        try (Out o = new Out(out, ',', false)) {
            o.header(HEADER);
            long clinicians = u.clinicians();
            for (long k = 0; k < clinicians; k++) {
                if (u.deactivated(Universe.rowOfClinician(k))) {
                    continue;
                }
                Universe.Clinician c = u.clinician(k);
                String name = c.first() + " " + c.last() + (c.credential() == null ? "" : " " + c.credential());
                o.text("NPI-" + c.npi()).text(name).text(Long.toString(c.npi())).text(c.credential())
                        .text(c.taxonomy().code()).text(c.city()).text(c.state().code()).text("nppes");
                o.end();
                n++;
                if ((n & 0xFFFF) == 0) {
                    progress.rows(k);
                }
            }
        }
        return n;
    }
}
