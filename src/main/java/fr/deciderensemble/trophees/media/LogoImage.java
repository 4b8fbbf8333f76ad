package fr.deciderensemble.trophees.media;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;

import javax.imageio.ImageIO;

import fr.deciderensemble.trophees.platform.Refusal;

/** Checks an uploaded logo: a PNG or JPEG that decodes, of at most 2 MB; the name of the file is not trusted. */
public final class LogoImage {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private LogoImage() {
    }

    /** The media type of the image, detected from its bytes; a refusal when it is none of ours. */
    public static String mediaType(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new Refusal("logo.required");
        }
        if (bytes.length > MAX_BYTES) {
            throw new Refusal("logo.tooLarge");
        }
        String mediaType = startsWith(bytes, PNG) ? "image/png" : startsWith(bytes, JPEG) ? "image/jpeg" : null;
        if (mediaType == null) {
            throw new Refusal("logo.notPngOrJpeg");
        }
        // The booklet embeds the image as it is: a file that does not decode would break the PDF. It is measured
        // first: decoding 20000 × 20000 pixels would take more memory than the server has.
        try {
            FileInspection.checkImageSize(new ByteArrayInputStream(bytes));
            if (ImageIO.read(new ByteArrayInputStream(bytes)) == null) {
                throw new Refusal("logo.corrupt");
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof Refusal refusal && !refusal.keys().contains("file.corrupt")) {
                throw refusal;
            }
            throw new Refusal("logo.corrupt");
        }
        return mediaType;
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        return bytes.length >= magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
    }
}
