package fr.deciderensemble.trophees.audit;

import java.security.Principal;
import java.util.List;

import fr.deciderensemble.trophees.edition.Edition;
import fr.deciderensemble.trophees.edition.Editions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;

/**
 * Writes the journal in the transaction of the change it records, so that an entry exists exactly when the change
 * does. The actor is whoever is signed in.
 */
@ApplicationScoped
@Transactional
public class AuditLog {

    /** The actor of a change made with nobody signed in, should one ever be. */
    static final String SYSTEM = "système";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SecurityContext security;

    @Inject
    private Editions editions;

    /** Records one change: on what (a dossier's title, a juror's name…), and the value before and after. */
    public void record(Edition edition, Action action, String subject, Object before, Object after) {
        em.persist(new AuditEntry(edition, actor(), action, cut(subject, AuditEntry.MAX_SUBJECT),
                cut(before, AuditEntry.MAX_VALUE), cut(after, AuditEntry.MAX_VALUE)));
    }

    /** The edition's journal, latest first. */
    public List<AuditEntry> of(long editionId) {
        return em.createNamedQuery("AuditEntry.ofEdition", AuditEntry.class)
                .setParameter("edition", editions.find(editionId)).getResultList();
    }

    private String actor() {
        Principal caller = security.getCallerPrincipal();
        return caller == null ? SYSTEM : caller.getName();
    }

    /** A journal line keeps the start of a long text: the full text stays where it was written. */
    private static String cut(Object value, int max) {
        if (value == null) {
            return null;
        }
        String text = String.valueOf(value);
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
