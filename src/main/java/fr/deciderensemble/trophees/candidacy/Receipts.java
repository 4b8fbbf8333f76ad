package fr.deciderensemble.trophees.candidacy;

import java.io.ByteArrayInputStream;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Map;
import java.util.stream.Collectors;

import fr.deciderensemble.trophees.account.Account;
import fr.deciderensemble.trophees.media.FileStore;
import fr.deciderensemble.trophees.media.StoredFile;
import fr.deciderensemble.trophees.platform.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Receipts of submissions: issued in the transaction that submits, so that a submission never exists without its
 * receipt, and kept as issued.
 */
@ApplicationScoped
@Transactional
public class Receipts {

    /** A receipt is a few pages of text: far below this. */
    private static final long MAX_BYTES = 20L * 1024 * 1024;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Attachments attachments;

    @Inject
    private FileStore store;

    @Inject
    private Dossiers dossiers;

    /** The receipt of the submission the dossier has just been through, numbered year-dossier-submission. */
    Receipt issue(Dossier dossier, Account candidate) {
        List<Receipt> before = of(dossier);
        String number = dossier.getEdition().getYear() + "-" + dossier.getId() + "-" + (before.size() + 1);
        Attachments.Listing files = attachments.listing(dossier);
        Locale language = candidate.getLanguage().locale();
        byte[] pdf = ReceiptPdf.render(new ReceiptPdf.Facts(number, dossier.getSubmittedAt(),
                dossier.getEdition().getYear(), candidate.getDisplayName(), candidate.getEmail(), dossier.content(),
                files.files().stream().map(attachment -> ReceiptPdf.FileLine.of(attachment.getFile())).toList(),
                files.logo() == null ? null : ReceiptPdf.FileLine.of(files.logo().getFile()), language));
        String name = MessageFormat.format(ResourceBundle.getBundle("messages", language).getString("receipt.pdf.fileName"),
                number);
        StoredFile file = store.store(name, new ByteArrayInputStream(pdf), MAX_BYTES);
        Receipt receipt = new Receipt(dossier, number, dossier.getSubmittedAt(), file);
        em.persist(receipt);
        return receipt;
    }

    /** The dossier's receipts, the latest first. */
    public List<Receipt> of(Dossier dossier) {
        return em.createNamedQuery("Receipt.ofDossier", Receipt.class).setParameter("dossier", dossier)
                .getResultList();
    }

    /** The receipts of several dossiers in one query, by dossier id, each dossier's latest first. */
    Map<Long, List<Receipt>> of(List<Dossier> dossiers) {
        return dossiers.isEmpty() ? Map.of()
                : em.createNamedQuery("Receipt.ofDossiers", Receipt.class).setParameter("dossiers", dossiers)
                        .getResultStream().collect(Collectors.groupingBy(receipt -> receipt.getDossier().getId()));
    }

    /** A receipt and its PDF go, with the dossier they belong to (an erasure). */
    void delete(Receipt receipt) {
        em.remove(receipt);
        em.flush();
        store.delete(receipt.getFile());
    }

    /** One of the candidate's own receipts; anybody else's is answered as unknown. */
    public Receipt own(long receiptId, Account candidate) {
        Receipt receipt = em.find(Receipt.class, receiptId);
        if (receipt == null) {
            throw Refusal.notFound();
        }
        dossiers.own(receipt.getDossier().getId(), candidate);
        return receipt;
    }
}
