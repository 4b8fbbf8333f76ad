package fr.deciderensemble.trophees.web;

import java.io.IOException;
import java.security.Principal;

import fr.deciderensemble.trophees.account.Accounts;
import fr.deciderensemble.trophees.account.Language;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * POST /langue: the header's language switch. A plain form rather than a Faces one, so that public pages keep no
 * view state and open no session for visitors who never switch. The choice goes into the session and, for whoever
 * is logged in, into their account, so that their mails follow it; then back to the same page.
 */
@WebServlet("/langue")
public class LanguageSwitch extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient Accounts accounts;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Language language = Language.of(request.getParameter("langue"));
        LanguageChoice.use(request.getSession(true), language);
        Principal caller = request.getUserPrincipal();
        if (caller != null) {
            accounts.byEmail(caller.getName()).ifPresent(account -> accounts.speak(account, language));
        }
        String back = request.getParameter("retour");
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + (SameSite.isPath(back) ? back : "/index.xhtml"));
    }
}
