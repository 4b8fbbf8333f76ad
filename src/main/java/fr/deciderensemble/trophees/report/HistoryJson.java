package fr.deciderensemble.trophees.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import fr.deciderensemble.trophees.report.AnnualReport.YearFigures;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

/**
 * Reads the yearly figures published before the application existed: an array of objects with
 * {@code year}, {@code dossiersAtLeast}, {@code laureates}, {@code laureatesNote} and {@code specialMentions}.
 */
public final class HistoryJson {

    private static final String PUBLISHED = "/publication/history.json";

    private HistoryJson() {
    }

    /** The figures of the 2016–2021 editions, bundled with the application. */
    public static List<YearFigures> published() {
        try (InputStream json = HistoryJson.class.getResourceAsStream(PUBLISHED)) {
            if (json == null) {
                throw new IllegalStateException("Missing resource " + PUBLISHED);
            }
            return read(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<YearFigures> read(InputStream json) {
        try (JsonReader reader = Json.createReader(json)) {
            return reader.readArray().getValuesAs(JsonObject.class).stream().map(HistoryJson::figures).toList();
        }
    }

    private static YearFigures figures(JsonObject year) {
        // The published counts are floors ("+ de 90 dossiers"); an exact count would come as "dossiers".
        boolean atLeast = year.containsKey("dossiersAtLeast");
        int dossiers = year.getInt(atLeast ? "dossiersAtLeast" : "dossiers");
        return new YearFigures(year.getInt("year"), dossiers, atLeast, year.getInt("laureates"),
                textOrNull(year, "laureatesNote"), year.getInt("specialMentions", 0));
    }

    private static String textOrNull(JsonObject year, String key) {
        JsonValue value = year.get(key);
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : year.getString(key);
    }
}
