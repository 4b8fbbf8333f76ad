package fr.deciderensemble.trophees.web.staff;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;

import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import fr.deciderensemble.trophees.audit.AuditEntry;
import fr.deciderensemble.trophees.audit.AuditLog;
import fr.deciderensemble.trophees.audit.JournalCsv;
import fr.deciderensemble.trophees.edition.Edition;
import fr.deciderensemble.trophees.edition.Editions;
import fr.deciderensemble.trophees.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * equipe/journal.xhtml?edition=…: the jury's journal of an edition, latest first, to sort and filter in the page
 * (view scoped, so that filtering does not read it again) and to download as CSV, whole or as filtered.
 */
@Named
@ViewScoped
public class JournalPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private long edition;
    private Edition shown;
    private List<AuditEntry> entries;
    /** The rows the table's filters leave, as PrimeFaces keeps them; null while nothing is filtered. */
    private List<AuditEntry> filtered;

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

    public List<AuditEntry> getFiltered() {
        return filtered;
    }

    public void setFiltered(List<AuditEntry> filtered) {
        this.filtered = filtered;
    }

    /** The rows the filters leave, in the table's order, as the same CSV as the whole journal's. */
    public StreamedContent getFilteredCsv() {
        byte[] csv = JournalCsv.write(filtered == null ? entries : filtered);
        return DefaultStreamedContent.builder().contentType("text/csv; charset=UTF-8")
                .name("trophees-" + shown.getYear() + "-journal-filtre.csv")
                .stream(() -> new ByteArrayInputStream(csv)).build();
    }

    public long getEdition() {
        return edition;
    }

    public void setEdition(long edition) {
        this.edition = edition;
    }
}
