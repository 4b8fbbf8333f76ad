package fr.deciderensemble.trophees.web;

import java.util.Locale;

import fr.deciderensemble.trophees.account.Language;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpSession;

/**
 * The language chosen in the session (the header's switch, or the account's at login); otherwise French unless the
 * browser asks for a supported language: without an Accept-Language header the servlet container would answer in
 * the server's own locale.
 */
public class FrenchByDefault extends ViewHandlerWrapper {

    public FrenchByDefault(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        Language chosen = LanguageChoice.chosen((HttpSession) context.getExternalContext().getSession(false));
        if (chosen != null) {
            return chosen.locale();
        }
        if (context.getExternalContext().getRequestHeaderMap().get("Accept-Language") == null) {
            return Locale.FRENCH;
        }
        return super.calculateLocale(context);
    }
}
