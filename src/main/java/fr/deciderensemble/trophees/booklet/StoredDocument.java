package fr.deciderensemble.trophees.booklet;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A published document as built for one version of what it prints: see {@link PublishedDocuments}. */
@Entity
@Table(name = "published_document")
@IdClass(StoredDocument.Key.class)
public class StoredDocument {

    /** The primary key: one stored document per edition and kind, the latest built. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private long editionId;
        private String kind;

        public Key() {
        }

        Key(long editionId, String kind) {
            this.editionId = editionId;
            this.kind = kind;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.editionId == editionId && Objects.equals(key.kind, kind);
        }

        @Override
        public int hashCode() {
            return Objects.hash(editionId, kind);
        }
    }

    @Id
    @Column(name = "edition_id")
    private long editionId;

    @Id
    private String kind;

    @Column(name = "documents_version", nullable = false)
    private long documentsVersion;

    @Column(nullable = false)
    private String build;

    @Column(nullable = false)
    private String etag;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected StoredDocument() {
    }

    StoredDocument(long editionId, String kind, long documentsVersion, String build, PublishedDocuments.Document document) {
        this.editionId = editionId;
        this.kind = kind;
        this.documentsVersion = documentsVersion;
        this.build = build;
        this.etag = document.etag();
        this.content = document.content();
        this.createdAt = OffsetDateTime.now();
    }

    boolean isFor(long version, String currentBuild) {
        return documentsVersion == version && build.equals(currentBuild);
    }

    String getEtag() {
        return etag;
    }

    byte[] getContent() {
        return content;
    }
}
