package fr.deciderensemble.trophees.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import fr.deciderensemble.trophees.journey.FreshDeployment;
import fr.deciderensemble.trophees.journey.Html;
import fr.deciderensemble.trophees.journey.Mailbox;
import fr.deciderensemble.trophees.journey.Registration;
import fr.deciderensemble.trophees.journey.WebSession;
import jakarta.mail.internet.MimeMessage;

/**
 * An account's owner helps themselves, on PostgreSQL with mails caught by GreenMail: a forgotten password, a lost
 * confirmation mail, a new address, a new language; and no answer ever tells whether an address has an account.
 * Each test uses its own addresses, so the tests hold in any order.
 */
@ExtendWith(ArquillianExtension.class)
class AccountHelpIT {

    private static final String NEW_PASSWORD = "un-autre-mot-de-passe-long";
    /** The application's mails, caught by GreenMail for the whole class. */
    @RegisterExtension
    static final GreenMailExtension mail = Mailbox.server();

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive application() throws SQLException {
        return FreshDeployment.onFreshDatabase();
    }

    @Test
    void registeringAKnownAddressAnswersLikeANewOneAndTellsTheOwnerByMail() throws Exception {
        Registration.confirmedCandidate(base.toURI(), mail, "deja@exemple.org", "Mairie de Déjà");

        HttpResponse<String> again = register("Deja@Exemple.org", "Quelqu’un d’autre");
        HttpResponse<String> fresh = register("inconnue@exemple.org", "Mairie Inconnue");

        assertThat(Html.mainText(fresh.body())).as("the address is read back")
                .contains("vient d’être envoyé à inconnue@exemple.org");
        assertThat(Html.mainText(again.body()).replace("Deja@Exemple.org", "…"))
                .isEqualTo(Html.mainText(fresh.body()).replace("inconnue@exemple.org", "…"));
        MimeMessage told = Mailbox.await(mail, "deja@exemple.org", "votre compte existe déjà");
        assertThat((String) told.getContent()).contains("Mairie de Déjà", "/mot-de-passe.xhtml");
        assertThat(new WebSession(base.toURI()).login("deja@exemple.org", Registration.PASSWORD).uri().getPath())
                .as("the first owner's password still opens the account").isEqualTo("/candidat/dossiers.xhtml");
    }

    @Test
    void anEmptyRegistrationNamesEveryMissingFieldBesideIt() throws Exception {
        HttpResponse<String> empty = new WebSession(base.toURI()).submit("/inscription.xhtml", "register", "submit",
                Map.of("displayName", " ", "email", "", "password", ""));

        assertThat(Html.messages(empty.body())).contains("Le nom est obligatoire", "L’adresse e-mail n’est pas valide",
                "entre 12 et 128 caractères");
        for (String field : new String[] {"displayName", "email", "password"}) {
            assertThat(empty.body()).as("the field %s is marked", field)
                    .containsPattern("id=\"" + field + "\"[^>]*aria-invalid=\"true\"");
        }
    }

    @Test
    void aLostConfirmationMailIsSentAgainAndTheNewLinkWorksOnce() throws Exception {
        register("perdu@exemple.org", "Association Perdue");
        Mailbox.await(mail, "perdu@exemple.org", "confirmez");

        WebSession visitor = new WebSession(base.toURI());
        HttpResponse<String> asked = visitor.submit("/confirmation.xhtml", "resend", "resendConfirmation",
                Map.of("email", "perdu@exemple.org"));
        HttpResponse<String> askedForNobody = visitor.submit("/confirmation.xhtml", "resend", "resendConfirmation",
                Map.of("email", "personne@exemple.org"));

        assertThat(Html.mainText(asked.body())).contains("un nouveau lien vient de lui être envoyé")
                .isEqualTo(Html.mainText(askedForNobody.body()));
        MimeMessage second = Mailbox.await(mail, "perdu@exemple.org", "confirmez", 2).get(1);
        String link = Mailbox.link(second, "confirmation.xhtml");
        assertThat(Html.mainText(visitor.get(link).body())).as("opening the link confirms nothing: mail filters open links")
                .contains("appuyez sur le bouton").doesNotContain("est confirmée");
        assertThat(visitor.submit(link, "confirm", "confirmAddress", Map.of()).body()).contains("est confirmée");
        assertThat(visitor.get(link).body()).as("a link works once").contains("a déjà été utilisé");
        assertThat(visitor.login("perdu@exemple.org", Registration.PASSWORD).uri().getPath())
                .isEqualTo("/candidat/dossiers.xhtml");
    }

