package fr.deciderensemble.trophees.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;

/** Files of every kind a candidate may send, and of the kinds they must not, made here rather than kept as blobs. */
public final class SampleFiles {

    private SampleFiles() {
    }

    public static byte[] pdf() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A valid PDF of about this size: a stream of random bytes hangs from its catalogue. */
    public static byte[] pdf(int bytes) {
        byte[] filler = new byte[bytes];
        new Random(bytes).nextBytes(filler);
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.getDocumentCatalog().getCOSObject().setItem(COSName.getPDFName("Filler"),
                    new PDStream(document, new ByteArrayInputStream(filler)));
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] png(int width, int height) {
        return image("png", width, height);
    }

    public static byte[] jpeg(int width, int height) {
        return image("jpeg", width, height);
    }

    private static byte[] image(String format, int width, int height) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PNG whose header says width × height: enough to be measured, far too little to be drawn. */
    public static byte[] pngHeaderOnly(int width, int height) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            DataOutputStream ihdr = new DataOutputStream(header);
            ihdr.writeBytes("IHDR");
            ihdr.writeInt(width);
            ihdr.writeInt(height);
            ihdr.write(new byte[] {8, 2, 0, 0, 0});
            out.writeInt(13);
            out.write(header.toByteArray());
            CRC32 crc = new CRC32();
            crc.update(header.toByteArray());
            out.writeInt((int) crc.getValue());
            out.writeInt(0);
            out.writeBytes("IEND");
            CRC32 end = new CRC32();
            end.update("IEND".getBytes(StandardCharsets.US_ASCII));
            out.writeInt((int) end.getValue());
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] docx() {
        return office("word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
    }

    public static byte[] pptx() {
        return office("ppt/presentation.xml",
                "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml");
    }

    private static byte[] office(String mainPart, String contentType) {
        return zip(new Entry("[Content_Types].xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Override PartName=\"/" + mainPart + "\" ContentType=\"" + contentType + "\"/></Types>")
                .getBytes(StandardCharsets.UTF_8)), new Entry("_rels/.rels", "<Relationships/>".getBytes(StandardCharsets.UTF_8)),
                new Entry(mainPart, "<document/>".getBytes(StandardCharsets.UTF_8)));
    }

    public static byte[] odt() {
        return zip(new Entry("mimetype", "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII)),
                new Entry("content.xml", "<office:document-content/>".getBytes(StandardCharsets.UTF_8)));
    }

    /** A Word document by its manifest, with one part of {@code expandedBytes} zeros: a few hundred KB zipped. */
    public static byte[] docxBomb(long expandedBytes) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<Types><Override ContentType=\"application/vnd.openxmlformats-officedocument"
                    + ".wordprocessingml.document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/media/zeros.bin"));
            byte[] zeros = new byte[1024 * 1024];
            for (long written = 0; written < expandedBytes; written += zeros.length) {
                zip.write(zeros);
            }
            zip.closeEntry();
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A plain ZIP archive, no document. */
    public static byte[] zip() {
        return zip(new Entry("notes.txt", "bonjour".getBytes(StandardCharsets.UTF_8)));
    }

    private record Entry(String name, byte[] content) {
    }

    private static byte[] zip(Entry... entries) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Entry entry : entries) {
                zip.putNextEntry(new ZipEntry(entry.name()));
                zip.write(entry.content());
                zip.closeEntry();
            }
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
