package fr.deciderensemble.trophees.pdf;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Text as a reader sees it: one page at a time, every kind of space as one plain space. */
public final class PdfText {

    private PdfText() {
    }

    public static String page(PDDocument pdf, int page) throws IOException {
        return pages(pdf, page, page);
    }

    public static String pages(PDDocument pdf, int first, int last) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(first);
        stripper.setEndPage(last);
        return normalized(stripper.getText(pdf));
    }

    /** The text as the booklet prints it: French typography applied, spaces normalised. */
    public static String printed(String text) {
        return normalized(FrenchText.typeset(text));
    }

    static String normalized(String text) {
        return text.replaceAll("[\\s\\u00A0\\u202F]+", " ").trim();
    }
}
