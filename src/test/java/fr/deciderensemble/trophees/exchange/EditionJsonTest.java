package fr.deciderensemble.trophees.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import fr.deciderensemble.trophees.booklet.Booklet;
import fr.deciderensemble.trophees.exchange.EditionJson.Error;
import fr.deciderensemble.trophees.jury.Recognition;
import fr.deciderensemble.trophees.platform.TextLimits;

class EditionJsonTest {

    static final Path EDITION_2020 = Path.of("../shared/data/edition-2020.json");

    @Test
    void the2020BookletReadsWhole() throws IOException {
        EditionJson.Result read = EditionJson.read(Files.readString(EDITION_2020));

        assertThat(read.errors()).isEmpty();
        Booklet edition = read.edition();
        assertThat(edition.year()).isEqualTo(2020);
        assertThat(edition.editionNumber()).isEqualTo(5);
        assertThat(edition.organisers()).hasSize(2).first().extracting(Booklet.Organisation::name)
                .isEqualTo("Décider ensemble");
        assertThat(edition.partners()).hasSize(3);
        assertThat(edition.supporters()).hasSize(2);
        assertThat(edition.jury()).hasSize(8).filteredOn(Booklet.JuryMember::president)
                .extracting(Booklet.JuryMember::name).containsExactly("CHANTAL JOUANNO");
        Map<Recognition, Long> levels = edition.laureates().stream()
                .collect(Collectors.groupingBy(Booklet.Laureate::recognition, Collectors.counting()));
        assertThat(levels).containsOnly(Map.entry(Recognition.STARS_4, 6L),
                Map.entry(Recognition.STARS_3, 10L), Map.entry(Recognition.STARS_2, 10L),
                Map.entry(Recognition.STARS_1, 14L));
        Booklet.Laureate first = edition.laureates().get(0);
        assertThat(first.title()).isEqualTo("PARLONS ENSEMBLE DE CACHAN !");
        assertThat(first.departments()).containsExactly("94");
        assertThat(first.steps()).first().extracting(Booklet.Step::title).isEqualTo("Une phase d'écoute");
        assertThat(first.focus().heading()).startsWith("UNE DÉMARCHE");
        assertThat(edition.laureates()).filteredOn(laureate -> laureate.title() == null).hasSize(1);
    }

