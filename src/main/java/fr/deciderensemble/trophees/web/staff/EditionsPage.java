package fr.deciderensemble.trophees.web.staff;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.deciderensemble.trophees.edition.Edition;
import fr.deciderensemble.trophees.edition.EditionDates;
import fr.deciderensemble.trophees.edition.Editions;
import fr.deciderensemble.trophees.notification.Outbox;
import fr.deciderensemble.trophees.platform.ParisTime;
import fr.deciderensemble.trophees.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** equipe/editions.xhtml: the editions, and a new one with its dates. */
@Named
@RequestScoped
public class EditionsPage {

    /** Where each refusal of a new edition is shown: beside the field it is about (a missing date: the first one). */
    private static final Map<String, String> NEW_EDITION_FIELDS = Map.of("edition.year.", "year",
            "edition.dates.deadlineBeforeOpening", "submissionDeadline",
            "edition.dates.scoringBeforeDeadline", "scoringDeadline", "edition.dates.ceremonyBeforeScoring",
            "ceremonyAt");

    private Integer year;
    private LocalDateTime callOpensAt;
    private LocalDateTime submissionDeadline;
    private LocalDateTime scoringDeadline;
    private LocalDateTime ceremonyAt;
    private List<Edition> editions;

    @Inject
    private Editions all;

    @Inject
    private Messages messages;

    @Inject
    private Outbox outbox;

    public List<Edition> getEditions() {
        if (editions == null) {
            editions = all.all();
        }
        return editions;
    }

    /** Mails given up, which staff must hear of: a candidate may be waiting for a receipt. */
    public long getGivenUpMails() {
        return outbox.givenUp();
    }

    public String create() {
        Map<String, String> fields = new HashMap<>(NEW_EDITION_FIELDS);
        fields.put("edition.dates.missing", callOpensAt == null ? "callOpensAt"
                : submissionDeadline == null ? "submissionDeadline" : scoringDeadline == null ? "scoringDeadline"
                : "ceremonyAt");
        boolean created = messages.attemptByField(() -> all.create(year == null ? 0 : year, new EditionDates(
                ParisTime.of(callOpensAt), ParisTime.of(submissionDeadline), ParisTime.of(scoringDeadline),
                ParisTime.of(ceremonyAt))), fields, "edition.created");
        return created ? "/equipe/editions.xhtml?faces-redirect=true" : null;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public LocalDateTime getCallOpensAt() {
        return callOpensAt;
    }

    public void setCallOpensAt(LocalDateTime callOpensAt) {
        this.callOpensAt = callOpensAt;
    }

    public LocalDateTime getSubmissionDeadline() {
        return submissionDeadline;
    }

    public void setSubmissionDeadline(LocalDateTime submissionDeadline) {
        this.submissionDeadline = submissionDeadline;
    }

    public LocalDateTime getScoringDeadline() {
        return scoringDeadline;
    }

    public void setScoringDeadline(LocalDateTime scoringDeadline) {
        this.scoringDeadline = scoringDeadline;
    }

    public LocalDateTime getCeremonyAt() {
        return ceremonyAt;
    }

    public void setCeremonyAt(LocalDateTime ceremonyAt) {
        this.ceremonyAt = ceremonyAt;
    }
}
