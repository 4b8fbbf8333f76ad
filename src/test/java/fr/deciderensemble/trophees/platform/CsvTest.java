package fr.deciderensemble.trophees.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", " =1+1", "\u00a0=1+1", "\t=1+1", "\r=1+1",
        "\uFF1D1+1", " \uFF0BSUM(A1)", "-2+3", "@SUM(A1)", "\u2003+1"})
    void aLabelThatASpreadsheetWouldRunIsMadePlainText(String label) {
        assertThat(Csv.inert(label)).isEqualTo("'" + label);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Énergie", "Budget = participation", " Mairie", ""})
    void otherLabelsStayAsTheyAre(String label) {
        assertThat(Csv.inert(label)).isEqualTo(label);
    }
}
