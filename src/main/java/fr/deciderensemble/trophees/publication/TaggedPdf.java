package fr.deciderensemble.trophees.publication;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;

/**
 * The logical structure of a tagged PDF (PDF/UA): a tree of structure elements whose leaves are the marked
 * content sequences of the pages, and the parent tree that leads from a page's content back to its element.
 * Everything drawn goes either through {@link #beginTagged} or through {@link #beginArtifact}.
 */
final class TaggedPdf {

    private final PDStructureTreeRoot root = new PDStructureTreeRoot();
    private final PDStructureElement document;
    private final Map<PDPage, COSArray> contentParents = new HashMap<>();
    private final Map<Integer, COSObjectable> parentTree = new HashMap<>();
    private int nextKey;

    TaggedPdf(PDDocument pdf) {
        pdf.getDocumentCatalog().setStructureTreeRoot(root);
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        pdf.getDocumentCatalog().setMarkInfo(markInfo);
        document = new PDStructureElement("Document", root);
        root.appendKid(document);
    }

    PDStructureElement document() {
        return document;
    }

    PDStructureElement add(PDStructureElement parent, String type) {
        PDStructureElement element = new PDStructureElement(type, parent);
        parent.appendKid(element);
        return element;
    }

    /** Gives a new page its entry in the parent tree; screen readers follow the structure order (Tabs /S). */
    void register(PDPage page) {
        COSArray parents = new COSArray();
        int key = nextKey++;
        page.setStructParents(key);
        page.getCOSObject().setItem(COSName.getPDFName("Tabs"), COSName.S);
        parentTree.put(key, parents);
        contentParents.put(page, parents);
    }

    /** Opens a marked content sequence on the page that belongs to the element; close it with endMarkedContent. */
    void beginTagged(PDPageContentStream content, PDPage page, PDStructureElement element) throws IOException {
        COSArray parents = contentParents.get(page);
        int mcid = parents.size();
        parents.add(element);
        PDMarkedContentReference reference = new PDMarkedContentReference();
        reference.setPage(page);
        reference.setMCID(mcid);
        element.appendKid(reference);
        COSDictionary properties = new COSDictionary();
        properties.setInt(COSName.MCID, mcid);
        content.beginMarkedContent(COSName.getPDFName(element.getStructureType()), PDPropertyList.create(properties));
    }

    /** Running headers, page numbers and decorations: skipped by screen readers. */
    static void beginArtifact(PDPageContentStream content) throws IOException {
        COSDictionary properties = new COSDictionary();
        properties.setItem(COSName.TYPE, COSName.getPDFName("Pagination"));
        content.beginMarkedContent(COSName.ARTIFACT, PDPropertyList.create(properties));
    }

    /** Ties an annotation (a link) to its structure element, both ways. */
    void attach(PDAnnotation annotation, PDPage page, PDStructureElement element) {
        int key = nextKey++;
        annotation.setStructParent(key);
        parentTree.put(key, element);
        PDObjectReference reference = new PDObjectReference();
        reference.setReferencedObject(annotation);
        reference.setPage(page);
        element.appendKid(reference);
    }

    void finish() {
        PDNumberTreeNode tree = new PDNumberTreeNode(COSObjectable.class);
        tree.setNumbers(parentTree);
        root.setParentTree(tree);
        root.setParentTreeNextKey(nextKey);
    }
}
