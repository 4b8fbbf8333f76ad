package fr.deciderensemble.trophees.candidacy;

import java.time.OffsetDateTime;

import fr.deciderensemble.trophees.account.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A colleague who writes a dossier with its owner: they edit, attach and submit as the owner does. */
@Entity
@Table(name = "co_editor")
@NamedQuery(name = "CoEditor.ofDossier",
        query = "select c from CoEditor c join fetch c.account where c.dossier = :dossier order by c.addedAt")
@NamedQuery(name = "CoEditor.count",
        query = "select count(c) from CoEditor c where c.dossier.id = :dossier and c.account.id = :account")
public class CoEditor {

    @Id
    @GeneratedValue(generator = "ids")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "dossier_id")
    private Dossier dossier;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(name = "added_at", nullable = false)
    private OffsetDateTime addedAt;

    protected CoEditor() {
    }

    CoEditor(Dossier dossier, Account account) {
        this.dossier = dossier;
        this.account = account;
        this.addedAt = OffsetDateTime.now();
    }

    public Long getId() {
        return id;
    }

    public Dossier getDossier() {
        return dossier;
    }

    public Account getAccount() {
        return account;
    }

    public OffsetDateTime getAddedAt() {
        return addedAt;
    }
}
