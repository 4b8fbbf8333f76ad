package fr.deciderensemble.trophees.palmares;

import java.util.EnumMap;
import java.util.List;
import java.util.stream.Collectors;

import fr.deciderensemble.trophees.jury.Recognition;

/** The laureates of a published edition who received one recognition, in booklet order. */
public record PalmaresSection(Recognition recognition, List<Laureate> laureates) {

    public PalmaresSection {
        laureates = List.copyOf(laureates);
    }

    /** One section per recognition given, 4 stars first, then special mentions and jury prizes, as the booklet. */
    static List<PalmaresSection> of(List<Laureate> laureates) {
        return laureates.stream()
                .collect(Collectors.groupingBy(Laureate::getRecognition, () -> new EnumMap<>(Recognition.class),
                        Collectors.toList()))
                .entrySet().stream().map(level -> new PalmaresSection(level.getKey(), level.getValue())).toList();
    }
}
