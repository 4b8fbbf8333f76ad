package fr.deciderensemble.trophees.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import fr.deciderensemble.trophees.platform.Refusal;

class FileInspectionTest {

    @Test
    void eachAcceptedTypeIsToldFromItsBytes() {
        assertThat(typeOf(SampleFiles.pdf())).isEqualTo(FileType.PDF);
        assertThat(typeOf(SampleFiles.png(40, 30))).isEqualTo(FileType.PNG);
        assertThat(typeOf(SampleFiles.jpeg(40, 30))).isEqualTo(FileType.JPEG);
        assertThat(typeOf(SampleFiles.docx())).isEqualTo(FileType.DOCX);
        assertThat(typeOf(SampleFiles.pptx())).isEqualTo(FileType.PPTX);
        assertThat(typeOf(SampleFiles.odt())).isEqualTo(FileType.ODT);
    }

    @Test
    void otherFilesAreRefusedWhateverTheyAreCalled() {
        assertRefused("MZ\u0090\u0000 an executable".getBytes(StandardCharsets.ISO_8859_1), "file.type");
        assertRefused("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), "file.type");
        assertRefused(SampleFiles.zip(), "file.type");
    }

    @Test
    void anArchiveThatWouldExpandPastReasonIsRefusedUnpackedNoFurther() {
        byte[] bomb = SampleFiles.docxBomb(FileInspection.MAX_EXPANDED_BYTES + 1024 * 1024);
        assertThat(bomb.length).isLessThan(1024 * 1024);
        assertRefused(bomb, "file.expands");
    }

    @Test
    void aHugeImageIsRefusedFromItsHeaderAlone() {
        assertRefused(SampleFiles.pngHeaderOnly(20_000, 20_000), "file.imageTooLarge");
        assertThat(typeOf(SampleFiles.pngHeaderOnly(2_000, 1_000))).isEqualTo(FileType.PNG);
    }

    @Test
    void aDamagedFileIsRefused() {
        assertRefused(Arrays.copyOf(SampleFiles.docx(), 40), "file.corrupt");
        assertRefused(Arrays.copyOf(SampleFiles.png(40, 30), 12), "file.corrupt");
    }

    @Test
    void aNameMustFitTheTypeItsBytesTell() {
        assertThat(FileType.PDF.fitsName("Bilan 2025.PDF")).isTrue();
        assertThat(FileType.PDF.fitsName("bilan")).isTrue();
        assertThat(FileType.PNG.fitsName("photo.pdf")).isFalse();
        assertThat(FileType.JPEG.fitsName("photo.jpeg")).isTrue();
        assertThat(FileType.PDF.nameFor("bilan")).isEqualTo("bilan.pdf");
    }

    @Test
    void aNameKeepsNoFolderNoControlCharacterAndItsExtension() {
        assertThat(FileStore.cleanName("C:\\Users\\mairie\\Bilan.pdf")).isEqualTo("Bilan.pdf");
        assertThat(FileStore.cleanName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileStore.cleanName("a\u0000b\u202Efdp.exe")).isEqualTo("abfdp.exe");
        assertThat(FileStore.cleanName("  ")).isEqualTo("fichier");
        String cut = FileStore.cleanName("x".repeat(300) + ".docx");
        assertThat(cut).hasSize(StoredFile.NAME).endsWith("x.docx");
    }

    private static FileType typeOf(byte[] bytes) {
        return FileInspection.typeOf(Arrays.copyOf(bytes, Math.min(bytes.length, 512 * 1024)),
                () -> new ByteArrayInputStream(bytes));
    }

    private static void assertRefused(byte[] bytes, String key) {
        assertThatThrownBy(() -> typeOf(bytes)).isInstanceOfSatisfying(Refusal.class,
                refusal -> assertThat(refusal.keys()).containsExactly(key));
    }
}
