package fr.deciderensemble.trophees.account;

import java.util.Map;
import java.util.logging.Logger;

import fr.deciderensemble.trophees.platform.DatabaseReady;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Accounts that exist before anybody can create one: the first staff account of a production
 * instance ({@code TROPHEES_ADMIN_EMAIL}/{@code TROPHEES_ADMIN_PASSWORD}), and the demo accounts
 * when {@code TROPHEES_DEMO=true}, made as soon as the database is ready. Existing accounts are never touched.
 */
@ApplicationScoped
public class InitialAccounts {

    public static final String DEMO_PASSWORD = "trophees-demo";
    static final Map<String, Role> DEMO = Map.of(
            "equipe@trophees.example", Role.STAFF,
            "presidence@trophees.example", Role.JURY_PRESIDENT,
            "jure1@trophees.example", Role.JUROR,
            "jure2@trophees.example", Role.JUROR,
            "candidat@trophees.example", Role.CANDIDATE);
    private static final Map<String, String> DEMO_NAMES = Map.of(
            "equipe@trophees.example", "Équipe Décider ensemble",
            "presidence@trophees.example", "Présidence du jury",
            "jure1@trophees.example", "Juré 1",
            "jure2@trophees.example", "Juré 2",
            "candidat@trophees.example", "Mairie de Démo-sur-Loire");
    private static final Logger LOG = Logger.getLogger(InitialAccounts.class.getName());

    @Inject
    private Accounts accounts;

    void create(@Observes DatabaseReady ready) {
        Map<String, String> env = System.getenv();
        String adminEmail = env.getOrDefault("TROPHEES_ADMIN_EMAIL", "");
        String adminPassword = env.getOrDefault("TROPHEES_ADMIN_PASSWORD", "");
        if (!adminEmail.isBlank() && !adminPassword.isBlank() && accounts.withRole(Role.STAFF).isEmpty()) {
            accounts.createConfirmed(adminEmail, adminPassword, "Administration", Role.STAFF);
            LOG.info("First staff account created for " + adminEmail);
        }
        if (Boolean.parseBoolean(env.getOrDefault("TROPHEES_DEMO", "false"))) {
            DEMO.forEach((email, role) -> {
                if (accounts.byEmail(email).isEmpty()) {
                    accounts.createConfirmed(email, DEMO_PASSWORD, DEMO_NAMES.get(email), role);
                }
            });
            LOG.info("Demo mode: demo accounts are available, password " + DEMO_PASSWORD);
        }
    }
}
