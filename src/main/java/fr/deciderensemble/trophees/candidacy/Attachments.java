package fr.deciderensemble.trophees.candidacy;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;

import fr.deciderensemble.trophees.account.Account;
import fr.deciderensemble.trophees.media.FileStore;
import fr.deciderensemble.trophees.media.LogoImage;
import fr.deciderensemble.trophees.media.StoredFile;
import fr.deciderensemble.trophees.platform.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The files of a dossier: up to {@value #MAX_FILES} attachments of at most 10 MB each and 30 MB in all, and one
 * logo. They are added and deleted while the dossier is a draft, before the deadline; the jury and staff read them
 * with the dossier.
 */
@ApplicationScoped
@Transactional
public class Attachments {

    public static final int MAX_FILES = 10;
    public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;
    public static final long MAX_DOSSIER_BYTES = 30L * 1024 * 1024;

    /** A dossier's files as pages show them: the attachments, and the logo apart ({@code null} if none). */
    public record Listing(List<Attachment> files, Attachment logo) {

        public List<Attachment> getFiles() {
            return files;
        }

        public Attachment getLogo() {
            return logo;
        }
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Dossiers dossiers;

    @Inject
    private FileStore store;

    /** The dossier's attachments in the order they came, and its logo among them. */
    public List<Attachment> of(Dossier dossier) {
        return em.createNamedQuery("Attachment.ofDossier", Attachment.class).setParameter("dossier", dossier)
                .getResultList();
    }

    /** The files of several dossiers in one query, by dossier id, each dossier's in upload order. */
    Map<Long, List<Attachment>> of(List<Dossier> dossiers) {
        return dossiers.isEmpty() ? Map.of()
                : em.createNamedQuery("Attachment.ofDossiers", Attachment.class).setParameter("dossiers", dossiers)
                        .getResultStream().collect(Collectors.groupingBy(attachment -> attachment.getDossier().getId()));
    }

    public Listing listing(Dossier dossier) {
        List<Attachment> all = of(dossier);
        return new Listing(all.stream().filter(attachment -> !attachment.isLogo()).toList(),
                all.stream().filter(Attachment::isLogo).findFirst().orElse(null));
    }

    public Optional<StoredFile> logoOf(Dossier dossier) {
        return Optional.ofNullable(listing(dossier).logo()).map(Attachment::getFile);
    }

    /**
     * Keeps a file read from {@code in} with the dossier, if the dossier still takes it; a refusal says why not
     * and keeps nothing.
     */
    public Attachment add(long dossierId, Account candidate, String fileName, InputStream in) {
        Dossier dossier = dossiers.changing(dossierId, candidate);
        List<Attachment> files = listing(dossier).files();
        if (files.size() >= MAX_FILES) {
            throw new Refusal("attachment.tooMany");
        }
        long room = MAX_DOSSIER_BYTES - files.stream().mapToLong(attachment -> attachment.getFile().getSize()).sum();
        if (room <= 0) {
            throw new Refusal("attachment.dossierFull");
        }
        StoredFile file;
        try {
            file = store.store(fileName, in, Math.min(MAX_FILE_BYTES, room));
        } catch (Refusal refusal) {
            throw refusal.keys().contains("file.tooLarge") && room < MAX_FILE_BYTES
                    ? new Refusal("attachment.dossierFull")
                    : refusal;
        }
        Attachment attachment = new Attachment(dossier, file, candidate, false);
        em.persist(attachment);
        return attachment;
    }

    /**
     * The dossier's logo, a PNG or JPEG of at most 2 MB that decodes (the booklet prints it as it is); it replaces
     * the one before.
     */
    public Attachment giveLogo(long dossierId, Account candidate, String fileName, InputStream in) {
        Dossier dossier = dossiers.changing(dossierId, candidate);
        StoredFile file;
        try {
            file = store.store(fileName, in, LogoImage.MAX_BYTES);
        } catch (Refusal refusal) {
            throw refusal.keys().contains("file.tooLarge") ? new Refusal("logo.tooLarge") : refusal;
        }
        LogoImage.mediaType(store.bytes(file.getId()));
        Optional.ofNullable(listing(dossier).logo()).ifPresent(this::delete);
        Attachment logo = new Attachment(dossier, file, candidate, true);
        em.persist(logo);
        return logo;
    }

    /** Deletes an attachment or the logo, while the dossier is a draft before the deadline. */
    public void remove(long attachmentId, Account candidate) {
        Attachment attachment = em.find(Attachment.class, attachmentId);
        if (attachment == null) {
            throw Refusal.notFound();
        }
        dossiers.changing(attachment.getDossier().getId(), candidate);
        delete(attachment);
    }

    public Attachment find(long attachmentId) {
        Attachment attachment = em.find(Attachment.class, attachmentId);
        if (attachment == null) {
            throw Refusal.notFound();
        }
        return attachment;
    }

    /** A new draft's copies of an old dossier's files: the database copies them, the bytes stay where they are. */
    void copy(Dossier from, Dossier to, Account candidate) {
        for (Attachment attachment : of(from)) {
            em.persist(new Attachment(to, store.copy(attachment.getFile()), candidate, attachment.isLogo()));
        }
    }

    /** The attachment and its file go; the caller has checked the dossier may lose it. */
    void delete(Attachment attachment) {
        em.remove(attachment);
        em.flush();
        store.delete(attachment.getFile());
    }
}
