package fr.deciderensemble.trophees.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Stores a renewed password hash in a transaction of its own, short: the hash is computed before, outside any
 * transaction, as a login waiting for its turn to hash must hold no database connection.
 */
@ApplicationScoped
class HashRenewal {

    @PersistenceContext
    private EntityManager em;

    /** Unless the password changed meanwhile: the new password's hash is not to be overwritten by the old one's. */
    @Transactional
    void store(long accountId, String previous, String renewed) {
        Account account = em.find(Account.class, accountId);
        if (account != null && account.getPasswordHash().equals(previous)) {
            account.renewHash(renewed);
        }
    }
}
