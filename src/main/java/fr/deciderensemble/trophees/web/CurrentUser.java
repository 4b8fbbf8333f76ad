package fr.deciderensemble.trophees.web;

import java.io.IOException;

import fr.deciderensemble.trophees.account.Account;
import fr.deciderensemble.trophees.account.Accounts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

/** Who is logged in, for the pages: navigation by role and logout. */
@Named("user")
@RequestScoped
public class CurrentUser {

    @Inject
    private SecurityContext security;

    @Inject
    private Accounts accounts;

    private Account account;

    public boolean isLoggedIn() {
        return security.getCallerPrincipal() != null;
    }

    public String getEmail() {
        return isLoggedIn() ? security.getCallerPrincipal().getName() : "";
    }

    public boolean hasRole(String role) {
        return security.isCallerInRole(role);
    }

    /** Read once per request: pages ask for it from several getters while they render. */
    public Account account() {
        if (account == null) {
            account = accounts.current(getEmail());
        }
        return account;
    }

    /** Where each role starts after login. */
    public String home() {
        if (hasRole("STAFF")) {
            return "/equipe/editions.xhtml";
        }
        if (hasRole("JURY_PRESIDENT")) {
            return "/jury/deliberation.xhtml";
        }
        if (hasRole("JUROR")) {
            return "/jury/dossiers.xhtml";
        }
        if (hasRole("CANDIDATE")) {
            return "/candidat/dossiers.xhtml";
        }
        return "/index.xhtml";
    }

    public void logout() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/index.xhtml");
    }
}
