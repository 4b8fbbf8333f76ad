package fr.deciderensemble.trophees.candidacy;

import java.time.OffsetDateTime;

import fr.deciderensemble.trophees.account.Account;
import fr.deciderensemble.trophees.media.StoredFile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;

/**
 * A file a candidate joined to their dossier: a report, photos, a presentation the jury may open; or its logo, which
 * the booklet prints if the dossier is awarded.
 */
@Entity
@NamedQuery(name = "Attachment.ofDossier",
        query = "select a from Attachment a join fetch a.file where a.dossier = :dossier order by a.uploadedAt, a.id")
@NamedQuery(name = "Attachment.ofDossiers",
        query = "select a from Attachment a join fetch a.file where a.dossier in :dossiers order by a.uploadedAt, a.id")
public class Attachment {

    @Id
    @GeneratedValue(generator = "ids")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "dossier_id")
    private Dossier dossier;

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "file_id")
    private StoredFile file;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "uploaded_by")
    private Account uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private OffsetDateTime uploadedAt;

    @Column(nullable = false)
    private boolean logo;

    protected Attachment() {
    }

    Attachment(Dossier dossier, StoredFile file, Account uploadedBy, boolean logo) {
        this.dossier = dossier;
        this.file = file;
        this.uploadedBy = uploadedBy;
        this.logo = logo;
        this.uploadedAt = OffsetDateTime.now();
    }

    public Long getId() {
        return id;
    }

    public Dossier getDossier() {
        return dossier;
    }

    public StoredFile getFile() {
        return file;
    }

    public boolean isLogo() {
        return logo;
    }

    public OffsetDateTime getUploadedAt() {
        return uploadedAt;
    }
}
