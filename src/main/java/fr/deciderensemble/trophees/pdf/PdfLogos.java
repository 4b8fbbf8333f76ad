package fr.deciderensemble.trophees.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Reads the logos staff upload: a file that is not a readable PNG or JPEG is left out, never fatal. */
public final class PdfLogos {

    private PdfLogos() {
    }

    static PDImageXObject read(PDDocument document, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return null;
        }
        try {
            PDImageXObject image = PDImageXObject.createFromByteArray(document, bytes, "logo");
            return image.getWidth() > 0 && image.getHeight() > 0 ? image : null;
        } catch (Exception unreadable) {
            // Any decoder failure (truncated file, wrong format, bad header) means the same thing: no logo.
            return null;
        }
    }
}
