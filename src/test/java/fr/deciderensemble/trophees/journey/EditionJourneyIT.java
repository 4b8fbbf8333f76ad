package fr.deciderensemble.trophees.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import fr.deciderensemble.trophees.media.SampleFiles;
import fr.deciderensemble.trophees.pdf.PdfTags;
import fr.deciderensemble.trophees.pdf.VeraPdf;
import jakarta.mail.internet.MimeMessage;

/**
 * Steps 1 to 6 of an edition, through the UI of the built jar on its embedded database, with
 * the e-mails read from an SMTP server running in the test.
 */
class EditionJourneyIT {

    private static final String DEMO_PASSWORD = "trophees-demo";
    private static final String CANDIDATE = "mairie@saint-exemple.fr";
    private static final String CANDIDATE_PASSWORD = "une-phrase-de-passe";
    /** The password the candidate registers with, forgets, and replaces through the mailed link. */
    private static final String FORGOTTEN_PASSWORD = "une-phrase-oubliee-aussitot";
    private static final String COLLEAGUE = "secretariat@saint-exemple.fr";
    private static final String TITLE = "Budget participatif des écoliers";
    private static final String MENTIONED = "Conseil des jeunes du quartier";
    private static final String MENTION = "Mention spéciale du jury — inclusion des jeunes";
    private static final String PRIZED = "Assemblée citoyenne du littoral";
    private static final String PRIZE = "Prix du jury — tirage au sort";
    private static final String DRAFT_PRIZE = "Prix du jury provisoire";
    /** The colleague's own dossier, which staff find out of scope. */
    private static final String OUT_OF_SCOPE = "Visite guidée du centre ancien";
    private static final String OUT_OF_SCOPE_REASON = "Une visite guidée, sans participation des habitants aux décisions.";
    private static final String NEW_JUROR = "jure3@trophees.example";
    private static final String NEW_JUROR_PASSWORD = "un jury bien composé";
    private static final Pattern INVITATION_LINK = Pattern.compile("(http://\\S+/invitation\\.xhtml\\?jeton=[\\w-]+)");
    private static final Pattern CONFIRMATION_LINK = Pattern.compile("(http://\\S+/confirmation\\.xhtml\\?jeton=[\\w-]+)");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private static GreenMail mail;
    private static RunningApplication app;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        int smtpPort = RunningApplication.freePort();
        mail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        Path data = Files.createTempDirectory("trophees-journey");
        app = RunningApplication.start(data, Map.of(
                "TROPHEES_DEMO", "true",
                "TROPHEES_SMTP_HOST", "127.0.0.1",
                "TROPHEES_SMTP_PORT", String.valueOf(smtpPort),
                "TROPHEES_MAIL_FROM", "trophees@deciderensemble.example",
                // No retention at all: the unawarded dossiers go as soon as the edition closes.
                "TROPHEES_RETENTION", "P0D"));
        browser = new Browser(app);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (app != null) {
            app.close();
        }
        if (mail != null) {
            mail.stop();
        }
    }

    @Test
    void oneEditionGoesThroughItsWholeCycle() throws Exception {
        staffCreatesTheEditionAndOpensTheCall();
        candidateRegistersWritesAndSubmitsADossier();
        candidateSubmitsTwoMoreDossiers();
        staffClosesSubmissionsAdmitsAndAssigns();
        colleagueLearnsTheirDossierIsNotAdmissible();
        jurorProposesStars();
        presidentSettlesTheFinalStars();
        staffReopensTheDeliberationAndThePresidentLocksItAgain();
        staffPublishesAndTheResultsGoPublic();
        candidateTakesTheirDataAndLeaves();
        staffCloseTheEditionAndTheUnawardedDossiersGo();
        theServerLoggedNothingAmiss();
    }

    /**
     * A whole edition, bad input and a session that ended included, leaves no warning nor error in the server's log
     * once it has started: nothing logged at each request (the JSF1103 of old), nothing failing unseen.
     */
    private static void theServerLoggedNothingAmiss() throws IOException {
        String log = app.log();
        assertThat(log).contains("ready in");
        String afterStart = log.substring(log.indexOf("ready in"));
        assertThat(afterStart.lines().filter(line -> line.contains("WARNING") || line.contains("SEVERE")))
                .as("warnings and errors logged during the journey").isEmpty();
    }

    /**
     * The retention timer of the process erases what the jury did not award; the palmarès stays, and so does the
     * annual report as it stood at the close.
     */
    private void staffCloseTheEditionAndTheUnawardedDossiersGo() throws Exception {
        String submittedAtClose = submittedLine(download("/api/editions/2026/report.csv", "text/csv"));
        browser.login("equipe@trophees.example", DEMO_PASSWORD);
        browser.click("edition-2026");
        assertThat(browser.clickAndAnswer("closeEdition", true)).contains("Elle ne pourra pas être rouverte");
        assertThat(browser.text("phase")).isEqualTo("Clôturée");
        browser.logout();

        browser.login(COLLEAGUE, Registration.PASSWORD);
        long deadline = System.currentTimeMillis() + 60_000;
        while (browser.mainText().contains(OUT_OF_SCOPE) && System.currentTimeMillis() < deadline) {
            Thread.sleep(500); // the engine's job executor runs the timer on its own schedule
            browser.open("/candidat/dossiers.xhtml");
        }
        assertThat(browser.mainText()).as("the dossier no laureate came from is erased")
                .doesNotContain(OUT_OF_SCOPE).contains("Vous n’avez encore aucun dossier.")
                .as("no empty table under that sentence").doesNotContain("Titre de la démarche");
        browser.logout();
        browser.open("/resultats.xhtml?annee=2026");
        assertThat(browser.text("stars-3")).contains(TITLE);
        assertThat(submittedLine(download("/api/editions/2026/report.csv", "text/csv")))
                .as("the report counts the dossiers it counted at the close").isEqualTo(submittedAtClose);
        try (PDDocument report = Loader.loadPDF(download("/api/editions/2026/report.pdf", "application/pdf"))) {
            assertThat(new PDFTextStripper().getText(report)).contains("Bilan annuel 2026");
        }
    }

    private static String submittedLine(byte[] csv) {
        return new String(csv, StandardCharsets.UTF_8).lines().filter(line -> line.startsWith("Dossiers déposés;"))
                .findFirst().orElseThrow();
    }

    /** The right to one's data and to erasure: the export holds everything; a laureate's public texts stay. */
    private void candidateTakesTheirDataAndLeaves() throws Exception {
        browser.login(CANDIDATE, CANDIDATE_PASSWORD);
        browser.open("/compte.xhtml");
        browser.assertAccessible();
        Set<String> entries = new HashSet<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(browser.download("/candidat/mes-donnees.zip")))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.add(entry.getName().replaceAll("^dossiers/\\d+/(\\d+-)?", ""));
            }
        }
        assertThat(entries).as("the account and dossiers, the files and the receipts")
                .contains("donnees.json", "Bilan des votes.pdf", "logo.png");
        assertThat(entries).anyMatch(name -> name.startsWith("recus/accuse-de-reception-"));
        browser.type("passwordForDeletion", CANDIDATE_PASSWORD);
        assertThat(browser.clickAndAnswer("deleteAccount", true)).contains("Rien ne pourra être récupéré");
        assertThat(browser.path()).isEqualTo("/compte-supprime.xhtml");
        browser.assertAccessible();
        browser.login(CANDIDATE, CANDIDATE_PASSWORD);
        assertThat(browser.messages()).as("the account is gone").contains("incorrect");
        browser.open("/resultats.xhtml?annee=2026");
        assertThat(browser.text("stars-3")).as("the published palmarès keeps the laureate's public texts").contains(TITLE);
    }

    private void staffCreatesTheEditionAndOpensTheCall() throws Exception {
        browser.open("/index.xhtml");
        browser.clickLink("Données personnelles");
        assertThat(browser.mainText()).as("every page links to what is kept, why, how long, whom to ask")
                .contains("Ce que nous gardons", "Combien de temps", "contact@deciderensemble.com");
        browser.assertAccessible();
        browser.open("/equipe/editions.xhtml");
        assertThat(browser.path()).as("staff pages ask for a login first").isEqualTo("/connexion.xhtml");
        browser.login("equipe@trophees.example", DEMO_PASSWORD);
        assertThat(browser.path()).isEqualTo("/equipe/editions.xhtml");
        browser.assertAccessible();
        browser.clickLink("Courriels non remis");
        assertThat(browser.path()).isEqualTo("/equipe/courriels.xhtml");
        browser.assertAccessible();
        browser.open("/equipe/editions.xhtml");
        browser.click("personal-data-link");
        browser.type("email", "personne@exemple.org");
        browser.click("find");
        assertThat(browser.messages()).as("staff look an account up to export or erase it on request")
                .contains("Aucun compte");
        browser.assertAccessible();
        browser.open("/equipe/editions.xhtml");
        Path heavy = Files.createTempFile("edition", ".json");
        Files.write(heavy, new byte[3 * 1024 * 1024]);
        browser.attach("file", heavy);
        assertThat(browser.validationMessage("file")).as("refused before a long upload")
                .isEqualTo("Le fichier dépasse 2 Mo.");

        LocalDateTime now = LocalDateTime.now(ZoneId.of("Europe/Paris")).withSecond(0).withNano(0);
        browser.type("year", "2026");
        browser.setValue("callOpensAt", LOCAL.format(now.minusDays(1)));
        browser.setValue("submissionDeadline", LOCAL.format(now.minusDays(2)));
        browser.setValue("scoringDeadline", LOCAL.format(now.plusDays(20)));
        browser.setValue("ceremonyAt", LOCAL.format(now.plusDays(30)));
        browser.click("create");
        assertThat(browser.messages()).contains("La date limite de dépôt doit suivre l’ouverture de l’appel");
        assertThat(browser.focused()).as("the focus goes to the field to correct").isEqualTo("submissionDeadline");
        assertThat(browser.attribute("submissionDeadline", "aria-invalid")).isEqualTo("true");
        assertThat(browser.value("year")).as("nothing typed is lost").isEqualTo("2026");

        browser.setValue("submissionDeadline", LOCAL.format(now.plusDays(10)));
        browser.click("create");
        assertThat(browser.messages()).contains("L’édition est créée");

        browser.click("edition-2026");
        assertThat(browser.text("phase")).isEqualTo("Préparation");
        assertThat(browser.clickAndAnswer("openCall", false)).as("each step of the edition is asked twice")
                .startsWith("Ouvrir l’appel à candidatures ?");
        assertThat(browser.text("phase")).as("a step not confirmed is not taken").isEqualTo("Préparation");
        browser.clickAndAnswer("openCall", true);
        assertThat(browser.text("phase")).isEqualTo("Dépôt des dossiers");
        browser.setValue("newDeadline", LOCAL.format(now.plusDays(12)));
        browser.click("extendDeadline");
        assertThat(browser.messages()).contains("La date limite est prolongée");
        assertThat(browser.focused()).as("the keyboard goes on from what the button did, not from the top of the page")
                .isEqualTo("messages");
        assertThat(browser.text("deadline")).contains(String.valueOf(now.plusDays(12).getDayOfMonth()));
        assertThat(browser.text("next-timer")).as("the process's own timer moved with the deadline")
                .contains("clôture du dépôt à la date limite", String.valueOf(now.plusDays(12).getDayOfMonth()));
        browser.assertAccessible();

        assertThat(browser.value("jurorsPerDossier")).as("three jurors per dossier unless staff say otherwise")
                .isEqualTo("3");
        browser.type("jurorsPerDossier", "1");
        browser.type("firstReminderDays", "2");
        browser.click("saveJurySettings");
        assertThat(browser.messages()).contains("La première relance vient avant la dernière");
        assertThat(browser.attribute("firstReminderDays", "aria-invalid")).isEqualTo("true");
        assertThat(browser.value("jurorsPerDossier")).as("nothing typed is lost").isEqualTo("1");
        browser.type("firstReminderDays", "10");
        browser.type("lastReminderDays", "3");
        browser.pressEnter("lastReminderDays");
        browser.awaitText("messages", "Les réglages du jury sont enregistrés");
        assertThat(browser.text("phase")).as("Enter in a setting took no step of the edition")
                .isEqualTo("Dépôt des dossiers");
        staffInvitesTheJury();
    }

    /**
     * The jury the booklet prints is the jury that works: staff put last year's president and jurors on this year's
     * list by their address, and invite a newcomer, who chooses a password through the mailed link.
     */
    private void staffInvitesTheJury() throws Exception {
        browser.click("edition-jury");
        inviteMember("Camille Exemple", true, "presidence@trophees.example");
        assertThat(body(awaitMail("presidence@trophees.example", "vous faites partie du jury")))
                .contains("/connexion.xhtml");
        inviteMember("Juré 1", false, "jure1@trophees.example");
        inviteMember("Juré 2", false, "jure2@trophees.example");
        inviteMember("Juré 3", false, "equipe@trophees.example");
        assertThat(browser.messages()).contains("un juré a besoin de sa propre adresse");
        assertThat(browser.value("memberName")).as("nothing typed is lost").isEqualTo("Juré 3");
        browser.type("memberOrganisation", "Mairie de Saint-Exemple");
        browser.type("memberEmail", NEW_JUROR);
        browser.check("expertise:3");
        browser.assertAccessible();
        browser.click("saveMember");
        assertThat(browser.messages()).contains("Le membre du jury est enregistré et invité par courriel");
        assertThat(browser.mainText()).contains(NEW_JUROR + " · invitation envoyée",
                "jure1@trophees.example · juge dans l’application", "Jeunesse, éducation et culture");
        browser.logout();

        Matcher link = INVITATION_LINK.matcher(body(awaitMail(NEW_JUROR, "invité à rejoindre le jury")));
        assertThat(link.find()).isTrue();
        URI invitation = URI.create(link.group(1));
        browser.open(invitation.getPath() + "?" + invitation.getQuery());
        assertThat(browser.text("welcome")).contains("Bienvenue, Juré 3");
        browser.assertAccessible();
        browser.type("password", "motdepasse");
        browser.click("accept");
        assertThat(browser.attribute("password", "aria-invalid")).isEqualTo("true");
        browser.type("password", NEW_JUROR_PASSWORD);
        browser.click("accept");
        assertThat(browser.messages()).contains("Votre mot de passe est enregistré");
        browser.open(invitation.getPath() + "?" + invitation.getQuery());
        assertThat(browser.text("invitation-invalid")).as("a link opens one account once").contains("plus valable");
        browser.login(NEW_JUROR, NEW_JUROR_PASSWORD);
        assertThat(browser.path()).isEqualTo("/jury/dossiers.xhtml");
        browser.logout();
    }

    private void inviteMember(String name, boolean president, String email) {
        browser.chooseValue("president", String.valueOf(president));
        browser.type("memberName", name);
        browser.type("memberEmail", email);
        browser.click("saveMember");
    }

    private void candidateRegistersWritesAndSubmitsADossier() throws Exception {
        browser.open("/inscription.xhtml");
        browser.assertAccessible();
        browser.type("displayName", "Mairie de Saint-Exemple");
        browser.type("email", CANDIDATE);
        browser.type("password", FORGOTTEN_PASSWORD);
        browser.click("submit");
        assertThat(browser.text("registered")).contains("e-mail de confirmation");

        browser.login(CANDIDATE, FORGOTTEN_PASSWORD);
        assertThat(browser.messages()).as("no login before the link is followed").contains("pas encore confirmé");

        MimeMessage confirmation = awaitMail(CANDIDATE, "confirmez");
        Matcher link = CONFIRMATION_LINK.matcher(body(confirmation));
        assertThat(link.find()).as("the e-mail holds the confirmation link").isTrue();
        browser.open(URI.create(link.group(1)).getPath() + "?" + URI.create(link.group(1)).getQuery());
        browser.assertAccessible();
        browser.click("confirmAddress");
        assertThat(browser.text("confirmation")).contains("est confirmée");

        browser.open("/connexion.xhtml");
        browser.clickLink("Mot de passe oublié ?");
        browser.type("email", CANDIDATE);
        browser.click("send");
        assertThat(browser.text("reset-sent")).contains("Si un compte existe avec cette adresse");
        browser.assertAccessible();
        Matcher reset = Pattern.compile("https?://[^/\\s]+(/nouveau-mot-de-passe\\.xhtml\\?jeton=[\\w-]+)")
                .matcher(body(awaitMail(CANDIDATE, "choisir un nouveau mot de passe")));
        assertThat(reset.find()).as("the mail holds a reset link").isTrue();
        browser.open(reset.group(1));
        browser.assertAccessible();
        browser.type("password", CANDIDATE_PASSWORD);
        browser.click("save");
        assertThat(browser.messages()).contains("Votre nouveau mot de passe est enregistré");
        browser.login(CANDIDATE, FORGOTTEN_PASSWORD);
        assertThat(browser.messages()).as("the forgotten password opens nothing any more").contains("incorrect");

        browser.login(CANDIDATE, CANDIDATE_PASSWORD);
        assertThat(browser.path()).isEqualTo("/candidat/dossiers.xhtml");
        browser.assertAccessible();
        browser.click("newDossier");
        assertThat(browser.path()).isEqualTo("/candidat/dossier.xhtml");
        String dossierUrl = browser.path() + "?" + browserQuery();
        browser.type("title", TITLE);
        browser.type("holderName", "Mairie de Saint-Exemple");
        browser.click("save");
        assertThat(browser.messages()).contains("Votre brouillon est enregistré");

        browser.type("holderAddress", "1 place de la Mairie");
        browser.type("holderPostcode", "4400");
        browser.awaitText("save-status", "Enregistré à");
        assertThat(browser.attribute("progress-HOLDER", "value")).as("the bar moves with the page's own save, the postcode"
                + " joining the holder's name").isEqualTo("2");
        assertThat(browser.requestsTo("/candidat/enregistrement/", "fetch")).as("the page's own save, the light one")
                .isPositive();
        assertThat(browser.requestsTo("/candidat/dossier.xhtml", "xmlhttprequest"))
                .as("which had nothing to explain: no save again through Faces").isZero();
        browser.offline(true);
        browser.type("holderPostcode", "44000");
        browser.type("holderCommune", "Saint-Exemple");
        browser.awaitText("save-status", "Connexion perdue");
        assertThat(browser.value("holderPostcode")).as("what is typed offline stays").isEqualTo("44000");
        browser.offline(false);
        browser.awaitText("save-status", "Enregistré à");
        browser.endSession();
        browser.type("holderWebsite", "https://saint-exemple.fr");
        browser.type("holderCommune", "Saint-Exemple");
        browser.awaitText("save-status", "Votre session a pris fin");
        browser.clickExpectingNoChange("save");
        browser.awaitFocus("save-status"); // the button waits, pointing at what to do, rather than lead to the login
        browser.loginInAnotherTab(CANDIDATE, CANDIDATE_PASSWORD);
        browser.awaitText("save-status", "Enregistré à");

        browser.open("/candidat/dossiers.xhtml");
        browser.assertHoldsOnAPhone("candidat-dossiers");
        browser.clickLink(TITLE);
        assertThat(browser.value("title")).as("the draft is there when the candidate comes back").isEqualTo(TITLE);
        assertThat(browser.value("holderAddress")).as("saved as the candidate left the field").isEqualTo("1 place de la Mairie");
        assertThat(browser.value("holderCommune")).as("saved once the connection came back").isEqualTo("Saint-Exemple");
        assertThat(browser.value("holderWebsite")).as("saved once the candidate signed in again")
                .isEqualTo("https://saint-exemple.fr");
        assertThat(browser.attribute("progress-PROJECT", "value")).as("the title fills a quarter of the project part")
                .isEqualTo("1");
        browser.click("submit");
        assertThat(browser.messages()).as("an incomplete dossier cannot be submitted")
                .contains("points sont à reprendre");
        assertThat(browser.currentUrl()).as("the page drawn again keeps its address").endsWith(dossierUrl);
        assertThat(browser.focused()).as("the list of what to correct has the focus").isEqualTo("problems");
        assertThat(browser.text("approach-problem")).isEqualTo("La présentation du projet est obligatoire pour déposer.");
        assertThat(browser.attribute("approach", "aria-invalid")).isEqualTo("true");
        assertThat(browser.attribute("approach", "aria-describedby")).as("the problem is read with its field")
                .contains("approach-problem");
        assertThat(browser.attribute("holderCommune", "aria-invalid")).isEqualTo("false");
        assertThat(browser.value("title")).isEqualTo(TITLE);

        fillTheRest(browser, "Les écoliers proposent et votent des projets pour leur cour d’école.");
        browser.type("objectives", "Former les enfants à la citoyenneté\nAssocier les familles");
        assertThat(browser.text("objectives-count")).as("a list counts its line being written and its lines")
                .isEqualTo("Ligne 2 : 21 / 1000 caractères · 2 / 20 lignes");
        browser.type("targetAudience", "Les élèves des écoles élémentaires");
        browser.type("step:0:title", "Mars : vote dans les écoles");
        browser.clickInPlace("add-step");
        browser.type("step:1:title", "Septembre : appel à idées");
        browser.type("step:1:text", "Chaque classe propose un projet.");
        browser.clickInPlace("step:1:up");
        assertThat(browser.value("step:0:title")).as("a step moves up, with what was typed in it")
                .isEqualTo("Septembre : appel à idées");
        assertThat(browser.value("step:1:title")).isEqualTo("Mars : vote dans les écoles");
        assertThat(browser.value("holderCommune")).as("what was typed elsewhere stays").isEqualTo("Saint-Exemple");
        Path files = Files.createTempDirectory("trophees-files");
        browser.limitUploads(100_000);
        browser.attach("upload_input", Files.write(files.resolve("Bilan des votes.pdf"), SampleFiles.pdf(300_000)));
        browser.awaitUploadProgress("upload");
        browser.awaitText("files", "Bilan des votes.pdf");
        browser.limitUploads(0);
        browser.attach("logo-upload_input", Files.write(files.resolve("logo.png"), SampleFiles.png(240, 120)));
        browser.awaitText("logo-region", "Supprimer le logo");
        assertThat(browser.value("step:0:title")).as("sending a file keeps the text").isEqualTo("Septembre : appel à idées");
        browser.assertAccessible();
        browser.click("submit");
        assertThat(browser.messages()).contains("Votre dossier est déposé");
        assertThat(browser.text("status")).isEqualTo("Déposé");
        assertThat(browser.present("submit")).as("a submitted dossier can no longer be changed").isFalse();
        assertThat(browser.present("objectives")).as("and looks read-only: no field").isFalse();
        assertThat(browser.mainText()).contains("Associer les familles", "44 — Loire-Atlantique",
                "Septembre : appel à idées — Chaque classe propose un projet.", "Camille Martin");
        browser.assertAccessible();

        MimeMessage receipt = awaitMail(CANDIDATE, "accusé de réception");
        assertThat(body(receipt)).contains("Budget participatif");
        Matcher number = Pattern.compile("n°\u00a0([\\d-]+)").matcher(body(receipt));
        assertThat(number.find()).as("the mail gives the receipt's number").isTrue();
        byte[] receiptPdf = Mailbox.attachment(receipt, "accuse-de-reception-" + number.group(1) + ".pdf");
        assertThat(VeraPdf.failures(receiptPdf, PDFAFlavour.PDFA_2_U)).isEmpty();
        assertThat(VeraPdf.failures(receiptPdf, PDFAFlavour.PDFUA_1)).isEmpty();
        try (PDDocument pdf = Loader.loadPDF(receiptPdf)) {
            assertThat(new PDFTextStripper().getText(pdf)).contains(TITLE, "Bilan des votes.pdf", "SHA-256");
        }
        assertThat(browser.text("receipt-0")).as("the receipt is on the dossier's page").contains(number.group(1));
        assertThat(browser.text("team-submitted")).as("an invitation now is for after taking it back")
                .startsWith("Ce dossier est déposé");

        assertThat(browser.clickAndAnswer("backToDraft", true)).contains("Le dossier ne sera plus déposé");
        assertThat(browser.messages()).contains("de nouveau un brouillon");
        assertThat(browser.present("team-submitted")).isFalse();
        browser.type("coEditorEmail", COLLEAGUE);
        browser.clickInPlace("invite");
        browser.awaitText("team-region", "invitation en attente");
        Matcher invitation = Pattern.compile("https?://[^/\\s]+(/co-edition\\.xhtml\\?jeton=[\\w-]+)")
                .matcher(body(awaitMail(COLLEAGUE, "Invitation à rédiger")));
        assertThat(invitation.find()).as("the colleague gets a link").isTrue();
        Registration.confirmedCandidate(app.base(), mail, COLLEAGUE, "Secrétariat de Saint-Exemple");
        browser.logout();
        browser.login(COLLEAGUE, Registration.PASSWORD);
        browser.open(invitation.group(1));
        assertThat(browser.mainText()).contains("Mairie de Saint-Exemple vous invite à rédiger", TITLE)
                .as("a logged-in visitor is offered to join, not to log in").doesNotContain("Connectez-vous pour accepter");
        browser.assertAccessible();
        browser.click("join");
        assertThat(browser.messages()).contains("Vous rédigez désormais ce dossier.");
        browser.type("otherActors", "Le conseil municipal des enfants.");
        browser.click("save");
        assertThat(browser.messages()).contains("Votre brouillon est enregistré");
        browser.logout();

        browser.login(CANDIDATE, CANDIDATE_PASSWORD);
        browser.open(dossierUrl);
        assertThat(browser.value("otherActors")).as("the colleague's words are the owner's to read")
                .isEqualTo("Le conseil municipal des enfants.");
        browser.assertHoldsOnAPhone("candidat-dossier");
        browser.click("submit");
        assertThat(browser.messages()).as("submitted again before the deadline").contains("Votre dossier est déposé");
        assertThat(browser.text("receipt-0")).as("a new receipt, the first one superseded")
                .contains(number.group(1).replaceAll("-1$", "-2"));
        assertThat(browser.text("receipt-1")).contains(number.group(1));
        assertThat(browser.mainText()).contains("remplacé depuis");
        browser.logout();
        browser.open(dossierUrl);
        assertThat(browser.path()).as("a logged-out visitor is sent to the login page").isEqualTo("/connexion.xhtml");
    }

    private void candidateSubmitsTwoMoreDossiers() {
        browser.login(CANDIDATE, CANDIDATE_PASSWORD);
        for (String title : new String[] {MENTIONED, PRIZED}) {
            browser.open("/candidat/dossiers.xhtml");
            browser.click("newDossier");
            browser.type("title", title);
            browser.type("holderName", "Mairie de Saint-Exemple");
            fillTheRest(browser, "Une démarche ouverte à tous les habitants.");
            if (title.equals(MENTIONED)) {
                browser.choose("theme", "Jeunesse, éducation et culture");
            }
            browser.type("objectives", "Associer les habitants");
            browser.type("targetAudience", "Les habitants");
            browser.type("step:0:title", "Printemps : réunions publiques");
            browser.click("submit");
            assertThat(browser.messages()).contains("Votre dossier est déposé");
        }
        browser.logout();

        browser.login(COLLEAGUE, Registration.PASSWORD);
        browser.click("newDossier");
        browser.choose("approachType", "Autre");
        browser.choose("theme", "Urbanisme et aménagement");
        browser.choose("holderType", "Association ou collectif citoyen");
        browser.pick("departments", "Gironde");
        Map.of("title", OUT_OF_SCOPE, "holderName", "Office de tourisme du centre ancien", "holderPostcode", "33000",
                "holderCommune", "Bordeaux", "keyPoint:0:text", "Une visite chaque samedi",
                "approach", "Des guides bénévoles font visiter le centre ancien.", "contact:0:name", "Dominique Guide",
                "contact:0:email", "dominique@centre-ancien.example", "objectives", "Faire connaître le patrimoine",
                "step:0:title", "Chaque samedi : visite").forEach(browser::type);
        browser.type("targetAudience", "Les visiteurs");
        browser.click("submit");
        assertThat(browser.messages()).contains("Votre dossier est déposé");
        browser.logout();
    }

    /** Once staff close admissibility, a refused candidate reads the decision and its reason. */
    private void colleagueLearnsTheirDossierIsNotAdmissible() {
        browser.login(COLLEAGUE, Registration.PASSWORD);
        assertThat(browser.mainText()).contains(OUT_OF_SCOPE + " 2026 Non recevable : " + OUT_OF_SCOPE_REASON);
        browser.clickLink(OUT_OF_SCOPE);
        assertThat(browser.text("outcome")).isEqualTo("Résultat : Non recevable : " + OUT_OF_SCOPE_REASON);
        browser.assertAccessible();
        browser.logout();
    }

    /** What every dossier of the journey has alike: its type, theme, key point, holder, place and contact. */
    private static void fillTheRest(Browser browser, String approach) {
        browser.choose("approachType", "Budget et financement participatif");
        browser.choose("theme", "Multithématique");
        browser.type("keyPoint:0:text", "Les enfants décident d’une part du budget");
        browser.choose("holderType", "Petite ville ou EPCI");
        browser.type("holderPostcode", "44000");
        browser.type("holderCommune", "Saint-Exemple");
        browser.pick("departments", "Loire-Atlantique");
        browser.type("approach", approach);
        browser.type("contact:0:name", "Camille Martin");
        browser.type("contact:0:email", "camille.martin@saint-exemple.example");
    }

    private void staffClosesSubmissionsAdmitsAndAssigns() throws Exception {
        // A candidate has a form open as the submissions close.
        WebSession late = new WebSession(app.base());
        late.login(CANDIDATE, CANDIDATE_PASSWORD);
        String lateDossier = Demo.startDossier(late);
        HttpResponse<String> open = late.get(lateDossier);
        browser.login("equipe@trophees.example", DEMO_PASSWORD);
        browser.click("edition-2026");
        assertThat(browser.clickAndAnswer("closeSubmissions", true)).contains("Plus aucun dossier ne pourra être déposé");
        assertThat(browser.text("phase")).isEqualTo("Recevabilité et attribution");
        HttpResponse<String> refused = late.submit(open, "dossier", "submit", Demo.completeDossier("Trop tard"));
        assertThat(Html.messages(refused.body())).as("refused with the exact deadline, the text kept as a draft")
                .matches("La date limite de dépôt était le \\d+ \\p{L}+ 2026 à \\d\\d:\\d\\d : .* gardé en brouillon\\.");
        assertThat(Html.mainText(late.get(lateDossier).body())).as("and the page is now read-only")
                .contains("Trop tard", "Les dépôts sont clos").doesNotContain("Déposer le dossier");
        assertThat(browser.mainText()).contains(TITLE);
        browser.type("dossiers:0:reason", "Complet");
        browser.pressEnter("dossiers:0:reason");
        for (int row = 0; row < 3; row++) {
            browser.click("dossiers:" + row + ":admit");
            assertThat(browser.messages()).contains("Le dossier est déclaré recevable");
        }
        // Staff read the colleague's dossier before deciding, and decide it there.
        browser.clickLink(OUT_OF_SCOPE);
        browser.click("reject");
        assertThat(browser.messages()).as("a refusal needs its reason, and changes nothing without it")
                .contains("Indiquez le motif de non-recevabilité");
        assertThat(browser.attribute("reason", "aria-invalid")).isEqualTo("true");
        assertThat(browser.text("admissibility")).isEqualTo("Recevabilité : À examiner");
        browser.type("reason", OUT_OF_SCOPE_REASON);
        browser.click("reject");
        assertThat(browser.messages()).contains("Le dossier est déclaré non recevable");
        assertThat(browser.text("admissibility")).isEqualTo("Recevabilité : Non recevable — " + OUT_OF_SCOPE_REASON);
        browser.assertAccessible();
        browser.clickLink("← Retour à l’édition");
        assertThat(browser.text("phase")).as("Enter in a reason took no step of the edition")
                .isEqualTo("Recevabilité et attribution");
        assertThat(browser.text("suggestions")).contains("Juré 3 et « " + TITLE
                + " » : le juré est de l’organisation qui porte le dossier (Mairie de Saint-Exemple).");
        browser.click("suggestion:0:confirmConflict");
        assertThat(browser.mainText()).contains("Conflit d’intérêts : Juré 3 (signalé par l’équipe)");
        browser.choose("dossiers:0:juror", "Juré 1");
        browser.click("dossiers:0:assign");
        assertThat(browser.messages()).contains("Le dossier est attribué");
        assertThat(body(awaitMail("jure1@trophees.example", "vos dossiers à noter"))).as("a juror assigned by hand is told too")
                .contains(TITLE, "/jury/dossiers.xhtml", "La notation se clôt le ");
        assertThat(browser.value("perDossier")).as("the edition's setting").isEqualTo("1");
        browser.click("previewAssignment");
        assertThat(browser.text("preview-summary")).as("the manual choice is kept; the two others need a juror each")
                .contains("2 attributions à ajouter");
        assertThat(browser.attribute("preview-additions", "textContent")).as("each change is shown before it is made")
                .contains(MENTIONED + " : Juré 3");
        browser.assertAccessible();
        browser.assertHoldsOnAPhone("equipe-edition");
        browser.clickAndAnswer("applyAssignment", true);
        assertThat(browser.messages()).contains("2 attributions ajoutées");
        assertThat(body(awaitMail(NEW_JUROR, "vos dossiers à noter"))).as("the juror who knows the theme")
                .contains(MENTIONED);
        assertThat(body(awaitMail("jure2@trophees.example", "vos dossiers à noter"))).contains(PRIZED);
        browser.clickAndAnswer("finishAdmissibility", true);
        assertThat(browser.text("phase")).isEqualTo("Notation");
        browser.logout();
    }

    private void jurorProposesStars() throws Exception {
        browser.login("jure2@trophees.example", DEMO_PASSWORD);
        assertThat(browser.mainText()).as("another juror sees nothing of this dossier").doesNotContain(TITLE);
        assertThat(browser.text("progress")).startsWith("Aucun dossier noté sur");
        String declined = browser.mainText().contains(MENTIONED) ? MENTIONED : PRIZED;
        browser.clickLink(declined);
        browser.assertAccessible();
        browser.type("conflictReason", "J’ai conseillé cette mairie l’an dernier.");
        browser.clickAndAnswer("declareConflict", true);
        assertThat(browser.messages()).contains("ce dossier vous est retiré");
        assertThat(browser.mainText()).as("a declared conflict takes the dossier off the list").doesNotContain(declined);
        browser.logout();

        browser.login("jure1@trophees.example", DEMO_PASSWORD);
        assertThat(browser.path()).isEqualTo("/jury/dossiers.xhtml");
        browser.assertAccessible();
        browser.clickLink(TITLE);
        assertThat(browser.mainText()).contains("cour d’école", "Associer les familles", "Mars : vote dans les écoles");
        browser.chooseValue("criteria:0:score", "4");
        browser.type("criteria:0:note", "Chaque famille a pu voter.");
        browser.click("saveDraft");
        assertThat(browser.messages()).contains("Votre brouillon est enregistré");
        assertThat(browser.value("criteria:0:score")).as("the draft keeps what was rated").isEqualTo("4");
        assertThat(browser.text("result")).contains("quand chaque critère est noté");
        for (int criterion = 1; criterion < 5; criterion++) {
            browser.chooseValue("criteria:" + criterion + ":score", "3");
        }
        browser.awaitText("result", "3,30 sur 4, soit 3 étoiles");
        browser.chooseValue("overrideStars", "4");
        browser.type("comment", "Démarche exemplaire, très bien documentée.");
        browser.assertAccessible();
        browser.assertHoldsOnAPhone("jury-dossier");
        browser.clickAndAnswer("submitSheet", true);
        assertThat(browser.messages()).contains("Dites pourquoi vous proposez un autre nombre d’étoiles");
        assertThat(browser.focused()).as("the focus goes to the reason to give").isEqualTo("overrideReason");
        browser.chooseValue("overrideStars", "");
        browser.clickAndAnswer("submitSheet", true);
        assertThat(browser.messages()).contains("Votre proposition est enregistrée");
        assertThat(browser.mainText()).contains("3 étoiles");
        assertThat(browser.text("progress")).startsWith("1 dossier noté sur");
        browser.logout();

        browser.login("equipe@trophees.example", DEMO_PASSWORD);
        browser.click("edition-2026");
        assertThat(browser.mainText()).contains("Conflit d’intérêts : Juré 2 (déclaré par le juré)");
        assertThat(browser.text("jurors-progress")).contains("Juré 1 : 1 fiche envoyée sur");
        assertThat(browser.clickAndAnswer("closeScoring", true)).as("staff are told the sheets closing leaves out")
                .containsPattern("(Une fiche attribuée n’est|\\d+ fiches attribuées ne sont) pas encore envoyée");
        assertThat(browser.text("phase")).isEqualTo("Délibération");
        assertThat(browser.text("jury-settings-summary")).isEqualTo("1 juré par dossier ; relances des jurés en retard"
                + " 10 et 3 jours avant la date limite de notation.");
        browser.logout();
    }

    private void presidentSettlesTheFinalStars() throws Exception {
        browser.open("/resultats.xhtml?annee=2026");
        assertThat(browser.mainText()).as("results stay under embargo").doesNotContain(TITLE);

        browser.login("presidence@trophees.example", DEMO_PASSWORD);
        assertThat(browser.path()).isEqualTo("/jury/deliberation.xhtml");
        assertThat(browser.mainText()).contains(TITLE, "Juré 1", "3 étoiles", "(note pondérée 3,30 sur 4)", "Démarche exemplaire");
        browser.assertAccessible();
        browser.assertHoldsOnAPhone("jury-deliberation");
        assertThat(browser.text("no-flagged")).as("said only once the filter leaves nothing").isEmpty();
        browser.clickExpectingNoChange("only-flagged");
        assertThat(browser.text("no-flagged")).as("one juror per dossier: nothing to discuss")
                .startsWith("Aucun dossier en désaccord");
        browser.clickExpectingNoChange("only-flagged");
        assertThat(browser.text("no-flagged")).isEmpty();
        browser.chooseValue("proposals:0:final", "STARS_3");
        browser.type("proposals:0:rationale", "Une démarche exemplaire, votée par les familles.");
        browser.chooseValue("proposals:1:final", "SPECIAL_MENTION");
        browser.chooseValue("proposals:2:final", "JURY_PRIZE");
        browser.type("proposals:2:recognitionTitle", DRAFT_PRIZE);
        browser.clickAndAnswer("finish", true);
        assertThat(browser.messages()).as("a mention is printed under its title: it needs one; the list names the dossier")
                .containsPattern("« [^»]+ » : Donnez un intitulé à cette mention spéciale ou à ce prix du jury");
        assertThat(browser.attribute("proposals:1:recognitionTitle", "aria-invalid")).isEqualTo("true");
        // The table keeps itself invisible a moment as it starts: the focus comes once it shows.
        browser.awaitFocus("proposals:1:recognitionTitle");
        assertThat(browser.value("proposals:2:recognitionTitle")).as("nothing chosen is lost").isEqualTo(DRAFT_PRIZE);
        browser.assertAccessible();
        browser.type("proposals:1:recognitionTitle", MENTION);
        browser.clickAndAnswer("finish", true);
        assertThat(browser.messages()).as("the minutes give the reason of every decision")
                .contains("Motivez cette décision : le procès-verbal donne la raison de chacune.");
        assertThat(browser.attribute("proposals:2:rationale", "aria-invalid")).isEqualTo("true");
        assertThat(browser.attribute("proposals:0:rationale", "aria-invalid")).isEqualTo("false");
        assertThat(browser.value("proposals:1:recognitionTitle")).as("nothing typed is lost").isEqualTo(MENTION);
        browser.type("proposals:1:rationale", "Des collégiens associés du début à la fin.");
        browser.type("proposals:2:rationale", "Une méthode que d’autres communes reprennent déjà.");
        assertThat(browser.clickAndAnswer("finish", false)).contains("Verrouiller la délibération ?");
        assertThat(browser.present("proposals")).as("a lock not confirmed locks nothing").isTrue();
        browser.clickAndAnswer("finish", true);
        assertThat(browser.messages()).contains("La délibération est verrouillée et son procès-verbal produit");
        assertThat(browser.text("locked")).contains("procès-verbal approuvé par", "SHA-256");
        browser.assertAccessible();
        byte[] minutes = download(URI.create(browser.attribute("minutes-link", "href")).getPath(), "application/pdf");
        assertThat(browser.text("locked")).as("the hash shown is the file's").contains(sha256(minutes));
        try (PDDocument pdf = Loader.loadPDF(minutes)) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Procès-verbal de la délibération 2026",
                    "Membres du jury", "Juré 1", "Conflits d’intérêts", "Juré 2", TITLE,
                    "Motif : Une démarche exemplaire, votée par les familles.", DRAFT_PRIZE)
                    .as("a title that names its kind is written once").doesNotContain("Prix du jury — Prix du jury");
        }
        browser.logout();
    }

    /** Staff take the locked deliberation back, for a reason; the president changes a title and locks it again. */
    private void staffReopensTheDeliberationAndThePresidentLocksItAgain() throws Exception {
        browser.login("equipe@trophees.example", DEMO_PASSWORD);
        browser.click("edition-2026");
        assertThat(browser.text("minutes")).contains("approuvé par", "SHA-256");
        browser.clickAndAnswer("reopenDeliberation", true);
        assertThat(browser.messages()).contains("Indiquez pourquoi vous rouvrez la délibération");
        assertThat(browser.attribute("reopenReason", "aria-invalid")).isEqualTo("true");
        browser.assertAccessible();
        browser.type("reopenReason", "L’intitulé du prix du jury est à revoir.");
        assertThat(browser.clickAndAnswer("reopenDeliberation", true)).contains("Le procès-verbal en vigueur sera annulé");
        assertThat(browser.messages()).contains("La délibération est rouverte");
        assertThat(browser.text("phase")).isEqualTo("Délibération");
        assertThat(browser.text("minutes")).contains("Annulé par", "L’intitulé du prix du jury est à revoir.");
        browser.logout();

        browser.login("presidence@trophees.example", DEMO_PASSWORD);
        assertThat(browser.text("reopened")).contains("L’intitulé du prix du jury est à revoir.");
        assertThat(browser.value("proposals:2:recognitionTitle")).as("the decisions taken are kept").isEqualTo(DRAFT_PRIZE);
        browser.type("proposals:2:recognitionTitle", PRIZE);
        browser.clickAndAnswer("finish", true);
        assertThat(browser.messages()).contains("La délibération est verrouillée");
        browser.logout();
    }

    private void staffPublishesAndTheResultsGoPublic() throws Exception {
        browser.open("/resultats.xhtml?annee=2026");
        assertThat(browser.mainText()).as("still under embargo before the ceremony").doesNotContain(TITLE);

        browser.login("equipe@trophees.example", DEMO_PASSWORD);
        browser.click("edition-2026");
        assertThat(browser.text("phase")).isEqualTo("En attente de la cérémonie");
        browser.click("journal");
        assertThat(browser.mainText()).as("the journal keeps who decided what, and why")
                .contains("presidence@trophees.example", "Décision", "3 étoiles — motif : Une démarche exemplaire",
                        "jure2@trophees.example", "Conflit d’intérêts déclaré par le juré", "Délibération verrouillée",
                        "Délibération rouverte", "L’intitulé du prix du jury est à revoir.");
        browser.assertAccessible();
        browser.clickLink("← Retour à l’édition");
        assertThat(browser.clickAndAnswer("publish", true)).contains("chaque candidat est prévenu par courriel");
        assertThat(browser.text("phase")).isEqualTo("Palmarès publié");

        browser.click("booklet-texts");
        browser.assertAccessible();
        browser.click("contributors");
        browser.click("jury:0:edit");
        assertThat(browser.value("memberEmail")).as("the president judges with her account")
                .isEqualTo("presidence@trophees.example");
        browser.type("biography", "Présidente du jury 2026.");
        browser.click("saveMember");
        assertThat(browser.messages()).contains("Le membre du jury a été enregistré.");
        browser.chooseValue("kind", "PARTNER");
        browser.type("name", "Partenaire provisoire");
        browser.click("saveOrganisation");
        assertThat(browser.clickAndAnswer("organisations:0:remove", false))
                .isEqualTo("Supprimer cette entrée du livret\u00a0? Elle ne pourra pas être rétablie.");
        assertThat(browser.mainText()).as("a refused deletion deletes nothing").contains("Partenaire provisoire");
        browser.clickAndAnswer("organisations:0:remove", true);
        assertThat(browser.mainText()).doesNotContain("Partenaire provisoire");
        browser.assertAccessible();
        browser.click("back");
        browser.clickLink(TITLE);
        assertThat(browser.value("title")).as("staff edit a copy of the dossier").isEqualTo(TITLE);
        browser.assertAccessible();
        browser.logout();

        assertThat(body(awaitMail(COLLEAGUE, "le palmarès est publié")))
                .as("the others are thanked; a dossier the jury never saw is not said to be unawarded")
                .contains(OUT_OF_SCOPE, "n’entrait pas dans le cadre").doesNotContain("primé");
        MimeMessage laureate = awaitMail(CANDIDATE, "votre dossier est lauréat");
        assertThat(body(laureate)).as("each candidate is told at publication, with the booklet")
                .contains(TITLE, "Lauréat 3 étoiles", "/api/editions/2026/booklet.pdf");
        assertThat(body(awaitMail(COLLEAGUE, "votre dossier est lauréat"))).as("and so is the colleague who wrote it")
                .contains(TITLE, "Lauréat 3 étoiles");
        browser.login(CANDIDATE, CANDIDATE_PASSWORD);
        assertThat(browser.mainText()).as("the candidate's list says what each dossier became")
                .contains(TITLE + " 2026 Lauréat 3 étoiles", MENTIONED + " 2026 " + MENTION);
        browser.assertAccessible();
        browser.clickLink(TITLE);
        assertThat(browser.text("outcome")).isEqualTo("Résultat : Lauréat 3 étoiles");
        browser.logout();
        browser.login("jure1@trophees.example", DEMO_PASSWORD);
        assertThat(browser.mainText()).as("a juror's list holds only the work still before the jury")
                .contains("Aucun dossier à noter pour le moment").doesNotContain(TITLE);
        browser.logout();

        browser.open("/resultats.xhtml?annee=2026");
        assertThat(browser.text("stars-3")).contains("Lauréats 3 étoiles", TITLE, "Mairie de Saint-Exemple",
                "département : Loire-Atlantique (44)");
        assertThat(browser.text("special-mentions")).contains("Mentions spéciales du jury", MENTIONED, MENTION);
        assertThat(browser.text("jury-prizes")).contains("Prix du jury", PRIZED, PRIZE);
        browser.assertAccessible();

        try (PDDocument booklet = Loader.loadPDF(download("/api/editions/2026/booklet.pdf", "application/pdf"))) {
            String text = new PDFTextStripper().getText(booklet);
            assertThat(text).contains("Retour sur l", "Lauréats récompensés par 3 étoiles", TITLE, "Camille Exemple",
                    "Présidente du jury 2026.", "Mentions spéciales du jury", MENTIONED, MENTION, PRIZED, PRIZE);
            assertThat(PdfTags.figures(booklet)).as("the logo the candidate gave is printed with the laureate")
                    .contains("Logo\u00a0: " + TITLE);
        }

        try (PDDocument report = Loader.loadPDF(download("/api/editions/2026/report.pdf", "application/pdf"))) {
            assertThat(new PDFTextStripper().getText(report)).contains("Bilan annuel 2026", "Petite ville ou EPCI");
        }
        String figures = new String(download("/api/editions/2026/report.csv", "text/csv"), StandardCharsets.UTF_8);
        assertThat(figures).as("the report's figures for a spreadsheet").contains("Petite ville ou EPCI;3",
                "Loire-Atlantique (44);3", "Mentions spéciales;1", "Prix du jury;1", "Urbanisme et aménagement;1");
    }

    private String browserQuery() {
        return URI.create(browserUrl()).getQuery();
    }

    private String browserUrl() {
        return browser.currentUrl();
    }

    private static String sha256(byte[] content) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
    }

    private byte[] download(String path, String type) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(app.url(path)))
                .header("Authorization", WebSession.basic("equipe@trophees.example", DEMO_PASSWORD)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                value -> assertThat(value).startsWith(type));
        return response.body();
    }

    private static String body(MimeMessage message) throws Exception {
        return Mailbox.text(message);
    }

    private static MimeMessage awaitMail(String recipient, String subjectPart) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            for (MimeMessage message : mail.getReceivedMessagesForDomain(recipient)) {
                if (message.getSubject().contains(subjectPart)) {
                    return message;
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("No e-mail to " + recipient + " about « " + subjectPart + " »");
    }
}
