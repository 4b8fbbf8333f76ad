package fr.deciderensemble.trophees.web.staff;

import java.io.Serializable;
import java.util.List;

import fr.deciderensemble.trophees.audit.AuditEntry;
import fr.deciderensemble.trophees.audit.AuditLog;
import fr.deciderensemble.trophees.edition.Edition;
import fr.deciderensemble.trophees.edition.Editions;
import fr.deciderensemble.trophees.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * equipe/journal.xhtml?edition=…: the jury's journal of an edition, latest first, to sort and filter in the page
 * (view scoped, so that filtering does not read it again) and to download as CSV.
 */
@Named
@ViewScoped
public class JournalPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private long edition;
    private Edition shown;
    private List<AuditEntry> entries;

    @Inject
    private transient AuditLog audit;

    @Inject
    private transient Editions editions;

    @Inject
    private transient Messages messages;

    public void load() {
        shown = messages.orNotFound(() -> editions.find(edition));
        if (shown != null) {
            entries = audit.of(edition);
        }
    }

    public Edition getShown() {
        return shown;
    }

    public List<AuditEntry> getEntries() {
        return entries;
    }

    public long getEdition() {
        return edition;
    }

    public void setEdition(long edition) {
        this.edition = edition;
    }
}
