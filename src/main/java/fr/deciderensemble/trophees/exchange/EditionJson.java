package fr.deciderensemble.trophees.exchange;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

import fr.deciderensemble.trophees.booklet.Booklet;
import fr.deciderensemble.trophees.edition.Editions;
import fr.deciderensemble.trophees.jury.Recognition;
import fr.deciderensemble.trophees.platform.TextLimits;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;

/**
 * Reads a published edition in the exchange format of {@code edition-2020.json} and names every problem
 * at once, each with a JSON pointer to its field, so that one correction round is enough. Limits are
 * those of a dossier ({@code DossierContent}): generous for a booklet page, yet bounded.
 */
public final class EditionJson {

    /** Ten times the 2020 booklet's JSON: what the upload form and the API read at most. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    static final int MAX_PEOPLE = 100;
    static final int MAX_LAUREATES = 500;
    /** The format's deepest value ({@code /laureates/0/steps/0/text}) lies three containers down. */
    static final int MAX_DEPTH = 8;

    /** One problem: where it is (a JSON pointer, "" for the whole document) and a message key. */
    public record Error(String pointer, String key) {
    }

    /** The edition when the document is valid, otherwise every problem found. */
    public record Result(Booklet edition, List<Error> errors) {

        public Result {
            errors = List.copyOf(errors);
        }

        public boolean valid() {
            return errors.isEmpty();
        }
    }

    private final List<Error> errors = new ArrayList<>();
    private final JsonFields fields = new JsonFields(errors);

    private EditionJson() {
    }

    public static Result read(String json) {
        String document = json == null ? "" : json;
        Optional<Error> shape;
        try {
            shape = shapeProblem(document);
        } catch (JsonException | IllegalStateException | NoSuchElementException e) {
            return new Result(null, List.of(new Error("", "import.json.malformed")));
        }
        if (shape.isPresent()) {
            return new Result(null, List.of(shape.get()));
        }
        JsonValue root;
        try (JsonParser parser = Json.createParser(new StringReader(document))) {
            parser.next();
            root = parser.getValue();
            if (parser.hasNext()) {
                throw new JsonException("Text after the document");
            }
        } catch (JsonException | IllegalStateException | NoSuchElementException e) {
            return new Result(null, List.of(new Error("", "import.json.malformed")));
        }
        if (!(root instanceof JsonObject object)) {
            return new Result(null, List.of(new Error("", "import.json.notObject")));
        }
        EditionJson reading = new EditionJson();
        Booklet edition = reading.edition(object);
        return reading.errors.isEmpty() ? new Result(edition, List.of()) : new Result(null, reading.errors);
    }

    /** One open object or array while the document is streamed: its pointer, its keys, its next index. */
    private static final class Container {
        final String pointer;
        final Set<String> keys = new HashSet<>();
        final boolean array;
        int index;
        String key;

        Container(String pointer, boolean array) {
            this.pointer = pointer;
            this.array = array;
        }

        /** The pointer of the value that starts now in this container. */
        String child() {
            return pointer + "/" + (array ? String.valueOf(index++) : key.replace("~", "~0").replace("/", "~1"));
        }
    }

