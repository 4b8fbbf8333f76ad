package fr.deciderensemble.trophees.pdf;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;

/**
 * The logical structure of a tagged PDF (PDF/UA) that screen readers follow: a tree of structure elements whose
 * leaves are the marked content sequences of the pages, and the parent tree that leads from a page's content
 * back to its element. Everything drawn goes either through {@link #tagged} or through {@link #artifact} or
 * {@link #pagination}. Serves the booklet and the annual report.
 */
public final class TaggedPdf {

    /** Something drawn on a page. */
    public interface Drawing {
        void draw() throws IOException;
    }

    private final PDStructureTreeRoot root = new PDStructureTreeRoot();
    private final PDStructureElement document;
    /** For each page, in order, the structure element each of its marked-content ids belongs to. */
    private final Map<PDPage, COSArray> contentParents = new HashMap<>();
    private final Map<Integer, COSObjectable> parentTree = new HashMap<>();
    private int nextKey;

    public TaggedPdf(PDDocument pdf) {
        pdf.getDocumentCatalog().setStructureTreeRoot(root);
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        pdf.getDocumentCatalog().setMarkInfo(markInfo);
        document = new PDStructureElement(StandardStructureTypes.DOCUMENT, root);
        root.appendKid(document);
    }

    /** The top-level element. */
    public PDStructureElement document() {
        return document;
    }

    public PDStructureElement add(PDStructureElement parent, String type) {
        PDStructureElement element = new PDStructureElement(type, parent);
        parent.appendKid(element);
        return element;
    }

    /** Gives a new page its entry in the parent tree; screen readers follow the structure order (Tabs /S). */
    public void register(PDPage page) {
        COSArray parents = new COSArray();
        int key = nextKey++;
        page.setStructParents(key);
        page.getCOSObject().setItem(COSName.getPDFName("Tabs"), COSName.S);
        parentTree.put(key, parents);
        contentParents.put(page, parents);
    }

    /** Draws content of the page that belongs to {@code element}. */
    public void tagged(PDPageContentStream content, PDPage page, PDStructureElement element, Drawing drawing)
            throws IOException {
        COSArray parents = contentParents.get(page);
        int mcid = parents.size();
        parents.add(element);
        PDMarkedContentReference reference = new PDMarkedContentReference();
        reference.setPage(page);
        reference.setMCID(mcid);
        element.appendKid(reference);
        content.beginMarkedContent(COSName.getPDFName(element.getStructureType()), mcid);
        drawing.draw();
        content.endMarkedContent();
    }

    /** Draws decoration (rules, fills) that assistive technology should skip. */
    public static void artifact(PDPageContentStream content, Drawing drawing) throws IOException {
        content.beginMarkedContent(COSName.ARTIFACT);
        drawing.draw();
        content.endMarkedContent();
    }

    /** Draws running headers and page numbers, skipped by screen readers like any artifact. */
    public static void pagination(PDPageContentStream content, Drawing drawing) throws IOException {
        COSDictionary properties = new COSDictionary();
        properties.setItem(COSName.TYPE, COSName.getPDFName("Pagination"));
        content.beginMarkedContent(COSName.ARTIFACT, PDPropertyList.create(properties));
        drawing.draw();
        content.endMarkedContent();
    }

    /** Ties an annotation (a link) to its structure element, both ways. */
    public void attach(PDAnnotation annotation, PDPage page, PDStructureElement element) {
        int key = nextKey++;
        annotation.setStructParent(key);
        parentTree.put(key, element);
        PDObjectReference reference = new PDObjectReference();
        reference.setReferencedObject(annotation);
        reference.setPage(page);
        element.appendKid(reference);
    }

    /** Writes the map from marked content back to structure, once every page exists. */
    public void finish() {
        PDNumberTreeNode tree = new PDNumberTreeNode(COSObjectable.class);
        tree.setNumbers(parentTree);
        root.setParentTree(tree);
        root.setParentTreeNextKey(nextKey);
    }
}
