package fr.deciderensemble.trophees.jury;

import fr.deciderensemble.trophees.account.Account;
import fr.deciderensemble.trophees.candidacy.Dossier;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;

/** The juror staff named to decide a dossier in the place of a president who has a conflict of interest with it. */
@Entity
@NamedQuery(name = "Deputy.ofEdition",
        query = "select d from Deputy d join fetch d.juror join fetch d.dossier s where s.edition = :edition")
public class Deputy {

    @Id
    @Column(name = "dossier_id")
    private Long dossierId;

    @MapsId
    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "dossier_id")
    private Dossier dossier;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "juror_id")
    private Account juror;

    protected Deputy() {
    }

    Deputy(Dossier dossier, Account juror) {
        this.dossier = dossier;
        this.juror = juror;
    }

    void replaceBy(Account juror) {
        this.juror = juror;
    }

    public Long getDossierId() {
        return dossierId;
    }

    public Dossier getDossier() {
        return dossier;
    }

    public Account getJuror() {
        return juror;
    }
}
