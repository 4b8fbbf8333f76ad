package fr.deciderensemble.trophees.security;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.ModifiedExpiryPolicy;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Slows down password guessing: failed logins are counted per account (whether it exists or not, so that the
 * answer tells nothing) and per client address, and past a few failures each attempt must wait longer. The
 * counts live in Payara's own Hazelcast cache, shared by every node of a cluster, and are forgotten an hour after
 * the last failure.
 */
@ApplicationScoped
public class LoginThrottle {

    /** Tries an account gets before any wait: typos, a forgotten capital letter. */
    static final int FREE_PER_ACCOUNT = 5;
    /** Tries one address gets before any wait: a town hall's staff share one address. */
    static final int FREE_PER_ADDRESS = 20;
    private static final String CACHE = "trophees-login-failures";

    @Resource(lookup = "payara/CacheManager")
    private CacheManager caches;

    private Cache<String, String> failures;

    @PostConstruct
    void open() {
        Cache<String, String> cache = caches.getCache(CACHE, String.class, String.class);
        if (cache == null) {
            try {
                cache = caches.createCache(CACHE, new MutableConfiguration<String, String>()
                        .setTypes(String.class, String.class)
                        .setExpiryPolicyFactory(ModifiedExpiryPolicy.factoryOf(
                                new javax.cache.expiry.Duration(TimeUnit.HOURS, 1))));
            } catch (CacheException createdByAnotherNode) {
                cache = caches.getCache(CACHE, String.class, String.class);
            }
        }
        failures = cache;
    }

    /** How long a login for this account from this address must still wait; zero when it may be tried now. */
    public Duration waitFor(String account, String address) {
        Instant now = Instant.now();
        Duration perAccount = read(accountKey(account)).waitAt(now);
        Duration perAddress = read(addressKey(address)).waitAt(now);
        return perAccount.compareTo(perAddress) >= 0 ? perAccount : perAddress;
    }

    public void failed(String account, String address) {
        Instant now = Instant.now();
        update(accountKey(account), count -> count.failed(now, FREE_PER_ACCOUNT));
        update(addressKey(address), count -> count.failed(now, FREE_PER_ADDRESS));
    }

    /** A right password clears its account's count; the address keeps its own, which a success must not launder. */
    public void succeeded(String account) {
        failures.remove(accountKey(account));
    }

    private Failures read(String key) {
        return Failures.parse(failures.get(key));
    }

    /** Compare-and-set, so that parallel failures on two nodes are all counted. */
    private void update(String key, UnaryOperator<Failures> change) {
        for (int attempt = 0; attempt < 10; attempt++) {
            String before = failures.get(key);
            String after = change.apply(Failures.parse(before)).stored();
            if (before == null ? failures.putIfAbsent(key, after) : failures.replace(key, before, after)) {
                return;
            }
        }
    }

    private static String accountKey(String account) {
        return "account:" + account;
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