    /**
     * Streams the document once, without building it, for what the object model would hide or choke on: a key
     * given twice in one object (which value would count?), and nesting deeper than the format ever goes.
     */
    private static Optional<Error> shapeProblem(String json) {
        Deque<Container> open = new ArrayDeque<>();
        try (JsonParser parser = Json.createParser(new StringReader(json))) {
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                switch (event) {
                    case START_OBJECT, START_ARRAY -> {
                        String pointer = open.isEmpty() ? "" : open.peek().child();
                        if (open.size() >= MAX_DEPTH) {
                            return Optional.of(new Error(pointer, "import.json.tooDeep"));
                        }
                        open.push(new Container(pointer, event == JsonParser.Event.START_ARRAY));
                    }
                    case END_OBJECT, END_ARRAY -> open.pop();
                    case KEY_NAME -> {
                        Container object = open.peek();
                        object.key = parser.getString();
                        if (!object.keys.add(object.key)) {
                            return Optional.of(new Error(object.child(), "import.json.duplicateKey"));
                        }
                    }
                    default -> {
                        if (!open.isEmpty()) {
                            open.peek().child();
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    private Booklet edition(JsonObject json) {
        Integer year = fields.integer(json, "year", "");
        if (year == null && !fields.hasProblemAt("/year")) {
            errors.add(new Error("/year", "import.year.required"));
        } else if (year != null && (year < Editions.FIRST_YEAR || year > Editions.LAST_YEAR)) {
            errors.add(new Error("/year", "import.year.outOfRange"));
        }
        Integer number = fields.integer(json, "editionNumber", "");
        if (number != null && (number < 1 || number > Editions.LAST_YEAR - Editions.FIRST_YEAR + 1)) {
            errors.add(new Error("/editionNumber", "import.editionNumber.outOfRange"));
        }
        return new Booklet(year == null ? 0 : year, number, fields.text(json, "name", "", TextLimits.SHORT),
                fields.objects(json, "organizers", "", MAX_PEOPLE, this::organisation),
                fields.objects(json, "partners", "", MAX_PEOPLE, this::organisation),
                fields.objects(json, "supporters", "", MAX_PEOPLE, this::organisation),
                fields.objects(json, "jury", "", MAX_PEOPLE, this::juryMember),
                fields.objects(json, "laureates", "", MAX_LAUREATES, this::laureate));
    }

    private Booklet.Organisation organisation(JsonObject json, String at) {
        return new Booklet.Organisation(required(json, "name", at), fields.text(json, "description", at, TextLimits.LONG), null);
    }

    private Booklet.JuryMember juryMember(JsonObject json, String at) {
        String role = fields.text(json, "role", at, TextLimits.SHORT);
        if (role != null && !role.equals("PRESIDENT") && !role.equals("MEMBER")) {
            errors.add(new Error(at + "/role", "import.jury.role.unknown"));
        }
        return new Booklet.JuryMember(required(json, "name", at), "PRESIDENT".equals(role),
                fields.text(json, "position", at, TextLimits.SHORT), fields.text(json, "organisation", at, TextLimits.SHORT),
                fields.text(json, "bio", at, TextLimits.LONG));
    }

    private Booklet.Laureate laureate(JsonObject json, String at) {
        Recognition recognition = recognition(json, at);
        String recognitionTitle = fields.text(json, "recognitionTitle", at, TextLimits.SHORT);
        if (recognitionTitle != null && recognition != null && !recognition.titled()) {
            errors.add(new Error(at + "/recognitionTitle", "import.recognitionTitle.untitled"));
        }
        String title = fields.text(json, "title", at, TextLimits.SHORT);
        String holder = fields.text(json, "holder", at, TextLimits.SHORT);
        if (title == null && holder == null && !fields.hasProblemAt(at + "/title")
                && !fields.hasProblemAt(at + "/holder")) {
            errors.add(new Error(at + "/title", "import.laureate.unnamed"));
        }
        return new Booklet.Laureate(recognition, recognitionTitle, title, holder, departments(json, at),
                fields.text(json, "partnerNote", at, TextLimits.SHORT), fields.text(json, "approach", at, TextLimits.LONG),
                fields.texts(json, "objectives", at, TextLimits.ITEM), fields.text(json, "targetAudience", at, TextLimits.LONG),
                fields.objects(json, "steps", at, TextLimits.MAX_ITEMS, this::step), focus(json, at),
                fields.text(json, "results", at, TextLimits.LONG), null);
    }

    /** {@code stars} 1 to 4, or a {@code recognition} code for the jury's other distinctions. */
    private Recognition recognition(JsonObject json, String at) {
        Integer stars = fields.integer(json, "stars", at);
        String code = fields.text(json, "recognition", at, TextLimits.SHORT);
        if (stars != null) {
            if (stars < 1 || stars > 4) {
                errors.add(new Error(at + "/stars", "import.stars.outOfRange"));
                return null;
            }
            return Recognition.ofStars(stars);
        }
        if (code != null) {
            try {
                return Recognition.valueOf(code);
            } catch (IllegalArgumentException e) {
                errors.add(new Error(at + "/recognition", "import.recognition.unknown"));
                return null;
            }
        }
        if (!fields.hasProblemAt(at + "/stars") && !fields.hasProblemAt(at + "/recognition")) {
            errors.add(new Error(at + "/stars", "import.stars.required"));
        }
        return null;
    }

    /** A list of departments, or a single one as plain text. */
    private List<String> departments(JsonObject json, String at) {
        if (json.get("department") instanceof JsonString) {
            String department = fields.text(json, "department", at, TextLimits.SHORT);
            return department == null ? List.of() : List.of(department);
        }
        return fields.texts(json, "department", at, TextLimits.SHORT);
    }

    private Booklet.Step step(JsonObject json, String at) {
        return new Booklet.Step(fields.text(json, "title", at, TextLimits.SHORT), fields.text(json, "text", at, TextLimits.ITEM));
    }

    private Booklet.Focus focus(JsonObject json, String at) {
        return fields.object(json, "focus", at, (object, where) -> new Booklet.Focus(
                fields.text(object, "heading", where, TextLimits.SHORT), fields.text(object, "text", where, TextLimits.LONG)));
    }

    private String required(JsonObject json, String field, String at) {
        String value = fields.text(json, field, at, TextLimits.SHORT);
        if (value == null && !fields.hasProblemAt(at + "/" + field)) {
            errors.add(new Error(at + "/" + field, "import.required"));
        }
        return value;
    }
}
