package fr.deciderensemble.trophees.booklet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import fr.deciderensemble.trophees.edition.DocumentsChanged;
import fr.deciderensemble.trophees.edition.Edition;
import fr.deciderensemble.trophees.edition.Editions;
import fr.deciderensemble.trophees.pdf.Rendering;
import fr.deciderensemble.trophees.platform.DatabaseReady;
import fr.deciderensemble.trophees.platform.Sha256;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Published documents are built once per state of what they print, then served from memory, and from the
 * database after a restart or on another node ({@link DocumentStore}); never built again for each download. A
 * document is keyed by its edition, its kind, the edition's {@code documentsVersion} (which every change to what it
 * prints increments) and the application's build (a new release may print differently). Concurrent requests for
 * the same document share one build; builds themselves are bounded by {@link Rendering}.
 * <p>
 * Only a change writes to the store: once it commits, the new version of a published edition's booklet is built and
 * stored in the background. A download reads the store, and builds in memory only what it does not find there (a
 * release that prints differently, a build that failed); it never writes.
 */
@ApplicationScoped
public class PublishedDocuments {

    static final String BOOKLET = "booklet";
    private static final Logger LOG = Logger.getLogger(PublishedDocuments.class.getName());

    /** A document's bytes and its entity tag, which changes whenever they do. */
    public record Document(byte[] content, String etag) {

        static Document of(byte[] content) {
            return new Document(content,
                    Base64.getUrlEncoder().withoutPadding().encodeToString(Sha256.of(content)).substring(0, 27));
        }
    }

    /**
     * What a download needs to know of an edition: whether anybody may have its booklet, and which version of it.
     * Read from the database at most every {@link #FRESH} per year, and by one request while the others wait for
     * it, so that a crowd of downloads does not queue for the connections that the health check and the candidates
     * need; a change shows within that delay.
     */
    public record Downloadable(long editionId, int year, boolean published, long version) {

        static Downloadable of(Edition edition) {
            return new Downloadable(edition.getId(), edition.getYear(), edition.resultsArePublic(),
                    edition.getDocumentsVersion());
        }
    }

    private record Read(CompletableFuture<Optional<Downloadable>> edition, Instant at) {
    }

    private record Key(long editionId, String kind, long version) {
    }

    static final Duration FRESH = Duration.ofSeconds(2);

    /**
     * A background store refused because two documents are being built already ({@link Rendering}) tries again, this
     * many times, first after {@link #FIRST_RETRY}, then twice as long each time.
     */
    private static final int STORE_ATTEMPTS = 6;
    private static final Duration FIRST_RETRY = Duration.ofSeconds(5);

    /**
     * How long after the start the booklets this build has not stored are built (TROPHEES_STORE_AFTER_START, an
     * ISO-8601 duration): the start has work of its own.
     */
    @Inject
    @ConfigProperty(name = "trophees.store-after-start", defaultValue = "PT30S")
    Duration afterStart;

    private final ConcurrentMap<Integer, Read> editionsRead = new ConcurrentHashMap<>();

    /** Documents built or being built; a key's older versions are dropped when a newer one is asked for. */
    private final ConcurrentMap<Key, CompletableFuture<Document>> documents = new ConcurrentHashMap<>();

    @Resource
    private ManagedExecutorService executor;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Inject
    private Booklets booklets;

    @Inject
    private Editions editions;

    @Inject
    private DocumentStore store;

    @Inject
    private Rendering rendering;

    private String build;

