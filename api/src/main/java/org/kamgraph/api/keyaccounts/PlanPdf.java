package org.kamgraph.api.keyaccounts;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.kamgraph.api.keyaccounts.AccountPlan;

/**
 * The account plan as a one-page PDF, rendered from its XHTML page by Open HTML to PDF. The page is rendered at the
 * richest {@link PlanPage.Density} first and at sparser ones until the PDF has a single page (PDFBox counts them).
 */
public final class PlanPdf {
    private PlanPdf() {
    }

    public record Rendered(byte[] pdf, int pages, int level) {
    }

    public static Rendered render(AccountPlan plan, PlanPage.Paper paper) {
        Rendered last = null;
        for (int level = 0; level < PlanPage.Density.LEVELS.size(); level++) {
            byte[] pdf = pdf(PlanPage.render(plan, paper, PlanPage.Density.LEVELS.get(level), true));
            int pages = pages(pdf);
            last = new Rendered(pdf, pages, level);
            if (pages == 1) {
                return last;
            }
        }
        return last;
    }

    static byte[] pdf(String xhtml) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024)) {
            PdfRendererBuilder b = new PdfRendererBuilder();
            b.useFastMode();
            b.withHtmlContent(xhtml, null);
            b.toStream(out);
            b.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int pages(byte[] pdf) {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return d.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
