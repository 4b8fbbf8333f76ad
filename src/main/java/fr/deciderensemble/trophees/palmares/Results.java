package fr.deciderensemble.trophees.palmares;

import java.util.List;

import fr.deciderensemble.trophees.edition.Edition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** An edition's laureates by recognition, for the public palmarès once published. */
@ApplicationScoped
@Transactional
public class Results {

    @Inject
    private LaureateTexts laureateTexts;

    /**
     * The laureates by recognition, as the booklet lists them, whether the edition was run here or imported;
     * nothing before the ceremony.
     */
    public List<PalmaresSection> palmares(Edition edition) {
        if (!edition.resultsArePublic()) {
            return List.of();
        }
        return PalmaresSection.of(laureateTexts.of(edition));
    }
}
