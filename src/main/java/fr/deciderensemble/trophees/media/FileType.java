package fr.deciderensemble.trophees.media;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file a dossier may carry: documents the jury can open anywhere and images. Each knows the names its
 * files may end with, so that a file whose name says one kind and whose bytes say another is refused: whoever
 * downloads it would otherwise open it with the wrong program.
 */
public enum FileType {

    PDF("application/pdf", "PDF", "pdf"),
    JPEG("image/jpeg", "JPEG", "jpg", "jpeg"),
    PNG("image/png", "PNG", "png"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word (DOCX)", "docx"),
    ODT("application/vnd.oasis.opendocument.text", "OpenDocument (ODT)", "odt"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "PowerPoint (PPTX)", "pptx");

    private final String mediaType;
    private final String label;
    private final List<String> extensions;

    FileType(String mediaType, String label, String... extensions) {
        this.mediaType = mediaType;
        this.label = label;
        this.extensions = List.of(extensions);
    }

    public static Optional<FileType> ofMediaType(String mediaType) {
        for (FileType type : values()) {
            if (type.mediaType.equals(mediaType)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** Whether a file so named may hold this type: its extension is one of ours, or it has none. */
    public boolean fitsName(String fileName) {
        String extension = extensionOf(fileName);
        return extension.isEmpty() || extensions.contains(extension);
    }

    /** The name as stored: an extension-less name gets this type's, so that it opens once downloaded. */
    public String nameFor(String fileName) {
        return extensionOf(fileName).isEmpty() ? fileName + "." + extensions.get(0) : fileName;
    }

    static String extensionOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 || dot == fileName.length() - 1 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    public boolean isImage() {
        return this == JPEG || this == PNG;
    }

    public String getMediaType() {
        return mediaType;
    }

    public String getLabel() {
        return label;
    }
}
