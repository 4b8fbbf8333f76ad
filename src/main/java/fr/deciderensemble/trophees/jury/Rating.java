package fr.deciderensemble.trophees.jury;

import fr.deciderensemble.trophees.platform.TextLimits;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A juror's rating of one criterion, 1 to 4, and what they want the deliberation to read about it. */
@Embeddable
public class Rating {

    private int score;

    @Column(length = TextLimits.ITEM)
    private String comment;

    protected Rating() {
    }

    Rating(int score, String comment) {
        this.score = score;
        this.comment = comment;
    }

    public int getScore() {
        return score;
    }

    public String getComment() {
        return comment;
    }
}
