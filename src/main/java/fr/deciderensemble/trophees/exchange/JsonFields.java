package fr.deciderensemble.trophees.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;

import fr.deciderensemble.trophees.exchange.EditionJson.Error;
import fr.deciderensemble.trophees.platform.Text;
import fr.deciderensemble.trophees.platform.TextLimits;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Typed reads of optional JSON fields: a missing field and {@code null} both read as absent, anything
 * of the wrong type or size is noted as a problem at its pointer and read as absent too.
 */
final class JsonFields {

    private final List<Error> errors;

    JsonFields(List<Error> errors) {
        this.errors = errors;
    }

    boolean hasProblemAt(String pointer) {
        return errors.stream().anyMatch(error -> error.pointer().equals(pointer));
    }

    /** Blank text reads as absent. */
    String text(JsonObject json, String field, String at, int max) {
        return text(value(json, field), at + "/" + field, max);
    }

    Integer integer(JsonObject json, String field, String at) {
        JsonValue value = value(json, field);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonNumber number && number.isIntegral()
                && number.bigIntegerValue().bitLength() < Integer.SIZE) {
            return number.intValue();
        }
        errors.add(new Error(at + "/" + field, "import.type.integer"));
        return null;
    }

    /** The non-blank texts of an array. */
    List<String> texts(JsonObject json, String field, String at, int max) {
        List<String> texts = new ArrayList<>();
        JsonArray array = array(json, field, at, TextLimits.MAX_ITEMS);
        for (int i = 0; array != null && i < array.size(); i++) {
            String text = text(array.get(i), at + "/" + field + "/" + i, max);
            if (text != null) {
                texts.add(text);
            }
        }
        return texts;
    }

    <T> T object(JsonObject json, String field, String at, BiFunction<JsonObject, String, T> read) {
        JsonValue value = value(json, field);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonObject object) {
            return read.apply(object, at + "/" + field);
        }
        errors.add(new Error(at + "/" + field, "import.type.object"));
        return null;
    }

    <T> List<T> objects(JsonObject json, String field, String at, int maxSize, BiFunction<JsonObject, String, T> read) {
        List<T> objects = new ArrayList<>();
        JsonArray array = array(json, field, at, maxSize);
        for (int i = 0; array != null && i < array.size(); i++) {
            String pointer = at + "/" + field + "/" + i;
            if (array.get(i) instanceof JsonObject object) {
                objects.add(read.apply(object, pointer));
            } else {
                errors.add(new Error(pointer, "import.type.object"));
            }
        }
        return objects.stream().filter(Objects::nonNull).toList();
    }

    private JsonArray array(JsonObject json, String field, String at, int maxSize) {
        JsonValue value = value(json, field);
        if (value == null) {
            return null;
        }
        if (!(value instanceof JsonArray array)) {
            errors.add(new Error(at + "/" + field, "import.type.array"));
            return null;
        }
        if (array.size() > maxSize) {
            errors.add(new Error(at + "/" + field, "import.tooMany"));
            return null;
        }
        return array;
    }

    private String text(JsonValue value, String pointer, int max) {
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonString string)) {
            errors.add(new Error(pointer, "import.type.text"));
            return null;
        }
        String text = Text.normalise(string.getString());
        if (Text.tooLong(text, max)) {
            errors.add(new Error(pointer, "import.tooLong." + max));
            return null;
        }
        // The short texts are those of one line: names, titles, headings.
        if (Text.hasForbiddenCharacters(text, max > TextLimits.SHORT)) {
            errors.add(new Error(pointer, "import.forbiddenCharacters"));
            return null;
        }
        return text;
    }

    private static JsonValue value(JsonObject json, String field) {
        JsonValue value = json.get(field);
        return value == null || value == JsonValue.NULL ? null : value;
    }
}
