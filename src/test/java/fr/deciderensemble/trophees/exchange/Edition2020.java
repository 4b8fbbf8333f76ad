package fr.deciderensemble.trophees.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import fr.deciderensemble.trophees.booklet.Booklet;
import fr.deciderensemble.trophees.booklet.Booklet.Focus;
import fr.deciderensemble.trophees.booklet.Booklet.JuryMember;
import fr.deciderensemble.trophees.booklet.Booklet.Laureate;
import fr.deciderensemble.trophees.booklet.Booklet.Organisation;
import fr.deciderensemble.trophees.booklet.Booklet.Step;
import fr.deciderensemble.trophees.jury.Recognition;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

/** The 2020 edition as published in its booklet ({@code shared/data/edition-2020.json}), as a booklet model. */
public final class Edition2020 {

    private static final Path DATA = Path.of("shared", "data", "edition-2020.json");

    private Edition2020() {
    }

    public static Booklet booklet() throws IOException {
        try (InputStream in = Files.newInputStream(locate()); JsonReader reader = Json.createReader(in)) {
            JsonObject edition = reader.readObject();
            return new Booklet(edition.getInt("year"), edition.getInt("editionNumber"), edition.getString("name"),
                    list(edition, "organizers", Edition2020::organisation),
                    list(edition, "partners", Edition2020::organisation),
                    list(edition, "supporters", Edition2020::organisation),
                    list(edition, "jury", Edition2020::juryMember),
                    list(edition, "laureates", Edition2020::laureate));
        }
    }

    /** The shared data sits next to the project (../shared), wherever the build runs from. */
    public static Path locate() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(DATA))) {
                return dir.resolve(DATA);
            }
        }
        throw new IllegalStateException("No " + DATA + " in the project's parent directories");
    }

    private static Organisation organisation(JsonObject json) {
        return new Organisation(text(json, "name"), text(json, "description"), null);
    }

    private static JuryMember juryMember(JsonObject json) {
        return new JuryMember(text(json, "name"), "PRESIDENT".equals(text(json, "role")), text(json, "position"),
                text(json, "organisation"), text(json, "bio"));
    }

    private static Laureate laureate(JsonObject json) {
        JsonObject focus = json.isNull("focus") ? null : json.getJsonObject("focus");
        return new Laureate(Recognition.ofStars(json.getInt("stars")), null, text(json, "title"),
                text(json, "holder"), strings(json, "department"), text(json, "partnerNote"), text(json, "approach"),
                strings(json, "objectives"), text(json, "targetAudience"),
                list(json, "steps", step -> new Step(text(step, "title"), text(step, "text"))),
                focus == null ? null : new Focus(text(focus, "heading"), text(focus, "text")), text(json, "results"),
                null);
    }

    private static <T> List<T> list(JsonObject json, String key, Function<JsonObject, T> mapper) {
        if (!json.containsKey(key) || json.isNull(key)) {
            return List.of();
        }
        return json.getJsonArray(key).getValuesAs(JsonObject.class).stream().map(mapper).toList();
    }

    private static List<String> strings(JsonObject json, String key) {
        if (!json.containsKey(key) || json.isNull(key)) {
            return List.of();
        }
        JsonArray array = json.getJsonArray(key);
        return array.getValuesAs(jakarta.json.JsonString.class).stream().map(s -> s.getString()).toList();
    }

    private static String text(JsonObject json, String key) {
        return !json.containsKey(key) || json.get(key).getValueType() == JsonValue.ValueType.NULL ? null
                : json.getString(key);
    }
}
