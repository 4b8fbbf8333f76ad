package fr.deciderensemble.trophees.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class PositionsTest {

    private static final List<String> JURY = List.of("Chantal", "Marc", "Sophie");

    @Test
    void upAndDownSwapWithTheNeighbour() {
        assertThat(Positions.moved(JURY, 1, -1)).containsExactly("Marc", "Chantal", "Sophie");
        assertThat(Positions.moved(JURY, 1, 1)).containsExactly("Chantal", "Sophie", "Marc");
    }

    @Test
    void theEndsStayPut() {
        assertThat(Positions.moved(JURY, 0, -1)).containsExactly("Chantal", "Marc", "Sophie");
        assertThat(Positions.moved(JURY, 2, 1)).containsExactly("Chantal", "Marc", "Sophie");
    }

    @Test
    void anEntryNoLongerThereChangesNothing() {
        assertThat(Positions.moved(JURY, -1, 1)).containsExactly("Chantal", "Marc", "Sophie");
    }
}
