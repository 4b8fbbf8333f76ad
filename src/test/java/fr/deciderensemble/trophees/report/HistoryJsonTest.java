package fr.deciderensemble.trophees.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.deciderensemble.trophees.report.AnnualReport.YearFigures;

class HistoryJsonTest {

    @Test
    void readsThePublishedEditionsAsFloorsOfDossiers() {
        List<YearFigures> published = HistoryJson.published();

        assertThat(published).extracting(YearFigures::year).containsExactly(2016, 2017, 2018, 2019, 2020, 2021);
        assertThat(published.get(3)).isEqualTo(new YearFigures(2019, 140, true, 16, "3 & 4 étoiles", 0));
        assertThat(published.get(0).laureatesNote()).isNull();
        assertThat(published.get(5).specialMentions()).isEqualTo(2);
    }

    @Test
    void readsAnExactCountOfDossiersAsExact() {
        String json = """
                [{"year": 2022, "dossiers": 97, "laureates": 31, "laureatesNote": null, "specialMentions": 1}]""";

        List<YearFigures> years = HistoryJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));

        assertThat(years).containsExactly(new YearFigures(2022, 97, false, 31, null, 1));
    }

    @Test
    void letsTheDatabaseCountsReplaceThePublishedOnesYearByYear() {
        YearFigures exact2021 = new YearFigures(2021, 93, false, 35, null, 2);
        YearFigures edition2022 = new YearFigures(2022, 104, false, 38, null, 1);

        List<YearFigures> series = YearlySeries.combine(HistoryJson.published(), List.of(edition2022, exact2021));

        assertThat(series).extracting(YearFigures::year).containsExactly(2016, 2017, 2018, 2019, 2020, 2021, 2022);
        assertThat(series.get(5)).isEqualTo(exact2021);
        assertThat(series.get(6)).isEqualTo(edition2022);
    }
}
