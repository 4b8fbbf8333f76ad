package fr.deciderensemble.trophees.web.site;

import java.util.Map;

import fr.deciderensemble.trophees.account.Accounts;
import fr.deciderensemble.trophees.web.LanguageChoice;
import fr.deciderensemble.trophees.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** inscription.xhtml: a candidate's account, usable once the e-mailed link is followed. */
@Named
@RequestScoped
public class RegistrationPage {

    /** Which field each refusal is about. */
    private static final Map<String, String> FIELDS = Map.of("account.password.", "password", "account.email.", "email",
            "account.name.", "displayName");

    private String email;
    private String displayName;
    private String password;
    private boolean done;

    @Inject
    private Accounts accounts;

    @Inject
    private Messages messages;

    @Inject
    private LanguageChoice languages;

    /**
     * The same answer for a known address as for a new one: its owner is told by mail. Every problem is told at
     * once, beside its field.
     */
    public void register() {
        done = messages.attemptByField(() -> accounts.register(email, password, displayName, languages.getCurrent()),
                FIELDS, null);
    }

    /** The address the mail went to, to be read back. */
    public String getSentTo() {
        return email == null ? "" : email.strip();
    }

    public boolean isDone() {
        return done;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
