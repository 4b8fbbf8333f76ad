package fr.deciderensemble.trophees.web.staff;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import fr.deciderensemble.trophees.exchange.EditionImport;
import fr.deciderensemble.trophees.exchange.EditionJson;
import fr.deciderensemble.trophees.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

/** equipe/editions.xhtml: a past edition from its booklet's JSON file, the same import as the API's. */
@Named
@RequestScoped
public class EditionImportPage {

    private Part file;

    @Inject
    private EditionImport editionImport;

    @Inject
    private Messages messages;

    public String upload() {
        if (file == null || file.getSize() == 0) {
            messages.add(FacesMessage.SEVERITY_ERROR, "import.file.required");
            return null;
        }
        if (file.getSize() > EditionJson.MAX_BYTES) {
            messages.add(FacesMessage.SEVERITY_ERROR, "import.file.tooLarge");
            return null;
        }
        EditionJson.Result read = EditionJson.read(content());
        if (!read.valid()) {
            read.errors().forEach(error -> messages.add(FacesMessage.SEVERITY_ERROR, "import.problemAt",
                    error.pointer().isEmpty() ? messages.text("import.document") : error.pointer(),
                    messages.text(error.key())));
            return null;
        }
        return messages.attempt(() -> editionImport.store(read.edition()), "import.stored")
                ? "/equipe/editions.xhtml?faces-redirect=true"
                : null;
    }

    private String content() {
        try (InputStream in = file.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
