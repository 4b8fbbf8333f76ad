package fr.deciderensemble.trophees.web.jury;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.IntStream;

import fr.deciderensemble.trophees.candidacy.Attachments;
import fr.deciderensemble.trophees.jury.Conflicts;
import fr.deciderensemble.trophees.jury.Rating;
import fr.deciderensemble.trophees.jury.ScoreSheet;
import fr.deciderensemble.trophees.jury.ScoreSheets;
import fr.deciderensemble.trophees.web.CurrentUser;
import fr.deciderensemble.trophees.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * jury/dossier.xhtml?id=…: a juror reads an assigned dossier and fills its score sheet (a rating per criterion,
 * the weighted result and the stars it proposes, which they may override with a reason), saves it as a draft,
 * submits it, or declares a conflict instead.
 */
@Named
@ViewScoped
public class ScoringPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The reason for other stars is refused beside its field. */
    private static final Map<String, String> SHEET_FIELDS = Map.of("jury.override.", "overrideReason");

    private long id;
    private ScoreSheets.Sheet sheet;
    private transient Attachments.Listing files;
    private long version;
    private final List<Integer> scores = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private String comment;
    private Integer overrideStars;
    private String overrideReason;
    private String conflictReason;

    @Inject
    private transient ScoreSheets scoreSheets;

    @Inject
    private transient Conflicts conflicts;

    @Inject
    private transient Attachments attachments;

    @Inject
    private transient CurrentUser user;

    @Inject
    private transient Messages messages;

    public void load() {
        sheet = messages.orNotFound(() -> scoreSheets.sheet(id, user.account()));
        if (sheet != null) {
            version = sheet.assignment().getVersion();
            for (Rating rating : sheet.ratings()) {
                scores.add(rating == null ? null : rating.getScore());
                notes.add(rating == null ? null : rating.getComment());
            }
            files = attachments.listing(sheet.assignment().getDossier());
            comment = sheet.assignment().getComment();
            overrideReason = sheet.assignment().getOverrideReason();
            overrideStars = sheet.assignment().getChosenStars();
        }
    }

    /** The dossier's attachments, which the juror reads with it. */
    public Attachments.Listing getFiles() {
        return files;
    }

    /** The weighted mean of the ratings typed so far, once every criterion is rated. */
    public Double getWeighted() {
        OptionalDouble weighted = ScoreSheet.weighted(IntStream.range(0, sheet.criteria().size())
                .mapToObj(index -> new ScoreSheet.Line(sheet.criteria().get(index).weight(), scores.get(index)))
                .toList());
        return weighted.isPresent() ? weighted.getAsDouble() : null;
    }

    /** The stars the weighted result proposes, null until every criterion is rated. */
    public Integer getComputedStars() {
        Double weighted = getWeighted();
        return weighted == null ? null : ScoreSheet.stars(weighted);
    }

    /** Keeps the ratings so far; the page reloads with what was saved. */
    public String saveDraft() {
        return messages.attemptByField(() -> scoreSheets.saveDraft(id, user.account(), version, input()), SHEET_FIELDS,
                "jury.sheet.saved")
                ? "/jury/dossier.xhtml?faces-redirect=true&id=" + id : null;
    }

    /** Submits; a criterion left unrated is marked beside its rating, where the focus then goes. */
    public String submit() {
        if (messages.attemptByField(() -> scoreSheets.submit(id, user.account(), version, input()), SHEET_FIELDS,
                "jury.proposed")) {
            return "/jury/dossiers.xhtml?faces-redirect=true";
        }
        for (int index = 0; index < scores.size(); index++) {
            if (scores.get(index) == null) {
                messages.addFor("criteria:" + index + ":score", "jury.rating.missing",
                        sheet.criteria().get(index).label());
            }
        }
        return null;
    }

    /** The juror steps aside: the dossier leaves their list and can never be given back to them. */
    public String declareConflict() {
        return messages.attemptByField(() -> conflicts.declare(id, user.account(), conflictReason),
                Map.of("jury.conflict.reason", "conflictReason"), "jury.conflict.declared")
                ? "/jury/dossiers.xhtml?faces-redirect=true" : null;
    }

    private ScoreSheets.Input input() {
        return new ScoreSheets.Input(sheet.criteria(), scores, notes, comment, overrideStars, overrideReason);
    }

    public ScoreSheets.Sheet getSheet() {
        return sheet;
    }

    public List<Integer> getScores() {
        return scores;
    }

    public List<String> getNotes() {
        return notes;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public Integer getOverrideStars() {
        return overrideStars;
    }

    public void setOverrideStars(Integer overrideStars) {
        this.overrideStars = overrideStars;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public void setOverrideReason(String overrideReason) {
        this.overrideReason = overrideReason;
    }

    public String getConflictReason() {
        return conflictReason;
    }

    public void setConflictReason(String conflictReason) {
        this.conflictReason = conflictReason;
    }
}
