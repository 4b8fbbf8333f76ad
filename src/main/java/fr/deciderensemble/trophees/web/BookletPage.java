package fr.deciderensemble.trophees.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.BiConsumer;

import fr.deciderensemble.trophees.edition.Edition;
import fr.deciderensemble.trophees.edition.Editions;
import fr.deciderensemble.trophees.publication.EditionOrganisation;
import fr.deciderensemble.trophees.publication.Laureate;
import fr.deciderensemble.trophees.publication.LaureateTexts;
import fr.deciderensemble.trophees.publication.LogoImage;
import fr.deciderensemble.trophees.publication.Logos;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

/** equipe/livret.xhtml?edition=…: what the edition's booklet prints, the laureates' texts and the logos. */
@Named
@RequestScoped
public class BookletPage {

    private long edition;
    private Edition loaded;
    private List<Laureate> laureates;
    private Part logo;

    @Inject
    private Editions editions;

    @Inject
    private LaureateTexts laureateTexts;

    @Inject
    private Logos logos;

    @Inject
    private Messages messages;

    public void load() {
        loaded = messages.orNotFound(() -> editions.find(edition));
    }

    public Edition getEdition() {
        if (loaded == null) {
            loaded = editions.find(edition);
        }
        return loaded;
    }

    public List<EditionOrganisation> getOrganisations() {
        return logos.organisationsOf(getEdition());
    }

    /** The first visit copies the awarded dossiers: staff edit the copies, never the dossiers. */
    public List<Laureate> getLaureates() {
        if (laureates == null) {
            laureates = laureateTexts.of(getEdition());
        }
        return laureates;
    }

    public String organisationLogo(long id) {
        return storeLogo(logos::forOrganisation, id);
    }

    public String laureateLogo(long id) {
        return storeLogo(logos::forLaureate, id);
    }

    private String storeLogo(BiConsumer<Long, byte[]> store, long id) {
        if (logo == null || logo.getSize() == 0) {
            messages.add(FacesMessage.SEVERITY_ERROR, "logo.required");
            return null;
        }
        if (logo.getSize() > LogoImage.MAX_BYTES) {
            messages.add(FacesMessage.SEVERITY_ERROR, "logo.tooLarge");
            return null;
        }
        byte[] image = bytes();
        return messages.attempt(() -> store.accept(id, image), "logo.stored")
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

    public Part getLogo() {
        return logo;
    }

    public void setLogo(Part logo) {
        this.logo = logo;
    }
}
