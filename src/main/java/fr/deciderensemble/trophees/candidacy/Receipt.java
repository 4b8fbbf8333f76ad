package fr.deciderensemble.trophees.candidacy;

import java.time.OffsetDateTime;

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
 * The receipt of one submission: its number, its time, and the PDF issued then, kept as it was: a dossier taken back
 * and submitted again gets a new receipt, the old one stays true of what was submitted before.
 */
@Entity
@NamedQuery(name = "Receipt.ofDossier",
        query = "select r from Receipt r join fetch r.file where r.dossier = :dossier order by r.submittedAt desc, r.id desc")
@NamedQuery(name = "Receipt.ofDossiers",
        query = "select r from Receipt r join fetch r.file where r.dossier in :dossiers order by r.submittedAt desc, r.id desc")
public class Receipt {

    @Id
    @GeneratedValue(generator = "ids")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "dossier_id")
    private Dossier dossier;

    @Column(nullable = false, length = 40)
    private String number;

    @Column(name = "submitted_at", nullable = false)
    private OffsetDateTime submittedAt;

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "file_id")
    private StoredFile file;

    protected Receipt() {
    }

    Receipt(Dossier dossier, String number, OffsetDateTime submittedAt, StoredFile file) {
        this.dossier = dossier;
        this.number = number;
        this.submittedAt = submittedAt;
        this.file = file;
    }

    public Long getId() {
        return id;
    }

    public Dossier getDossier() {
        return dossier;
    }

    public String getNumber() {
        return number;
    }

    public OffsetDateTime getSubmittedAt() {
        return submittedAt;
    }

    public StoredFile getFile() {
        return file;
    }
}
