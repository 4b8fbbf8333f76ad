package fr.deciderensemble.trophees.web.site;

import java.util.List;

import fr.deciderensemble.trophees.edition.Edition;
import fr.deciderensemble.trophees.edition.Editions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** index.xhtml: the open call, if any, and the editions whose results are public. */
@Named
@RequestScoped
public class HomePage {

    @Inject
    private Editions editions;

    private Edition open;
    private List<Edition> published;

    public Edition getOpenEdition() {
        if (open == null) {
            open = editions.openForSubmissions().orElse(null);
        }
        return open;
    }

    public List<Edition> getPublished() {
        if (published == null) {
            published = editions.published();
        }
        return published;
    }
}
