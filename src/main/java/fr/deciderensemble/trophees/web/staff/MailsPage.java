package fr.deciderensemble.trophees.web.staff;

import java.util.List;

import fr.deciderensemble.trophees.notification.Outbox;
import fr.deciderensemble.trophees.notification.OutboxMail;
import fr.deciderensemble.trophees.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** equipe/courriels.xhtml: the e-mails that could not be sent yet or were given up, and sending them again. */
@Named
@RequestScoped
public class MailsPage {

    private List<OutboxMail> undelivered;

    @Inject
    private Outbox outbox;

    @Inject
    private Messages messages;

    public List<OutboxMail> getUndelivered() {
        if (undelivered == null) {
            undelivered = outbox.undelivered();
        }
        return undelivered;
    }

    public String retry(long id) {
        messages.attempt(() -> outbox.retry(id), "mails.retried");
        return "/equipe/courriels.xhtml?faces-redirect=true";
    }
}
