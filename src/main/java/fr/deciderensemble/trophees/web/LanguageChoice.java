package fr.deciderensemble.trophees.web;

import java.util.Locale;

import fr.deciderensemble.trophees.account.Language;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The language of the pages: the session's choice ({@link LanguageSwitch}, or the account's at login), which
 * {@link FrenchByDefault} applies, and what the header's switch offers.
 */
@Named("languages")
@RequestScoped
public class LanguageChoice {

    static final String SESSION_KEY = LanguageChoice.class.getName();

    /** The language chosen in this session, if any. */
    static Language chosen(HttpSession session) {
        Object value = session == null ? null : session.getAttribute(SESSION_KEY);
        return value instanceof Language language ? language : null;
    }

    /** Makes this language the session's, as at login with the account's own. */
    public static void use(HttpSession session, Language language) {
        session.setAttribute(SESSION_KEY, language);
    }

    /** This page's address within the application, query included, for the switch to come back to. */
    public String getHere() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
        String query = request.getQueryString();
        return request.getRequestURI().substring(request.getContextPath().length()) + (query == null ? "" : "?" + query);
    }

    /** The other language, the one the switch offers. */
    public Language getOther() {
        Locale current = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return "en".equals(current.getLanguage()) ? Language.FRENCH : Language.ENGLISH;
    }

    /** The session's language, else the browser's: what a new account speaks. */
    public Language getCurrent() {
        return Language.of(FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage());
    }
}
