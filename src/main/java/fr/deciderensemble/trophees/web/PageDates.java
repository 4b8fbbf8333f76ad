package fr.deciderensemble.trophees.web;

import java.time.OffsetDateTime;

import fr.deciderensemble.trophees.platform.ParisTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * {@code #{parisTime.format(…)}}: a date as the pages show it, in Paris time and in the page's language; a date not
 * set (an imported edition has no deadline) reads "—" rather than leave its place blank.
 */
@Named("parisTime")
@ApplicationScoped
public class PageDates {

    public String format(OffsetDateTime instant) {
        return instant == null ? "—"
                : ParisTime.text(instant, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    /** The hour and minute in Paris, for what happens within the day: "14:02". */
    public String clock(OffsetDateTime instant) {
        return ParisTime.clock(instant);
    }
}
