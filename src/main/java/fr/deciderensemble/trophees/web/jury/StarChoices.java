package fr.deciderensemble.trophees.web.jury;

import java.util.List;
import java.util.stream.IntStream;

import fr.deciderensemble.trophees.jury.Jury;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** The choices of a star select, 0 (not a laureate) to 4, as Integers like the model they fill. */
@Named
@ApplicationScoped
public class StarChoices {

    private static final List<Integer> LEVELS = IntStream.rangeClosed(0, Jury.MAX_STARS).boxed().toList();

    public List<Integer> getLevels() {
        return LEVELS;
    }
}