    @Test
    void whatIsWrittenReadsBackTheSame() throws IOException {
        Booklet edition = EditionJson.read(Files.readString(EDITION_2020)).edition();

        EditionJson.Result again = EditionJson.read(EditionJsonWriter.write(edition).toString());

        assertThat(again.errors()).isEmpty();
        assertThat(again.edition()).usingRecursiveComparison().isEqualTo(edition);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "{\"year\": 2020,}", "not json", "{\"year\": 2020} trailing"})
    void malformedJsonIsOneProblemOnTheWholeDocument(String json) {
        assertThat(EditionJson.read(json).errors()).containsExactly(new Error("", "import.json.malformed"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "2020", "\"2020\"", "null"})
    void aDocumentThatIsNoObjectIsRefused(String json) {
        assertThat(EditionJson.read(json).errors()).containsExactly(new Error("", "import.json.notObject"));
    }

    @Test
    void theYearIsRequired() {
        assertThat(problems("{\"laureates\": []}")).containsExactly(Map.entry("/year", "import.year.required"));
        assertThat(problems("{\"year\": null}")).containsExactly(Map.entry("/year", "import.year.required"));
    }

    @ParameterizedTest
    @CsvSource({"2015, import.year.outOfRange", "2101, import.year.outOfRange", "'\"2020\"', import.type.integer",
        "2020.5, import.type.integer", "99999999999, import.type.integer"})
    void theYearIsAPlausibleWholeNumber(String year, String key) {
        assertThat(problems("{\"year\": " + year + "}")).containsExactly(Map.entry("/year", key));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 5, -1})
    void starsGoFromOneToFour(int stars) {
        assertThat(problems(edition(laureate("\"stars\": 4"), laureate("\"stars\": " + stars))))
                .containsExactly(Map.entry("/laureates/1/stars", "import.stars.outOfRange"));
    }

    @Test
    void aLaureateNeedsARecognitionAndAName() {
        assertThat(problems(edition("{\"title\": \"Sans étoiles\"}", "{\"stars\": 2}",
                laureate("\"recognition\": \"SPECIAL_MENTION\""), laureate("\"recognition\": \"GOLD\""))))
                .containsOnly(Map.entry("/laureates/0/stars", "import.stars.required"),
                        Map.entry("/laureates/1/title", "import.laureate.unnamed"),
                        Map.entry("/laureates/3/recognition", "import.recognition.unknown"));
    }

    @Test
    void aMentionOrAPrizeKeepsItsOwnTitleThroughAnExportAndBack() {
        EditionJson.Result read = EditionJson.read(edition(laureate(
                "\"recognition\": \"SPECIAL_MENTION\", \"recognitionTitle\": \" Mention spéciale du jury — inclusion des jeunes \"")));
        Booklet.Laureate mention = read.edition().laureates().get(0);
        assertThat(mention.recognitionTitle()).isEqualTo("Mention spéciale du jury — inclusion des jeunes");

        Booklet.Laureate again = EditionJson.read(EditionJsonWriter.write(read.edition()).toString()).edition()
                .laureates().get(0);
        assertThat(again.recognition()).isEqualTo(Recognition.SPECIAL_MENTION);
        assertThat(again.recognitionTitle()).isEqualTo("Mention spéciale du jury — inclusion des jeunes");
    }

    @Test
    void starsCarryNoTitleOfTheirOwn() {
        assertThat(problems(edition(laureate("\"stars\": 3, \"recognitionTitle\": \"Trois étoiles d'or\""))))
                .containsExactly(Map.entry("/laureates/0/recognitionTitle", "import.recognitionTitle.untitled"));
    }

    @Test
    void textBeyondItsLimitIsNamedWithTheLimit() {
        String json = edition(laureate("\"stars\": 1, \"approach\": \"" + "a".repeat(TextLimits.LONG + 1) + "\""),
                laureate("\"stars\": 1, \"objectives\": [\"court\", \"" + "b".repeat(TextLimits.ITEM + 1) + "\"]"),
                "{\"stars\": 1, \"title\": \"" + "c".repeat(TextLimits.SHORT + 1) + "\"}");

        assertThat(problems(json)).containsOnly(Map.entry("/laureates/0/approach", "import.tooLong.5000"),
                Map.entry("/laureates/1/objectives/1", "import.tooLong.1000"),
                Map.entry("/laureates/2/title", "import.tooLong.200"));
    }

    @Test
    void textAtItsLimitIsAccepted() {
        assertThat(problems(edition(laureate("\"stars\": 1, \"approach\": \"" + "a".repeat(TextLimits.LONG) + "\""))))
                .isEmpty();
    }

    @Test
    void tooLongAListIsRefused() {
        String objectives = "\"o\", ".repeat(TextLimits.MAX_ITEMS) + "\"o\"";
        assertThat(problems(edition(laureate("\"stars\": 1, \"objectives\": [" + objectives + "]"))))
                .containsExactly(Map.entry("/laureates/0/objectives", "import.tooMany"));
    }

    @Test
    void valuesOfTheWrongTypeAreNamedOneByOne() {
        String json = "{\"year\": 2020, \"name\": 5, \"jury\": {}, \"partners\": [\"CNDP\"],"
                + " \"organizers\": [{\"name\": \"Décider ensemble\", \"description\": [\"texte\"]}],"
                + " \"laureates\": [{\"stars\": \"4\", \"holder\": \"Ville\", \"steps\": \"étape\","
                + " \"focus\": \"texte\", \"department\": [94]}]}";

        assertThat(problems(json)).containsOnly(Map.entry("/name", "import.type.text"),
                Map.entry("/jury", "import.type.array"), Map.entry("/partners/0", "import.type.object"),
                Map.entry("/organizers/0/description", "import.type.text"),
                Map.entry("/laureates/0/stars", "import.type.integer"),
                Map.entry("/laureates/0/steps", "import.type.array"),
                Map.entry("/laureates/0/focus", "import.type.object"),
                Map.entry("/laureates/0/department/0", "import.type.text"));
    }

    @Test
    void organisationsAndJurorsNeedANameAndJurorsAKnownRole() {
        assertThat(problems("{\"year\": 2020, \"supporters\": [{\"description\": \"sans nom\"}],"
                + " \"jury\": [{\"name\": \"A\", \"role\": \"CHAIR\"}, {\"name\": \"  \"}]}"))
                .containsOnly(Map.entry("/supporters/0/name", "import.required"),
                        Map.entry("/jury/0/role", "import.jury.role.unknown"),
                        Map.entry("/jury/1/name", "import.required"));
    }

    @Test
    void everyProblemIsNamedAndNoEditionIsGiven() {
        EditionJson.Result read = EditionJson.read("{\"name\": 5, \"laureates\": ["
                + laureate("\"stars\": 0") + ", " + laureate("\"stars\": 5") + "]}");

        assertThat(read.valid()).isFalse();
        assertThat(read.edition()).isNull();
        assertThat(read.errors()).extracting(Error::pointer)
                .containsExactlyInAnyOrder("/year", "/name", "/laureates/0/stars", "/laureates/1/stars");
    }

    @Test
    void aKeyGivenTwiceInOneObjectIsRefusedWhereItIs() {
        assertThat(problems("{\"year\": 2020, \"year\": 2021}"))
                .containsExactly(Map.entry("/year", "import.json.duplicateKey"));
        assertThat(problems(edition(laureate("\"stars\": 1"), laureate("\"stars\": 2, \"stars\": 3"))))
                .containsExactly(Map.entry("/laureates/1/stars", "import.json.duplicateKey"));
        assertThat(problems(edition(laureate("\"stars\": 1, \"steps\": [{\"title\": \"a\"}, {\"text\": \"b\", \"text\": \"c\"}]"))))
                .containsExactly(Map.entry("/laureates/0/steps/1/text", "import.json.duplicateKey"));
    }

    @Test
    void nestingDeeperThanTheFormatIsRefusedWithoutReadingOn() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        assertThat(problems("{\"year\": 2020, \"laureates\": " + deep + "}"))
                .containsExactly(Map.entry("/laureates/0/0/0/0/0/0/0", "import.json.tooDeep"));
        assertThat(problems(edition(laureate("\"stars\": 1, \"steps\": [{\"title\": \"a\", \"text\": \"b\"}]"))))
                .isEmpty();
    }

    @Test
    void textsAreStoredNormalisedAndControlCharactersRefused() {
        EditionJson.Result read = EditionJson.read(edition(laureate("\"stars\": 1, \"approach\": \"  ligne\\r\\nsuite  \"")));
        assertThat(read.edition().laureates().get(0).approach()).isEqualTo("ligne\nsuite");
        assertThat(problems(edition("{\"stars\": 1, \"title\": \"nul\\u0000\", \"approach\": \"tab\\tok\"}",
                "{\"stars\": 1, \"title\": \"deux\\nlignes\"}")))
                .containsOnly(Map.entry("/laureates/0/title", "import.forbiddenCharacters"),
                        Map.entry("/laureates/1/title", "import.forbiddenCharacters"));
    }

    @Test
    void aTitleWithTrailingBlanksBeyondItsLimitIsNotRefusedForThem() {
        assertThat(problems(edition("{\"stars\": 1, \"title\": \"" + "c".repeat(TextLimits.SHORT) + "   \\n\"}")))
                .isEmpty();
    }

    private static Map<String, String> problems(String json) {
        return EditionJson.read(json).errors().stream()
                .collect(Collectors.toMap(Error::pointer, Error::key, (a, b) -> a + "," + b));
    }

    private static String edition(String... laureates) {
        return "{\"year\": 2020, \"laureates\": [" + String.join(", ", laureates) + "]}";
    }

    private static String laureate(String fields) {
        return "{\"title\": \"Un projet\", \"holder\": \"Une commune\", " + fields + "}";
    }

}