    @Test
    void aForgottenPasswordIsResetThroughASingleUseLink() throws Exception {
        WebSession forgotten = Registration.confirmedCandidate(base.toURI(), mail, "oubli@exemple.org",
                "Commune Oublieuse");
        WebSession visitor = new WebSession(base.toURI());

        HttpResponse<String> known = visitor.submit("/mot-de-passe.xhtml", "forgotten", "send",
                Map.of("email", "oubli@exemple.org"));
        HttpResponse<String> unknown = visitor.submit("/mot-de-passe.xhtml", "forgotten", "send",
                Map.of("email", "jamais-vu@exemple.org"));
        assertThat(Html.mainText(known.body())).contains("Si un compte existe avec cette adresse")
                .isEqualTo(Html.mainText(unknown.body()));

        String link = Mailbox.link(Mailbox.await(mail, "oubli@exemple.org", "nouveau mot de passe"),
                "nouveau-mot-de-passe.xhtml");
        HttpResponse<String> weak = visitor.submit(link, "new-password", "save", Map.of("password", "court"));
        assertThat(Html.messages(weak.body())).contains("entre 12 et 128 caractères");
        HttpResponse<String> saved = visitor.submit(link, "new-password", "save", Map.of("password", NEW_PASSWORD));
        assertThat(saved.uri().getPath()).isEqualTo("/connexion.xhtml");
        assertThat(Html.messages(saved.body())).contains("Votre nouveau mot de passe est enregistré");
        assertThat(forgotten.get("/candidat/dossiers.xhtml").headers().firstValue("Location").orElse(""))
                .as("a session opened with the old password ends: it may be a thief's").contains("/connexion.xhtml");

        assertThat(visitor.get(link).body()).as("a reset link works once").contains("id=\"reset-invalid\"")
                .doesNotContain("id=\"new-password\"");
        assertThat(new WebSession(base.toURI()).login("oubli@exemple.org", Registration.PASSWORD).body())
                .contains("Adresse e-mail ou mot de passe incorrect");
        assertThat(new WebSession(base.toURI()).login("oubli@exemple.org", NEW_PASSWORD).uri().getPath())
                .isEqualTo("/candidat/dossiers.xhtml");
    }

    @Test
    void aSecondResetRequestRetiresTheFirstLink() throws Exception {
        Registration.confirmedCandidate(base.toURI(), mail, "deux-fois@exemple.org", "Commune Prudente");
        WebSession visitor = new WebSession(base.toURI());
        visitor.submit("/mot-de-passe.xhtml", "forgotten", "send", Map.of("email", "deux-fois@exemple.org"));
        String first = Mailbox.link(Mailbox.await(mail, "deux-fois@exemple.org", "nouveau mot de passe"),
                "nouveau-mot-de-passe.xhtml");
        visitor.submit("/mot-de-passe.xhtml", "forgotten", "send", Map.of("email", "deux-fois@exemple.org"));
        Mailbox.await(mail, "deux-fois@exemple.org", "nouveau mot de passe", 2);

        assertThat(visitor.get(first).body()).contains("id=\"reset-invalid\"");
        assertThat(visitor.get("/nouveau-mot-de-passe.xhtml?jeton=inventé").body()).contains("id=\"reset-invalid\"");
    }

    @Test
    void loginComesBackToTheExactPageAskedFor() throws Exception {
        Registration.confirmedCandidate(base.toURI(), mail, "retour@exemple.org", "Mairie du Retour");
        WebSession session = new WebSession(base.toURI());
        HttpResponse<String> refused = session.get("/compte.xhtml?onglet=adresse&x=1");
        HttpResponse<String> asked = session.get(refused.headers().firstValue("Location").orElseThrow());
        assertThat(asked.uri().getPath()).isEqualTo("/connexion.xhtml");

        HttpResponse<String> landed = session.submit(asked, "login", "submit", Map.of("email", "retour@exemple.org",
                "password", Registration.PASSWORD, "retour", Html.input(asked.body(), "retour")));

        assertThat(landed.uri().getPath() + "?" + landed.uri().getQuery()).isEqualTo("/compte.xhtml?onglet=adresse&x=1");
    }

