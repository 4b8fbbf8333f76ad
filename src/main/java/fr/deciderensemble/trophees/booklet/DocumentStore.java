package fr.deciderensemble.trophees.booklet;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** The database side of {@link PublishedDocuments}: each read and write in a short transaction of its own. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class DocumentStore {

    @PersistenceContext
    private EntityManager em;

    /** The stored document of this edition and kind, if it was built for this version and this build. */
    public Optional<PublishedDocuments.Document> find(long editionId, String kind, long version, String build) {
        StoredDocument stored = em.find(StoredDocument.class, new StoredDocument.Key(editionId, kind));
        return stored != null && stored.isFor(version, build)
                ? Optional.of(new PublishedDocuments.Document(stored.getContent(), stored.getEtag()))
                : Optional.empty();
    }

    /** Whether the document of this edition and kind is stored for this version and this build (its bytes unread). */
    public boolean holds(long editionId, String kind, long version, String build) {
        StoredDocument stored = em.find(StoredDocument.class, new StoredDocument.Key(editionId, kind));
        return stored != null && stored.isFor(version, build);
    }

    /**
     * Stores the document of this edition and kind in place of an older one, unless this version is stored already
     * or a newer one is: two changes in a row build in the background side by side, and the older may finish last.
     */
    public void save(long editionId, String kind, long version, String build, PublishedDocuments.Document document) {
        em.createQuery("delete from StoredDocument d where d.editionId = :edition and d.kind = :kind"
                + " and (d.documentsVersion < :version or d.documentsVersion = :version and d.build <> :build)")
                .setParameter("edition", editionId).setParameter("kind", kind).setParameter("version", version)
                .setParameter("build", build).executeUpdate();
        if (em.find(StoredDocument.class, new StoredDocument.Key(editionId, kind)) == null) {
            em.persist(new StoredDocument(editionId, kind, version, build, document));
        }
    }
}
