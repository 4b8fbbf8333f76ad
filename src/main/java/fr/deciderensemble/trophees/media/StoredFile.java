package fr.deciderensemble.trophees.media;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What is known of a file kept in the database: its name, its type as its bytes tell it, its size and its SHA-256,
 * which receipts print. The bytes themselves lie in chunks beside it ({@link FileStore}), never in this entity, so
 * that listing files reads no content.
 */
@Entity
@Table(name = "stored_file")
public class StoredFile {

    public static final int NAME = 200;

    @Id
    @GeneratedValue(generator = "ids")
    private Long id;

    @Column(nullable = false, length = NAME)
    private String name;

    @Column(name = "media_type", nullable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "stored_at", nullable = false)
    private OffsetDateTime storedAt;

    protected StoredFile() {
    }

    StoredFile(String name) {
        this.name = name;
        this.mediaType = "application/octet-stream";
        this.sha256 = "";
        this.storedAt = OffsetDateTime.now();
    }

    void describe(FileType type, long size, String sha256) {
        this.name = type.nameFor(name);
        this.mediaType = type.getMediaType();
        this.size = size;
        this.sha256 = sha256;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getMediaType() {
        return mediaType;
    }

    public FileType getType() {
        return FileType.ofMediaType(mediaType).orElseThrow();
    }

    public long getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }

    public OffsetDateTime getStoredAt() {
        return storedAt;
    }
}
