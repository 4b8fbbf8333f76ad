package fr.deciderensemble.trophees.report;

import java.awt.geom.Rectangle2D;
import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.jfree.chart.JFreeChart;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import fr.deciderensemble.trophees.pdf.DocumentFonts;

/** Draws a chart as PDF paths and text in a form XObject: sharp at any zoom, and its labels stay searchable. */
final class VectorChart {

    private VectorChart() {
    }

    static PDFormXObject draw(PDDocument document, DocumentFonts fonts, JFreeChart chart, float width, float height)
            throws IOException {
        PdfBoxGraphics2D graphics = new PdfBoxGraphics2D(document, width, height);
        try (PdfBoxGraphics2DFontTextDrawer textDrawer = ReportFonts.chartTextDrawer(fonts)) {
            graphics.setFontTextDrawer(textDrawer);
            chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            graphics.dispose();
        }
        return graphics.getXFormObject();
    }
}
