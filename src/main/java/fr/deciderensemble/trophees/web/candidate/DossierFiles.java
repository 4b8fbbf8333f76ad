package fr.deciderensemble.trophees.web.candidate;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;

import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

import fr.deciderensemble.trophees.account.Account;
import fr.deciderensemble.trophees.candidacy.Attachment;
import fr.deciderensemble.trophees.candidacy.Attachments;
import fr.deciderensemble.trophees.web.CurrentUser;
import fr.deciderensemble.trophees.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The files part of candidat/dossier.xhtml: attachments and logo, each sent on its own as soon as it is chosen, with
 * its progress shown, and kept apart from the text, which saves itself: a file added never makes the text "saved
 * meanwhile", and a refused file changes nothing else.
 */
@Named
@ViewScoped
public class DossierFiles implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the upload may do with the file it was given, once the dossier and the candidate are known. */
    @FunctionalInterface
    private interface Keeping {
        Attachment keep(long dossierId, Account candidate, String name, InputStream in);
    }

    private transient Attachments.Listing listing;

    @Inject
    private DossierPage page;

    @Inject
    private transient Attachments attachments;

    @Inject
    private transient CurrentUser user;

    @Inject
    private transient Messages messages;

    public void upload(FileUploadEvent event) {
        keep(event.getFile(), attachments::add, "attachment.added");
    }

    public void uploadLogo(FileUploadEvent event) {
        keep(event.getFile(), attachments::giveLogo, "logo.stored");
    }

    public void remove(long attachmentId) {
        messages.attempt(() -> attachments.remove(attachmentId, user.account()), "attachment.removed");
        listing = reread();
    }

    private void keep(UploadedFile upload, Keeping keeping, String doneKey) {
        messages.attempt(() -> {
            try (InputStream in = upload.getInputStream()) {
                keeping.keep(page.getId(), user.account(), upload.getFileName(), in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, doneKey);
        listing = reread();
    }

    /** The attachments, the logo apart. */
    public List<Attachment> getFiles() {
        return listing().files();
    }

    public Attachment getLogo() {
        return listing().logo();
    }

    public long getMaxFileBytes() {
        return Attachments.MAX_FILE_BYTES;
    }

    /** The files as the page read them at its load, or as read again since this part changed them. */
    private Attachments.Listing listing() {
        if (listing == null) {
            listing = page.getShown() != null ? page.getShown().files() : reread();
        }
        return listing;
    }

    private Attachments.Listing reread() {
        return page.getDossier() == null ? new Attachments.Listing(List.of(), null)
                : attachments.listing(page.getDossier());
    }
}
