package fr.deciderensemble.trophees.candidacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import fr.deciderensemble.trophees.journey.Demo;
import fr.deciderensemble.trophees.journey.FreshDeployment;
import fr.deciderensemble.trophees.journey.Html;
import fr.deciderensemble.trophees.journey.Mailbox;
import fr.deciderensemble.trophees.journey.Registration;
import fr.deciderensemble.trophees.journey.WebSession;

/**
 * Two people writing one dossier, in Payara Micro on PostgreSQL: the owner invites a colleague by mail, the colleague
 * joins with the link (once), both edit and attach, neither overwrites the other silently, and once removed the
 * colleague no longer sees the dossier.
 */
@ExtendWith(ArquillianExtension.class)
class CoEditorsIT {

    private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/co-edition\\.xhtml\\?jeton=[\\w-]+)");
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
    void aColleagueJoinsWithTheLinkEditsWithTheOwnerUntilRemoved() throws Exception {
        Demo.openCall(base.toURI(), 2027);
        WebSession owner = Demo.signedIn(base.toURI(), Demo.CANDIDATE);
        String dossier = Demo.startDossier(owner);
        owner.submit(dossier, "dossier", "save", Map.of("title", "Budget participatif"));

        assertThat(Html.text(invite(owner, dossier, Demo.CANDIDATE).body())).as("not oneself")
                .contains("Vous êtes déjà titulaire de ce dossier");
        assertThat(Html.text(invite(owner, dossier, "pas une adresse").body())).contains("Saisissez une adresse e-mail valide");
        assertThat(Html.text(invite(owner, dossier, "collegue@exemple.org").body())).contains("L’invitation est envoyée",
                "collegue@exemple.org — invitation en attente");
        String link = link("collegue@exemple.org");

        String anonymous = new WebSession(base.toURI()).get(link).body();
        assertThat(Html.mainText(anonymous)).contains("Mairie de Démo-sur-Loire vous invite", "« Budget participatif »",
                "Connectez-vous pour accepter");
        assertThat(anonymous).contains("/connexion.xhtml?retour=%2Fco-edition.xhtml%3Fjeton%3D");

        WebSession colleague = Registration.confirmedCandidate(base.toURI(), mail, "collegue@exemple.org", "Camille Collègue");
        assertThat(Html.mainText(colleague.get(link).body())).as("logged in, the colleague is offered to join")
                .contains("Rejoindre ce dossier").doesNotContain("Connectez-vous pour accepter");
        HttpResponse<String> joined = colleague.submit(link, "co-edition", "join", Map.of());
        assertThat(joined.uri().getPath()).isEqualTo("/candidat/dossier.xhtml");
        assertThat(Html.messages(joined.body())).contains("Vous rédigez désormais ce dossier.");
        assertThat(Html.mainText(joined.body())).contains("Vous rédigez ce dossier avec Mairie de Démo-sur-Loire")
                .doesNotContain("Inviter");
        assertThat(Html.mainText(colleague.get("/candidat/dossiers.xhtml").body())).contains("Budget participatif");
        assertThat(Html.mainText(colleague.get(link).body())).as("the link works once")
                .contains("Ce lien d’invitation ne fonctionne pas ou plus");
        assertThat(Html.mainText(colleague.get("/co-edition.xhtml?jeton=inconnu").body()))
                .contains("Ce lien d’invitation ne fonctionne pas ou plus");

        HttpResponse<String> ownersPage = owner.get(dossier);
        HttpResponse<String> saved = colleague.submit(dossier, "dossier", "save",
                Map.of("title", "Budget participatif des jeunes"));
        assertThat(Html.messages(saved.body())).isEqualTo("Votre brouillon est enregistré.");
        HttpResponse<String> heldBack = owner.submit(ownersPage, "dossier", "save", Map.of("title", "Budget des aînés"));
        assertThat(Html.mainText(heldBack.body())).as("the second to save is told who saved, and keeps their text")
                .contains("Camille Collègue a enregistré ce dossier le");
        assertThat(Html.input(heldBack.body(), "title")).isEqualTo("Budget des aînés");
        assertThat(Html.input(owner.get(dossier).body(), "title")).isEqualTo("Budget participatif des jeunes");

        assertThat(owner.get(dossier).body()).contains("Camille Collègue (collegue@exemple.org)");
        HttpResponse<String> page = owner.get(dossier);
        Map<String, String> remove = new LinkedHashMap<>(Map.of("jakarta.faces.partial.ajax", "true",
                "jakarta.faces.source", "j_idt0", "jakarta.faces.partial.render", "team-region", "team", "team"));
        Matcher button = Pattern.compile("id=\"([^\"]*remove-co-editor)\"").matcher(page.body());
        assertThat(button.find()).isTrue();
        remove.put("jakarta.faces.source", button.group(1));
        remove.put("jakarta.faces.partial.execute", button.group(1));
        remove.put(button.group(1), button.group(1));
        remove.putAll(WebSession.formState(page.body()));
        assertThat(Html.text(owner.post(dossier, remove).body())).contains("Cette personne ne rédige plus le dossier.");
        assertThat(colleague.get(dossier).statusCode()).as("removed, the colleague no longer sees it").isEqualTo(404);
        assertThat(Demo.autosave(colleague, owner.get(dossier), Map.of("title", "Par l’ancienne collègue")).statusCode())
                .as("nor saves it").isEqualTo(404);
        assertThat(Html.input(owner.get(dossier).body(), "title")).isEqualTo("Budget participatif des jeunes");
        assertThat(Html.mainText(colleague.get("/candidat/dossiers.xhtml").body())).doesNotContain("Budget participatif");
    }

    /** The owner's invitation, sent as the team part of the page sends it. */
    private static HttpResponse<String> invite(WebSession owner, String dossier, String email) throws Exception {
        HttpResponse<String> page = owner.get(dossier);
        Map<String, String> fields = new LinkedHashMap<>(Map.of("jakarta.faces.partial.ajax", "true",
                "jakarta.faces.source", "invite", "jakarta.faces.partial.execute", "invite coEditorEmail",
                "jakarta.faces.partial.render", "team-region", "invite", "invite", "team", "team",
                "coEditorEmail", email));
        fields.putAll(WebSession.formState(page.body()));
        return owner.post(dossier, fields);
    }

    private static String link(String email) throws Exception {
        Matcher link = LINK.matcher(Mailbox.text(Mailbox.await(mail, email, "Invitation à rédiger")));
        assertThat(link.find()).as("the mail holds the link").isTrue();
        return link.group(1);
    }
}
