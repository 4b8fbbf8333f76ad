package fr.deciderensemble.trophees.jury;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import fr.deciderensemble.trophees.jury.BalancedAssignment.Pair;
import fr.deciderensemble.trophees.jury.BalancedAssignment.Plan;

class BalancedAssignmentTest {

    private static final List<Long> JURORS = ids(100, 4);

    @Test
    void everyDossierGetsItsJurorsAndLoadsDifferByOneAtMost() {
        Plan plan = BalancedAssignment.plan(ids(1, 10), JURORS, 3, List.of(), List.of(), (d, j) -> 0);

        assertThat(plan.complete()).isTrue();
        assertThat(plan.added()).hasSize(30).doesNotHaveDuplicates();
        assertThat(perDossier(plan.added()).values()).containsOnly(3L);
        assertThat(plan.loads().values()).as("30 dossiers for 4 jurors: 7 or 8 each").containsOnly(7, 8);
        assertThat(plan.balanced()).isTrue();
    }

    @Test
    void aConflictIsNeverCrossedEvenWhenManyDossiersShareIt() {
        List<Long> dossiers = ids(1, 40);
        Random random = new Random(7);
        Set<Pair> conflicts = new HashSet<>();
        for (long dossier : dossiers) {
            conflicts.add(new Pair(dossier, JURORS.get(random.nextInt(JURORS.size()))));
        }
        Plan plan = BalancedAssignment.plan(dossiers, JURORS, 2, List.of(), conflicts, (d, j) -> 0);

        assertThat(plan.added()).hasSize(80).doesNotContainAnyElementsOf(conflicts);
        assertThat(plan.complete()).isTrue();
        assertThat(plan.loads().values()).containsOnly(20);
    }

    @Test
    void choicesAlreadyMadeStayAndCountInTheLoads() {
        List<Pair> manual = List.of(new Pair(1, 100), new Pair(1, 101), new Pair(1, 102), new Pair(2, 100));
        Plan plan = BalancedAssignment.plan(ids(1, 4), JURORS, 3, manual, List.of(), (d, j) -> 0);

        assertThat(plan.added()).as("a dossier already staffed gets nobody more").noneMatch(pair -> pair.dossier() == 1)
                .doesNotContainAnyElementsOf(manual);
        assertThat(perDossier(plan.added())).containsEntry(2L, 2L).containsEntry(3L, 3L).containsEntry(4L, 3L);
        assertThat(plan.loads().values()).as("12 places for 4 jurors, the manual ones included").containsOnly(3);
    }

    @Test
    void expertiseDecidesWithinTheBalance() {
        // Juror 100 knows dossiers 1 and 2; the others are fine anywhere.
        Plan plan = BalancedAssignment.plan(ids(1, 4), JURORS, 1, List.of(), List.of(),
                (d, j) -> j == 100 ? (d <= 2 ? 0 : 1) : 0);

        assertThat(plan.added()).filteredOn(pair -> pair.juror() == 100).singleElement()
                .satisfies(pair -> assertThat(pair.dossier()).isIn(1L, 2L));
        assertThat(plan.loads().values()).as("expertise never outweighs balance").containsOnly(1);
    }

    @Test
    void theSameInputGivesTheSamePlan() {
        List<Long> dossiers = ids(1, 50);
        Set<Pair> conflicts = Set.of(new Pair(3, 100), new Pair(9, 103));
        Plan first = BalancedAssignment.plan(dossiers, JURORS, 2, List.of(), conflicts, (d, j) -> (int) ((d + j) % 2));
        Plan second = BalancedAssignment.plan(dossiers, JURORS, 2, List.of(), conflicts, (d, j) -> (int) ((d + j) % 2));

        assertThat(second).isEqualTo(first);
    }

    @Test
    void whatCannotBeDoneIsSaidDossierByDossier() {
        // Dossier 2 conflicts with three of the four jurors: one free juror for three places.
        Set<Pair> conflicts = Set.of(new Pair(2, 100), new Pair(2, 101), new Pair(2, 102));
        Plan plan = BalancedAssignment.plan(ids(1, 3), JURORS, 3, List.of(), conflicts, (d, j) -> 0);

        assertThat(plan.complete()).isFalse();
        assertThat(plan.shortfalls()).containsExactly(new BalancedAssignment.Shortfall(2, 2, 1));
        assertThat(plan.added()).contains(new Pair(2, 103)).doesNotContainAnyElementsOf(conflicts);
        assertThat(perDossier(plan.added())).containsEntry(1L, 3L).containsEntry(3L, 3L);
    }

    @Test
    void moreJurorsPerDossierThanJurorsFillsWhatItCan() {
        Plan plan = BalancedAssignment.plan(ids(1, 2), ids(100, 2), 3, List.of(), List.of(), (d, j) -> 0);

        assertThat(plan.added()).hasSize(4);
        assertThat(plan.shortfalls()).extracting(BalancedAssignment.Shortfall::missing).containsOnly(1);
    }

    @Test
    void manualChoicesThatUnbalanceTheJuryAreReported() {
        List<Pair> manual = new ArrayList<>();
        LongStream.rangeClosed(1, 6).forEach(dossier -> manual.add(new Pair(dossier, 100)));
        Plan plan = BalancedAssignment.plan(ids(1, 6), JURORS, 1, manual, List.of(), (d, j) -> 0);

        assertThat(plan.added()).isEmpty();
        assertThat(plan.balanced()).isFalse();
    }

    @Test
    void aThousandDossiersForTwelveJurors() {
        List<Long> jurors = ids(100_000, 12);
        Random random = new Random(3);
        Set<Pair> conflicts = new HashSet<>();
        List<Long> dossiers = ids(1, 1_000);
        dossiers.forEach(dossier -> conflicts.add(new Pair(dossier, jurors.get(random.nextInt(12)))));
        Plan plan = BalancedAssignment.plan(dossiers, jurors, 3, List.of(), conflicts, (d, j) -> (int) ((d * j) % 2));

        assertThat(plan.complete()).isTrue();
        assertThat(plan.added()).hasSize(3_000).doesNotContainAnyElementsOf(conflicts);
        assertThat(plan.loads().values()).containsOnly(250);
    }

    private static Map<Long, Long> perDossier(List<Pair> pairs) {
        return pairs.stream().collect(Collectors.groupingBy(Pair::dossier, Collectors.counting()));
    }

    private static List<Long> ids(long first, int count) {
        return LongStream.range(first, first + count).boxed().toList();
    }
}
