package fr.deciderensemble.trophees.pdf;

import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;

/** A tagged PDF as assistive technology reads it: its structure elements in reading order. */
public final class PdfTags {

    private PdfTags() {
    }

    public static List<PDStructureElement> elements(PDDocument pdf) {
        List<PDStructureElement> elements = new ArrayList<>();
        collect(pdf.getDocumentCatalog().getStructureTreeRoot(), elements);
        return elements;
    }

    /** The alternative texts of the figures: what a screen reader says of each image and chart. */
    public static List<String> figures(PDDocument pdf) {
        return elements(pdf).stream().filter(element -> "Figure".equals(element.getStructureType()))
                .map(PDStructureElement::getAlternateDescription).toList();
    }

    private static void collect(PDStructureNode node, List<PDStructureElement> elements) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                elements.add(element);
                collect(element, elements);
            }
        }
    }
}
