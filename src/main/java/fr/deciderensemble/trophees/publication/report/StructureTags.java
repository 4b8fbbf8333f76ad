package fr.deciderensemble.trophees.publication.report;

import java.io.IOException;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * The logical structure of the report (headings, paragraphs, tables, figures) that screen readers follow, and
 * the marking of decoration as artifacts they skip: what PDF/UA asks of a tagged document.
 */
final class StructureTags {

    /** Something drawn on the current page. */
    interface Drawing {
        void draw() throws IOException;
    }

    private final PDStructureTreeRoot root = new PDStructureTreeRoot();
    private final PDStructureElement document;
    /** For each page, in order, the structure element each marked-content id belongs to. */
    private final COSArray parentTree = new COSArray();
    private PDPage page;
    private COSArray pageParents;

    StructureTags(PDDocument pdf) {
        PDDocumentCatalog catalog = pdf.getDocumentCatalog();
        catalog.setStructureTreeRoot(root);
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        catalog.setMarkInfo(markInfo);
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true); // readers announce the title, not the file name
        catalog.setViewerPreferences(preferences);
        document = new PDStructureElement(StandardStructureTypes.DOCUMENT, root);
        root.appendKid(document);
    }

    void startPage(PDPage newPage) {
        page = newPage;
        pageParents = new COSArray();
        int key = parentTree.size() / 2;
        page.setStructParents(key);
        page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
        parentTree.add(COSInteger.get(key));
        parentTree.add(pageParents);
    }

    /** A new element at the top level of the document. */
    PDStructureElement element(String type) {
        return element(type, document);
    }

    PDStructureElement element(String type, PDStructureElement parent) {
        PDStructureElement element = new PDStructureElement(type, parent);
        parent.appendKid(element);
        return element;
    }

    /** Draws content that belongs to {@code element}. */
    void tagged(PDPageContentStream content, PDStructureElement element, Drawing drawing) throws IOException {
        int mcid = pageParents.size();
        pageParents.add(element);
        PDMarkedContentReference reference = new PDMarkedContentReference();
        reference.setPage(page);
        reference.setMCID(mcid);
        element.appendKid(reference);
        content.beginMarkedContent(COSName.getPDFName(element.getStructureType()), mcid);
        drawing.draw();
        content.endMarkedContent();
    }

    /** Draws decoration (rules, fills, page numbers) that assistive technology should skip. */
    static void artifact(PDPageContentStream content, Drawing drawing) throws IOException {
        content.beginMarkedContent(COSName.ARTIFACT);
        drawing.draw();
        content.endMarkedContent();
    }

    /** Writes the map from marked content back to structure, once every page exists. */
    void finish() {
        COSDictionary tree = new COSDictionary();
        tree.setItem(COSName.NUMS, parentTree);
        root.getCOSObject().setItem(COSName.PARENT_TREE, tree);
        root.setParentTreeNextKey(parentTree.size() / 2);
    }
}
