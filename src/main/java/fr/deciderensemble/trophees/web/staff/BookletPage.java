package fr.deciderensemble.trophees.web.staff;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.BiConsumer;

import fr.deciderensemble.trophees.booklet.Booklets;
import fr.deciderensemble.trophees.booklet.Logos;
import fr.deciderensemble.trophees.contributors.EditionOrganisation;
import fr.deciderensemble.trophees.edition.Edition;
import fr.deciderensemble.trophees.media.LogoImage;
import fr.deciderensemble.trophees.palmares.Laureate;
import fr.deciderensemble.trophees.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

/** equipe/livret.xhtml?edition=…: what the edition's booklet prints, the laureates' texts and the logos. */
@Named
@ViewScoped
public class BookletPage implements Serializable {

    private static final long serialVersionUID = 1L;

    // Kept with the view: the lists of an upload's postback are read before its parameters are.
    private long edition;
    private transient Booklets.Draft draft;
    /** Whose logo is uploaded: "o" and an organisation's id, or "l" and a laureate's. */
    private String target;
    private transient Part logo;

    @Inject
    private transient Booklets booklets;

    @Inject
    private transient Logos logos;

    @Inject
    private transient Messages messages;

    public void load() {
        draft = messages.orNotFound(() -> booklets.draft(edition));
    }

    /** Read once for the page, and again after the view was stored away (its lists are not kept with it). */
    private Booklets.Draft draft() {
        if (draft == null) {
            draft = booklets.draft(edition);
        }
        return draft;
    }

    public Edition getEdition() {
        return draft().edition();
    }

    public List<EditionOrganisation> getOrganisations() {
        return draft().organisations();
    }

    /** The laureates' texts: the copies the process stored when the deliberation ended, or a preview before. */
    public List<Laureate> getLaureates() {
        return draft().laureates();
    }

    public boolean isTextsEditable() {
        return draft().textsEditable();
    }

    public String storeLogo() {
        if (target == null || !target.matches("[ol]\\d{1,18}")) {
            messages.addFor("target", "logo.target.required");
            return null;
        }
        long id = Long.parseLong(target.substring(1));
        return target.startsWith("o") ? storeLogo(logos::forOrganisation, id) : storeLogo(logos::forLaureate, id);
    }

    private String storeLogo(BiConsumer<Long, byte[]> store, long id) {
        if (logo == null || logo.getSize() == 0) {
            messages.addFor("logo", "logo.required");
            return null;
        }
        if (logo.getSize() > LogoImage.MAX_BYTES) {
            messages.addFor("logo", "logo.tooLarge");
            return null;
        }
        byte[] image = bytes();
        return messages.attemptFor("logo", () -> store.accept(id, image), "logo.stored")
                ? "/equipe/livret.xhtml?faces-redirect=true&edition=" + edition
                : null;
    }

    private byte[] bytes() {
        try (InputStream in = logo.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public long getEditionId() {
        return edition;
    }

    public void setEditionId(long edition) {
        this.edition = edition;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public Part getLogo() {
        return logo;
    }

    public void setLogo(Part logo) {
        this.logo = logo;
    }
}
