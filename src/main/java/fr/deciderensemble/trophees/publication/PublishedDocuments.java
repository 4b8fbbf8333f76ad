package fr.deciderensemble.trophees.publication;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import fr.deciderensemble.trophees.edition.Edition;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Published documents are built once per state of what they print, then served from memory, and from the
 * database after a restart or on another node ({@link DocumentStore}); never built again for each download. A
 * document is keyed by its edition, its kind, the edition's {@code documentsVersion} (which every change to what it
 * prints increments) and the application's build (a new release may print differently). Concurrent requests for
 * the same document share one build; builds themselves are bounded by {@link Rendering}.
 */
@ApplicationScoped
public class PublishedDocuments {

    static final String BOOKLET = "booklet";
    private static final Logger LOG = Logger.getLogger(PublishedDocuments.class.getName());

    /** A document's bytes and its entity tag, which changes whenever they do. */
    public record Document(byte[] content, String etag) {

        static Document of(byte[] content) {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
                return new Document(content, Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private record Key(long editionId, String kind, long version) {
    }

    /** Documents built or being built; a key's older versions are dropped when a newer one is asked for. */
    private final ConcurrentMap<Key, CompletableFuture<Document>> documents = new ConcurrentHashMap<>();

    @Resource
    private ManagedExecutorService executor;

    @Inject
    private Results results;

    @Inject
    private DocumentStore store;

    @Inject
    private Rendering rendering;

    private String build;

    @PostConstruct
    void readBuild() {
        try (InputStream in = PublishedDocuments.class.getResourceAsStream("/publication/build.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            build = properties.getProperty("build");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The booklet of a published edition: at once when it is built already, else when the one build under way
     * ends. The stage fails with the build's failure, a {@code BulkheadException} among them.
     */
    public CompletableFuture<Document> booklet(Edition edition) {
        Key key = new Key(edition.getId(), BOOKLET, edition.getDocumentsVersion());
        documents.keySet().removeIf(older -> older.editionId() == key.editionId() && older.kind().equals(key.kind())
                && older.version() < key.version());
        CompletableFuture<Document> document = documents.computeIfAbsent(key,
                building -> CompletableFuture.supplyAsync(() -> storedOrBuilt(building, edition), executor));
        document.whenComplete((built, failure) -> {
            if (failure != null) {
                // A failed build is not kept: the next request tries again.
                documents.remove(key, document);
            }
        });
        return document;
    }

    private Document storedOrBuilt(Key key, Edition edition) {
        return store.find(key.editionId(), key.kind(), key.version(), build).orElseGet(() -> {
            Document built = Document.of(rendering.render(() -> new BookletPdf().render(results.booklet(edition))));
            try {
                store.save(key.editionId(), key.kind(), key.version(), build, built);
            } catch (RuntimeException storedByAnotherNode) {
                LOG.log(Level.FINE, "Booklet stored concurrently", storedByAnotherNode);
            }
            return built;
        });
    }
}
