package fr.deciderensemble.trophees.jury;

import fr.deciderensemble.trophees.candidacy.Dossier;
import fr.deciderensemble.trophees.platform.TextLimits;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Version;

/**
 * The deliberation's decision for one dossier, kept by the jury rather than on the dossier, which stays what
 * the candidate submitted. No row: not decided yet; a row without recognition: decided not to award.
 */
@Entity
@NamedQuery(name = "Decision.ofEdition",
        query = "select d from Decision d join fetch d.dossier s where s.edition = :edition")
public class Decision {

    @Id
    @Column(name = "dossier_id")
    private Long dossierId;

    @MapsId
    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "dossier_id")
    private Dossier dossier;

    @Enumerated(EnumType.STRING)
    private Recognition recognition;

    @Column(name = "recognition_title", length = TextLimits.SHORT)
    private String recognitionTitle;

    @Column(length = TextLimits.ITEM)
    private String rationale;

    @Version
    private long version;

    protected Decision() {
    }

    Decision(Dossier dossier, Verdict verdict) {
        this.dossier = dossier;
        decide(verdict);
    }

    void decide(Verdict verdict) {
        recognition = verdict.recognition();
        recognitionTitle = verdict.recognitionTitle();
        rationale = verdict.rationale();
    }

    public Verdict verdict() {
        return new Verdict(recognition, recognitionTitle, rationale);
    }

    public Dossier getDossier() {
        return dossier;
    }

    public Long getDossierId() {
        return dossierId;
    }

    public Recognition getRecognition() {
        return recognition;
    }

    public String getRecognitionTitle() {
        return recognitionTitle;
    }
}