    @PostConstruct
    void readBuild() {
        try (InputStream in = PublishedDocuments.class.getResourceAsStream("/booklet/build.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            build = properties.getProperty("build");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Once a change commits, this node's downloads see it at once, other nodes' within {@link #FRESH}; and a
     * published booklet's new version is stored before anybody asks for it.
     */
    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) DocumentsChanged change) {
        editionsRead.clear();
        store(change.editionId(), 1);
    }

    /**
     * Once the database answers, the published booklets this build has not stored yet (those of a new release, which
     * may print differently) are, one after the other: downloads only read.
     */
    void storeMissing(@Observes DatabaseReady ready) {
        scheduler.schedule(this::storePublished, afterStart.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void storePublished() {
        CompletableFuture<Void> previous = CompletableFuture.completedFuture(null);
        for (Edition edition : editions.published()) {
            previous = previous.thenCompose(done -> store(edition.getId(), 1));
        }
    }

    /**
     * Builds and stores the booklet of this edition as it is now, if it is published and not stored yet; chained, not
     * waited for, because the build runs on the same executor, whose threads must not block on each other.
     */
    private CompletableFuture<Void> store(long editionId, int attempt) {
        return CompletableFuture.supplyAsync(() -> unstored(editionId), executor)
                .thenCompose(edition -> edition.map(found -> booklet(found).thenAccept(document -> store.save(
                        found.editionId(), BOOKLET, found.version(), build, document)))
                        .orElse(CompletableFuture.completedFuture(null)))
                .exceptionallyCompose(failure -> retry(editionId, attempt, failure));
    }

    private CompletableFuture<Void> retry(long editionId, int attempt, Throwable failure) {
        if (attempt == STORE_ATTEMPTS) {
            // Downloads still get the booklet, built in memory; the next change or start stores it.
            LOG.log(Level.WARNING, "The booklet of edition " + editionId + " could not be stored", failure);
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> again = new CompletableFuture<>();
        scheduler.schedule(() -> store(editionId, attempt + 1).whenComplete((done, error) -> again.complete(null)),
                FIRST_RETRY.toSeconds() << (attempt - 1), TimeUnit.SECONDS);
        return again;
    }

    /** The edition as a download would ask for it, if it is published and its booklet is not stored yet. */
    private Optional<Downloadable> unstored(long editionId) {
        Edition edition = editions.find(editionId);
        return edition.resultsArePublic() && !store.holds(editionId, BOOKLET, edition.getDocumentsVersion(), build)
                ? Optional.of(Downloadable.of(edition))
                : Optional.empty();
    }

    /** The edition of this year as downloads see it, if there is one; a year without one is asked again each time. */
    public Optional<Downloadable> edition(int year) {
        Instant now = Instant.now();
        CompletableFuture<Optional<Downloadable>> mine = new CompletableFuture<>();
        Read read = editionsRead.compute(year,
                (same, known) -> known != null && !known.at().plus(FRESH).isBefore(now) ? known : new Read(mine, now));
        if (read.edition() == mine) {
            try {
                Optional<Downloadable> edition = editions.byYear(year).map(Downloadable::of);
                if (edition.isEmpty()) {
                    editionsRead.remove(year, read);
                }
                mine.complete(edition);
            } catch (RuntimeException e) {
                editionsRead.remove(year, read);
                mine.completeExceptionally(e);
                throw e;
            }
        }
        try {
            return read.edition().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /**
     * The booklet of a published edition: at once when it is built already, else when the one build under way
     * ends. The stage fails with the build's failure, a {@code BulkheadException} among them.
     */
    public CompletableFuture<Document> booklet(Downloadable edition) {
        Key key = new Key(edition.editionId(), BOOKLET, edition.version());
        documents.keySet().removeIf(older -> older.editionId() == key.editionId() && older.kind().equals(key.kind())
                && older.version() < key.version());
        CompletableFuture<Document> document = documents.computeIfAbsent(key,
                building -> CompletableFuture.supplyAsync(() -> storedOrBuilt(building), executor));
        document.whenComplete((built, failure) -> {
            if (failure != null) {
                // A failed build is not kept: the next request tries again.
                documents.remove(key, document);
            }
        });
        return document;
    }

    private Document storedOrBuilt(Key key) {
        return store.find(key.editionId(), key.kind(), key.version(), build).orElseGet(() -> {
            Edition edition = editions.find(key.editionId());
            return Document.of(rendering.render(() -> new BookletPdf().render(booklets.of(edition))));
        });
    }
}
