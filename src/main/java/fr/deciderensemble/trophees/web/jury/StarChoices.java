package fr.deciderensemble.trophees.web.jury;

import java.util.List;
import java.util.stream.IntStream;

import fr.deciderensemble.trophees.jury.ScoreSheet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** The choices of a star select, 0 (not a laureate) to 4, and of a rating, as Integers like the model they fill. */
@Named
@ApplicationScoped
public class StarChoices {

    private static final List<Integer> LEVELS = IntStream.rangeClosed(0, ScoreSheet.HIGHEST).boxed().toList();
    private static final List<Integer> RATINGS = IntStream.rangeClosed(ScoreSheet.LOWEST, ScoreSheet.HIGHEST).boxed()
            .toList();

    public List<Integer> getLevels() {
        return LEVELS;
    }

    /** A criterion's ratings, 1 to 4. */
    public List<Integer> getRatings() {
        return RATINGS;
    }
}
