package fr.deciderensemble.trophees.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

import fr.deciderensemble.trophees.report.AnnualReport.Breakdown;

class AnnualReportCsvTest {

    @Test
    void startsWithAByteOrderMarkSoThatSpreadsheetsReadUtf8() {
        byte[] csv = AnnualReportCsv.write(ReportFixtures.edition2020());

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains("Côtes-d’Armor (22);3", "Benoît Lœuillet");
    }

    @Test
    void givesBackTheFiguresOfEachSection() {
        Map<String, List<List<String>>> sections = sections(AnnualReportCsv.write(ReportFixtures.edition2020()));

        assertThat(sections.get("Chiffres clés")).containsExactly(List.of("Indicateur", "Valeur"),
                List.of("Dossiers déposés", "52"), List.of("Dossiers recevables", "48"),
                List.of("Taux de recevabilité (%)", "92"), List.of("Lauréats", "40"),
                List.of("Mentions spéciales", "0"), List.of("Prix du jury", "0"),
                List.of("Dossiers déposés les 2 derniers jours", "37"));
        assertThat(sections.get("Lauréats par niveau")).contains(List.of("4 étoiles", "6"), List.of("3 étoiles", "10"),
                List.of("2 étoiles", "10"), List.of("1 étoile", "14"));
        assertThat(sections.get("Par type de porteur")).contains(List.of("Collectivité", "31"),
                List.of("État et établissements publics", "2"));
        assertThat(sections.get("Par thématique")).containsExactly(List.of("Libellé", "Nombre"),
                List.of("non renseigné"));
        assertThat(sections.get("Activité du jury")).contains(List.of("Benoît Lœuillet", "13", "7", "54"),
                List.of("Marc Prévôt", "0", "0", ""));
        assertThat(sections.get("Dépôts cumulés")).contains(List.of("2020-10-07", "15"), List.of("2020-10-09", "52"));
        assertThat(sections.get("Historique des éditions")).contains(
                List.of("2019", "140", "oui", "16", "3 & 4 étoiles", "0"),
                List.of("2020", "52", "non", "40", "tous", "0"));
    }

    @Test
    void quotesLabelsHoldingSeparatorsQuotesOrLineBreaks() {
        AnnualReport edition = ReportFixtures.edition2020();
        Map<String, Integer> themes = new LinkedHashMap<>();
        themes.put("Urbanisme; habitat", 3);
        themes.put("Le \"faire ensemble\"", 4);
        themes.put("Santé\nsolidarités", 5);
        Map<Breakdown, Map<String, Integer>> breakdowns = new EnumMap<>(edition.breakdowns());
        breakdowns.put(Breakdown.THEME, themes);
        AnnualReport report = new AnnualReport(edition.year(), edition.editionNumber(), edition.dossiersSubmitted(),
                edition.dossiersAdmissible(), edition.awards(), breakdowns, edition.jury(), edition.submissions(),
                edition.history());

        String csv = AnnualReportCsv.text(report);

        assertThat(csv).contains("\"Urbanisme; habitat\";3\r\n", "\"Le \"\"faire ensemble\"\"\";4\r\n");
        assertThat(sections(AnnualReportCsv.write(report)).get("Par thématique")).containsExactly(
                List.of("Libellé", "Nombre"), List.of("Urbanisme; habitat", "3"), List.of("Le \"faire ensemble\"", "4"),
                List.of("Santé\nsolidarités", "5"));
    }

    @Test
    void anImportedEditionsDossiersAreThePublishedFigureAndTheRestNotRecordedRatherThanZero() {
        AnnualReport full = ReportFixtures.edition2020();
        AnnualReport imported = new AnnualReport(full.year(), full.editionNumber(), OptionalInt.empty(),
                OptionalInt.empty(), full.awards(), Map.of(), List.of(), List.of(), HistoryJson.published());
        AnnualReport unpublishedYear = new AnnualReport(2015, null, OptionalInt.empty(), OptionalInt.empty(),
                full.awards(), Map.of(), List.of(), List.of(), List.of());

        assertThat(sections(AnnualReportCsv.write(unpublishedYear)).get("Chiffres clés"))
                .contains(List.of("Dossiers déposés", "non renseigné"));
        assertThat(sections(AnnualReportCsv.write(imported)).get("Chiffres clés")).contains(
                List.of("Dossiers déposés", "plus de 50"), List.of("Dossiers recevables", "non renseigné"),
                List.of("Taux de recevabilité (%)", "non renseigné"));
    }

    @Test
    void keepsALabelThatLooksLikeAFormulaFromRunningInASpreadsheet() {
        AnnualReport edition = ReportFixtures.edition2020();
        Map<Breakdown, Map<String, Integer>> breakdowns = new EnumMap<>(edition.breakdowns());
        breakdowns.put(Breakdown.THEME, ReportFixtures.ordered("=HYPERLINK(\"http://example.org\")", 1, "Énergie", 2));
        AnnualReport report = new AnnualReport(edition.year(), edition.editionNumber(), edition.dossiersSubmitted(),
                edition.dossiersAdmissible(), edition.awards(), breakdowns, edition.jury(), edition.submissions(),
                edition.history());

        assertThat(sections(AnnualReportCsv.write(report)).get("Par thématique")).containsExactly(
                List.of("Libellé", "Nombre"), List.of("'=HYPERLINK(\"http://example.org\")", "1"),
                List.of("Énergie", "2"));
    }

    /** Each block: its title on a line of its own, then its rows until an empty line. */
    private static Map<String, List<List<String>>> sections(byte[] csv) {
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        Map<String, List<List<String>>> sections = new LinkedHashMap<>();
        List<List<String>> current = null;
        boolean startOfBlock = false;
        for (List<String> record : parse(text.substring(1))) {
            if (record.equals(List.of(""))) {
                startOfBlock = true;
            } else if (startOfBlock) {
                current = new ArrayList<>();
                sections.put(record.get(0), current);
                startOfBlock = false;
            } else if (current != null) {
                current.add(record);
            }
        }
        return sections;
    }

    /** RFC 4180 with ";" as the separator. */
    private static List<List<String>> parse(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ';') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        assertThat(field.length() == 0 && record.isEmpty()).as("CSV ends with a line end").isTrue();
        return records;
    }
}
