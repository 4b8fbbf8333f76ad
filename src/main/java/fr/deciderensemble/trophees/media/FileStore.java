package fr.deciderensemble.trophees.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import fr.deciderensemble.trophees.platform.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Files kept in the database, so that a backup holds them and a second node finds them, in chunks of 512 KB: a file
 * goes in and comes out one chunk at a time, and no request ever holds a whole file in memory, however many upload
 * or download at once.
 */
@ApplicationScoped
public class FileStore {

    static final int CHUNK_BYTES = 512 * 1024;

    @PersistenceContext
    private EntityManager em;

    /**
     * Reads a file to its end, keeps it and decides its type from its bytes. A refusal, which rolls back the
     * caller's transaction and so everything kept, when it is empty, larger than {@code maxBytes}, none of our
     * types, or named as another type than it is.
     */
    @Transactional(TxType.MANDATORY)
    public StoredFile store(String submittedName, InputStream in, long maxBytes) {
        StoredFile file = new StoredFile(cleanName(submittedName));
        em.persist(file);
        em.flush();
        MessageDigest sha256 = sha256();
        byte[] head = null;
        long size = 0;
        try (InputStream digested = new DigestInputStream(in, sha256)) {
            for (int position = 0;; position++) {
                byte[] chunk = digested.readNBytes(CHUNK_BYTES);
                if (chunk.length == 0) {
                    break;
                }
                size += chunk.length;
                if (size > maxBytes) {
                    throw new Refusal("file.tooLarge");
                }
                if (head == null) {
                    head = chunk;
                }
                em.createNativeQuery("insert into stored_file_chunk (file_id, position, content) values (?1, ?2, ?3)")
                        .setParameter(1, file.getId()).setParameter(2, position).setParameter(3, chunk)
                        .executeUpdate();
            }
        } catch (IOException e) {
            // The browser went away mid-upload: nothing is kept, and nobody is left to tell.
            throw new UncheckedIOException(e);
        }
        if (head == null) {
            throw new Refusal("file.empty");
        }
        FileType type = FileInspection.typeOf(head, () -> open(file.getId()));
        if (!type.fitsName(file.getName())) {
            throw new Refusal("file.isReally." + type.name());
        }
        file.describe(type, size, HexFormat.of().formatHex(sha256.digest()));
        return file;
    }

    /** A stored file's description, or {@code null} if it is gone. */
    public StoredFile find(long fileId) {
        return em.find(StoredFile.class, fileId);
    }

    /** The file's bytes, read chunk by chunk as they are asked for. */
    public InputStream open(long fileId) {
        return new ChunkStream(fileId);
    }

    /** A small file whole, such as a logo that a PDF embeds. */
    public byte[] bytes(long fileId) {
        try (InputStream in = open(fileId)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void copyTo(long fileId, OutputStream out) throws IOException {
        try (InputStream in = open(fileId)) {
            in.transferTo(out);
        }
    }

    /** A copy of a file, made by the database: the bytes never come up to the application. */
    @Transactional(TxType.MANDATORY)
    public StoredFile copy(StoredFile original) {
        StoredFile copy = new StoredFile(original.getName());
        copy.describe(original.getType(), original.getSize(), original.getSha256());
        em.persist(copy);
        em.flush();
        em.createNativeQuery("insert into stored_file_chunk (file_id, position, content)"
                + " select ?1, position, content from stored_file_chunk where file_id = ?2")
                .setParameter(1, copy.getId()).setParameter(2, original.getId()).executeUpdate();
        return copy;
    }

    @Transactional(TxType.MANDATORY)
    public void delete(StoredFile file) {
        em.createNativeQuery("delete from stored_file_chunk where file_id = ?1").setParameter(1, file.getId())
                .executeUpdate();
        em.remove(em.contains(file) ? file : em.merge(file));
    }

    /**
     * A name shown and offered back on download: without the folders some browsers send, without control
     * characters, at most {@link StoredFile#NAME} characters with its extension kept.
     */
    static String cleanName(String submitted) {
        String name = submitted == null ? "" : submitted;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .replaceAll("[\\p{Cntrl}\\p{Cf}\"]", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = "fichier";
        }
        if (name.length() > StoredFile.NAME) {
            String extension = FileType.extensionOf(name);
            int keep = StoredFile.NAME - (extension.isEmpty() ? 0 : extension.length() + 1);
            name = name.substring(0, keep).strip() + (extension.isEmpty() ? "" : "." + extension);
        }
        return name;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Reads one chunk at a time, by its position: a download holds 512 KB, whatever the file's size. */
    private final class ChunkStream extends InputStream {

        private final long fileId;
        private int position;
        private byte[] chunk = new byte[0];
        private int offset;
        private boolean ended;

        ChunkStream(long fileId) {
            this.fileId = fileId;
        }

        @Override
        public int read() {
            return available() > 0 || next() ? chunk[offset++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] target, int from, int length) {
            if (length == 0) {
                return 0;
            }
            if (available() == 0 && !next()) {
                return -1;
            }
            int count = Math.min(length, available());
            System.arraycopy(chunk, offset, target, from, count);
            offset += count;
            return count;
        }

        @Override
        public int available() {
            return chunk.length - offset;
        }

        private boolean next() {
            if (ended) {
                return false;
            }
            var rows = em.createNativeQuery("select content from stored_file_chunk where file_id = ?1 and position = ?2")
                    .setParameter(1, fileId).setParameter(2, position++).getResultList();
            if (rows.isEmpty()) {
                ended = true;
                return false;
            }
            chunk = (byte[]) rows.get(0);
            offset = 0;
            return chunk.length > 0 || next();
        }
    }
}
