package fr.deciderensemble.trophees.security;

import static fr.deciderensemble.trophees.journey.WebSession.basic;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
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
 * Logins in Payara Micro on PostgreSQL: many users at once always get their own pages, password guessing slows
 * down per account and per client address, an unknown address costs what a known one costs, and a password hash
 * stored by an earlier release opens its account and is renewed. The last test
 * throttles this test's own address: it runs last.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LoginIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** The application's mails, caught by GreenMail for the whole class. */
    @RegisterExtension
    static final GreenMailExtension mail = Mailbox.server();

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive application() throws SQLException {
        return FreshDeployment.onFreshDatabase();
    }

    /** A hash as earlier releases stored it: Jakarta Security's PBKDF2, "algorithm:iterations:salt:hash". */
    private static String pbkdf2(String password) throws Exception {
        byte[] salt = new byte[32];
        new SecureRandom().nextBytes(salt);
        byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
                .generateSecret(new PBEKeySpec(password.toCharArray(), salt, 210_000, 32 * 8)).getEncoded();
        return "PBKDF2WithHmacSHA512:210000:" + Base64.getEncoder().encodeToString(salt) + ":"
                + Base64.getEncoder().encodeToString(hash);
    }

    /** A confirmed candidate whose password hash is as an earlier release stored it. */
    private void registerWithEarlierHash(String email, String name) throws Exception {
        Registration.confirmedCandidate(base.toURI(), mail, email, name);
        try (Connection db = FreshDeployment.connect();
                PreparedStatement update = db.prepareStatement("update account set password_hash = ? where email = ?")) {
            update.setString(1, pbkdf2(Registration.PASSWORD));
            update.setString(2, email);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private static String storedHash(String email) throws SQLException {
        try (Connection db = FreshDeployment.connect();
                PreparedStatement select = db.prepareStatement("select password_hash from account where email = ?")) {
            select.setString(1, email);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getString(1);
            }
        }
    }

    @Test
    @Order(1)
    void twentyFiveUsersMakingAThousandRequestsAtOnceEachGetTheirOwnPage() throws Exception {
        List<WebSession> users = new ArrayList<>();
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            emails.add("commune" + i + "@exemple.org");
            users.add(Registration.confirmedCandidate(base.toURI(), mail, emails.get(i), "Commune numéro " + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int request = 0; request < 1000; request++) {
                int user = request % users.size();
                answers.add(pool.submit(() -> {
                    HttpResponse<String> page = users.get(user).get("/candidat/dossiers.xhtml");
                    // The header's account link names whose session this is.
                    boolean own = page.body().contains("title=\"" + emails.get(user) + "\"");
                    return page.statusCode() + " " + (own ? "own" : "other");
                }));
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> answer : answers) {
                outcomes.add(answer.get());
            }
            assertThat(outcomes).hasSize(1000).containsOnly("200 own");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @Order(2)
    void guessingOneAccountsPasswordSlowsDownUntilTheRightOneCannotBeTriedEither() throws Exception {
        String juror = "jure2@trophees.example";
        for (int i = 0; i < 7; i++) {
            HttpResponse<String> wrong = new WebSession(base.toURI()).login(juror, "mauvais-mot-de-passe-" + i);
            assertThat(Html.messages(wrong.body())).as("failure %d", i + 1).isIn(
                    "Adresse e-mail ou mot de passe incorrect, ou compte pas encore confirmé.",
                    "Trop de tentatives de connexion pour ce compte ou depuis cette adresse : réessayez dans 1 s.");
        }

        HttpResponse<String> right = new WebSession(base.toURI()).login(juror, Demo.PASSWORD);
        HttpResponse<String> api = HTTP.send(HttpRequest.newBuilder(base.toURI().resolve("/api/editions"))
                .header("Authorization", basic(juror, Demo.PASSWORD)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(Html.messages(right.body())).startsWith("Trop de tentatives de connexion");
        assertThat(api.statusCode()).isEqualTo(429);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        long retryAfter = Long.parseLong(api.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 8L);

        Instant deadline = Instant.now().plusSeconds(retryAfter + 10);
        HttpResponse<String> later;
        do {
            Thread.sleep(500);
            later = new WebSession(base.toURI()).login(juror, Demo.PASSWORD);
        } while (!later.uri().getPath().startsWith("/jury/") && Instant.now().isBefore(deadline));
        assertThat(later.uri().getPath()).as("once the wait is over, the right password opens the account")
                .isEqualTo("/jury/dossiers.xhtml");
    }

    @Test
    @Order(3)
    void anUnknownAddressCostsWhatAKnownOneCosts() throws Exception {
        registerWithEarlierHash("empreinte-pbkdf2@exemple.org", "Mairie d’Autrefois");
        Duration known = medianLogin("presidence@trophees.example");
        Duration earlier = medianLogin("empreinte-pbkdf2@exemple.org");
        Duration unknown = medianLogin("personne@exemple.org");
        assertThat(unknown.toMillis()).as("known %s, earlier hash %s, unknown %s", known, earlier, unknown)
                .isGreaterThan(known.toMillis() / 2).isGreaterThan(earlier.toMillis() / 2);
    }

    @Test
    @Order(4)
    void aPasswordHashOfAnEarlierReleaseOpensItsAccountAndIsRenewed() throws Exception {
        String email = "empreinte-ancienne@exemple.org";
        registerWithEarlierHash(email, "Mairie d’Avant");

        assertThat(new WebSession(base.toURI()).login(email, Registration.PASSWORD).uri().getPath())
                .isEqualTo("/candidat/dossiers.xhtml");
        assertThat(storedHash(email)).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(new WebSession(base.toURI()).login(email, Registration.PASSWORD).uri().getPath())
                .as("the renewed hash opens the account").isEqualTo("/candidat/dossiers.xhtml");
    }

    @Test
    @Order(5)
    void manyFailuresFromOneAddressSlowDownEveryAccountTriedFromThere() throws Exception {
        // Past the free failures each one counted doubles the address's wait (1 s, 2 s, 4 s…): a patient guesser
        // waits each out and tries again, until the wait is long enough for the check below not to race its end.
        Pattern throttled = Pattern.compile("réessayez dans (\\d+) s");
        long wait = 0;
        for (int i = 0; wait < 8; i++) {
            assertThat(i).as("the address is slowed down within 40 failures").isLessThan(40);
            Matcher answer = throttled.matcher(Html.messages(new WebSession(base.toURI())
                    .login("inconnu" + i + "@exemple.org", "mauvais-mot-de-passe").body()));
            wait = answer.find() ? Long.parseLong(answer.group(1)) : 0;
            if (wait > 0 && wait < 8) {
                Thread.sleep(wait * 1000 + 200);
            }
        }
        HttpResponse<String> staff = new WebSession(base.toURI()).login(Demo.STAFF, Demo.PASSWORD);
        assertThat(Html.messages(staff.body())).startsWith("Trop de tentatives de connexion");
    }

    /** The median time of three failed logins with this address. */
    private Duration medianLogin(String email) throws Exception {
        List<Duration> times = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            WebSession session = new WebSession(base.toURI());
            session.get("/connexion.xhtml");
            Instant start = Instant.now();
            session.login(email, "pas-le-bon-mot-de-passe-" + i);
            times.add(Duration.between(start, Instant.now()));
        }
        return times.stream().sorted().toList().get(1);
    }

}
