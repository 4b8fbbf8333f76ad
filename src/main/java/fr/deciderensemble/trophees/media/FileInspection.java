package fr.deciderensemble.trophees.media;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Set;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.apache.tika.Tika;

import fr.deciderensemble.trophees.platform.Refusal;

/**
 * Decides what a file is from its bytes: Apache Tika reads its magic numbers; office documents, which are all ZIP
 * archives, are told apart by the content types they declare inside; images are measured before anybody decodes
 * them. Nothing here trusts a name, and nothing reads more than it must: a file that would expand without bound
 * (a zip bomb) or an image of billions of pixels is refused on its declared sizes, never unpacked.
 */
public final class FileInspection {

    /** A side past which an image would take gigabytes to draw; photos of a project stay far below it. */
    public static final int MAX_IMAGE_SIDE = 10_000;
    /** Office documents of 10 MB expand to a few dozen; a zip bomb to many gigabytes. */
    static final long MAX_EXPANDED_BYTES = 200L * 1024 * 1024;
    static final int MAX_ENTRIES = 10_000;
    private static final int MAX_MANIFEST_BYTES = 1024 * 1024;
    private static final Set<String> ZIPS = Set.of("application/zip", "application/x-tika-ooxml",
            "application/x-tika-msoffice", FileType.DOCX.getMediaType(), FileType.PPTX.getMediaType(),
            FileType.ODT.getMediaType());
    private static final Tika TIKA = new Tika();

    private FileInspection() {
    }

    /**
     * The type of a file from its first bytes and, where they do not settle it, from the whole file read again.
     * A refusal (file.type, file.corrupt, file.expands, file.imageTooLarge) when it is none of ours or unsafe.
     */
    public static FileType typeOf(byte[] head, Supplier<InputStream> whole) {
        String detected = TIKA.detect(head);
        if (ZIPS.contains(detected)) {
            return officeDocument(whole);
        }
        FileType type = FileType.ofMediaType(detected).orElseThrow(() -> new Refusal("file.type"));
        if (type.isImage()) {
            try (InputStream in = whole.get()) {
                checkImageSize(in);
            } catch (IOException e) {
                throw new Refusal("file.corrupt");
            }
        }
        return type;
    }

    /**
     * Reads an image's width and height from its header, without decoding it; refused past {@link #MAX_IMAGE_SIDE}
     * or when no reader knows it.
     */
    public static void checkImageSize(InputStream in) throws IOException {
        try (ImageInputStream image = ImageIO.createImageInputStream(in)) {
            Iterator<ImageReader> readers = image == null ? null : ImageIO.getImageReaders(image);
            if (readers == null || !readers.hasNext()) {
                throw new Refusal("file.corrupt");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(image, true, true);
                if (reader.getWidth(0) > MAX_IMAGE_SIDE || reader.getHeight(0) > MAX_IMAGE_SIDE) {
                    throw new Refusal("file.imageTooLarge");
                }
            } catch (IOException | RuntimeException e) {
                if (e instanceof Refusal refusal) {
                    throw refusal;
                }
                throw new Refusal("file.corrupt");
            } finally {
                reader.dispose();
            }
        }
    }

    /**
     * A Word or PowerPoint document names its main part in [Content_Types].xml, an OpenDocument text in its
     * "mimetype" entry; every entry is read through (and counted) so that an archive that expands past reason is
     * refused whatever it claims to be.
     */
    private static FileType officeDocument(Supplier<InputStream> whole) {
        String manifest = null;
        String odfType = null;
        long expanded = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(whole.get())) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw new Refusal("file.expands");
                }
                boolean kept = entry.getName().equals("[Content_Types].xml") || entry.getName().equals("mimetype");
                ByteArrayOutputStream content = new ByteArrayOutputStream();
                for (int read = zip.read(buffer); read >= 0; read = zip.read(buffer)) {
                    expanded += read;
                    if (expanded > MAX_EXPANDED_BYTES) {
                        throw new Refusal("file.expands");
                    }
                    if (kept && content.size() < MAX_MANIFEST_BYTES) {
                        content.write(buffer, 0, read);
                    }
                }
                if (entry.getName().equals("[Content_Types].xml")) {
                    manifest = content.toString(StandardCharsets.UTF_8);
                } else if (kept) {
                    odfType = content.toString(StandardCharsets.US_ASCII).strip();
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new Refusal("file.corrupt");
        }
        if (entries == 0) {
            throw new Refusal("file.corrupt");
        }
        if (FileType.ODT.getMediaType().equals(odfType)) {
            return FileType.ODT;
        }
        if (manifest != null && manifest.contains("wordprocessingml.document.main+xml")) {
            return FileType.DOCX;
        }
        if (manifest != null && manifest.contains("presentationml.presentation.main+xml")) {
            return FileType.PPTX;
        }
        throw new Refusal("file.type");
    }
}
