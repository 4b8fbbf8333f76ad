package fr.deciderensemble.trophees.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import fr.deciderensemble.trophees.platform.Refusal;

class LogoImageTest {

    @Test
    void pngAndJpegAreRecognisedFromTheirBytes() throws IOException {
        assertThat(LogoImage.mediaType(image("png"))).isEqualTo("image/png");
        assertThat(LogoImage.mediaType(image("jpg"))).isEqualTo("image/jpeg");
    }

    @Test
    void anotherFormatIsRefused() throws IOException {
        assertRefused(image("gif"), "logo.notPngOrJpeg");
        assertRefused("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(), "logo.notPngOrJpeg");
    }

    @Test
    void aPngThatDoesNotDecodeIsRefused() throws IOException {
        byte[] png = image("png");
        assertRefused(Arrays.copyOf(png, 20), "logo.corrupt");
    }

    @Test
    void aJpegHeaderWithGarbageIsRefused() {
        byte[] garbage = new byte[500];
        garbage[0] = (byte) 0xFF;
        garbage[1] = (byte) 0xD8;
        garbage[2] = (byte) 0xFF;
        assertRefused(garbage, "logo.corrupt");
    }

    @Test
    void moreThanTwoMegabytesIsRefused() throws IOException {
        byte[] png = Arrays.copyOf(image("png"), LogoImage.MAX_BYTES + 1);
        assertRefused(png, "logo.tooLarge");
    }

    @Test
    void nothingIsRefused() {
        assertRefused(new byte[0], "logo.required");
    }

    private static void assertRefused(byte[] bytes, String key) {
        assertThatThrownBy(() -> LogoImage.mediaType(bytes)).isInstanceOf(Refusal.class)
                .extracting(e -> ((Refusal) e).keys()).asList().containsExactly(key);
    }

    private static byte[] image(String format) throws IOException {
        BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0xFF8800);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
