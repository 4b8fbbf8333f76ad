package fr.deciderensemble.trophees.palmares;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import fr.deciderensemble.trophees.booklet.Booklet;
import fr.deciderensemble.trophees.edition.Edition;
import fr.deciderensemble.trophees.exchange.Edition2020;
import fr.deciderensemble.trophees.jury.Recognition;

class PalmaresSectionTest {

    private static final Edition EDITION = Edition.imported(2020, 11, null);

    @Test
    void the2020LaureatesFallUnderTheirStars() throws Exception {
        List<Booklet.Laureate> printed = Edition2020.booklet().laureates();

        List<PalmaresSection> sections = PalmaresSection.of(stored(printed));

        assertThat(sections).extracting(PalmaresSection::recognition).containsExactly(Recognition.STARS_4,
                Recognition.STARS_3, Recognition.STARS_2, Recognition.STARS_1);
        assertThat(sections).extracting(section -> section.laureates().size()).containsExactly(6, 10, 10, 14);
        assertThat(sections.get(0).laureates().get(0).getHolder()).isEqualTo("Ville de Cachan");
        assertThat(sections.get(0).laureates().get(0).getDepartments()).containsExactly("94");
    }

    @Test
    void mentionsAndPrizesComeAfterTheStarsAndEachLevelKeepsTheBookletOrder() {
        List<Laureate> laureates = stored(List.of(laureate(Recognition.JURY_PRIZE, "Prix"),
                laureate(Recognition.STARS_1, "Une étoile"), laureate(Recognition.STARS_4, "Quatre B"),
                laureate(Recognition.SPECIAL_MENTION, "Mention"), laureate(Recognition.STARS_4, "Quatre A")));

        List<PalmaresSection> sections = PalmaresSection.of(laureates);

        assertThat(sections).extracting(PalmaresSection::recognition).containsExactly(Recognition.STARS_4,
                Recognition.STARS_1, Recognition.SPECIAL_MENTION, Recognition.JURY_PRIZE);
        assertThat(sections.get(0).laureates()).extracting(Laureate::getTitle).containsExactly("Quatre B", "Quatre A");
    }

    @Test
    void anEditionWithoutLaureatesHasNoSection() {
        assertThat(PalmaresSection.of(List.of())).isEmpty();
    }

    private static List<Laureate> stored(List<Booklet.Laureate> printed) {
        return IntStream.range(0, printed.size()).mapToObj(i -> new Laureate(EDITION, i, printed.get(i).recognition(), null,
                new LaureateText(printed.get(i).title(), printed.get(i).holder(), printed.get(i).departments(), null,
                        null, List.of(), null, List.of(), null, null, null))).toList();
    }

    private static Booklet.Laureate laureate(Recognition recognition, String title) {
        return new Booklet.Laureate(recognition, null, title, null, List.of(), null, null, List.of(), null, List.of(), null,
                null, null);
    }
}