    @Test
    void theAccountPageChangesNameLanguagePasswordAndAddress() throws Exception {
        WebSession candidate = Registration.confirmedCandidate(base.toURI(), mail, "ancienne@exemple.org",
                "Mairie de Changé");
        WebSession elsewhere = new WebSession(base.toURI());
        elsewhere.login("ancienne@exemple.org", Registration.PASSWORD);
        assertThat(elsewhere.get("/compte.xhtml").statusCode()).isEqualTo(200);

        HttpResponse<String> wrong = candidate.submit("/compte.xhtml", "password-change", "changePassword",
                Map.of("currentPassword", "pas-le-bon-mot-de-passe", "newPassword", NEW_PASSWORD));
        assertThat(Html.messages(wrong.body())).isEqualTo("Le mot de passe actuel n’est pas le bon.");
        HttpResponse<String> changed = candidate.submit("/compte.xhtml", "password-change", "changePassword",
                Map.of("currentPassword", Registration.PASSWORD, "newPassword", NEW_PASSWORD));
        assertThat(Html.messages(changed.body())).isEqualTo("Votre nouveau mot de passe est enregistré.");
        assertThat(elsewhere.get("/compte.xhtml").headers().firstValue("Location").orElse(""))
                .as("the account's other sessions end with the old password").contains("/connexion.xhtml");
        assertThat(candidate.get("/compte.xhtml").statusCode()).as("the session that changed it goes on")
                .isEqualTo(200);

        HttpResponse<String> english = candidate.submit("/compte.xhtml", "profile", "saveProfile",
                Map.of("displayName", "Mairie de Changé-sur-Loire", "language", "en"));
        assertThat(english.body()).contains("<h1>My account</h1>", "value=\"Mairie de Changé-sur-Loire\"");
        assertThat(Html.messages(english.body())).as("said in the language just chosen").isEqualTo("Your changes are saved.");

        HttpResponse<String> unproved = candidate.submit("/compte.xhtml", "email-change", "changeEmail",
                Map.of("newEmail", "nouvelle@exemple.org", "passwordForEmail", "pas-le-bon-mot-de-passe"));
        assertThat(Html.messages(unproved.body())).isEqualTo("The current password is not right.");
        candidate.submit("/compte.xhtml", "email-change", "changeEmail",
                Map.of("newEmail", "nouvelle@exemple.org", "passwordForEmail", NEW_PASSWORD));
        MimeMessage confirm = Mailbox.await(mail, "nouvelle@exemple.org", "confirm your new email address");
        assertThat(new WebSession(base.toURI()).login("nouvelle@exemple.org", NEW_PASSWORD).body())
                .as("the new address is used only once confirmed").contains("incorrect");

        HttpResponse<String> confirmed = candidate.submit(Mailbox.link(confirm, "confirmation.xhtml"), "confirm",
                "confirmAddress", Map.of());
        assertThat(confirmed.body()).contains("Your new email address is confirmed");
        assertThat(candidate.get("/compte.xhtml").body()).as("the session that asked stays open, at the new address")
                .contains("<strong id=\"current-email\">nouvelle@exemple.org</strong>");
        assertThat((String) Mailbox.await(mail, "ancienne@exemple.org", "your account’s address has changed")
                .getContent()).as("the old address is told, in the account's language").contains("nouvelle@exemple.org");
        assertThat(new WebSession(base.toURI()).login("ancienne@exemple.org", NEW_PASSWORD).body())
                .contains("incorrect");
        WebSession again = new WebSession(base.toURI());
        assertThat(again.login("nouvelle@exemple.org", NEW_PASSWORD).body())
                .as("the account's language comes back at login").contains("lang=\"en\"");
    }

    @Test
    void everyPageSwitchesLanguageAndComesBackToItself() throws Exception {
        WebSession visitor = new WebSession(base.toURI());
        assertThat(visitor.get("/mot-de-passe.xhtml").body()).contains("lang=\"fr\"", "Mot de passe oublié");

        HttpResponse<String> switched = visitor.post("/langue",
                Map.of("langue", "en", "retour", "/confirmation.xhtml?jeton=x"));

        assertThat(switched.uri().getPath() + "?" + switched.uri().getQuery()).isEqualTo("/confirmation.xhtml?jeton=x");
        assertThat(switched.body()).contains("lang=\"en\"", "This confirmation link is not valid");
        HttpResponse<String> elsewhere = visitor.post("/langue", Map.of("langue", "fr", "retour", "https://evil.example/"));
        assertThat(elsewhere.uri().getHost()).isNotEqualTo("evil.example");
        assertThat(elsewhere.body()).contains("lang=\"fr\"");
    }

    private HttpResponse<String> register(String email, String name) throws Exception {
        return new WebSession(base.toURI()).submit("/inscription.xhtml", "register", "submit",
                Map.of("displayName", name, "email", email, "password", Registration.PASSWORD));
    }
}
