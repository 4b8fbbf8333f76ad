package fr.deciderensemble.trophees.exchange;

import java.util.List;

import fr.deciderensemble.trophees.booklet.Booklet;
import fr.deciderensemble.trophees.jury.Recognition;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** Writes a published edition in the format {@link EditionJson} reads, logos left out. */
public final class EditionJsonWriter {

    private EditionJsonWriter() {
    }

    public static JsonObject write(Booklet edition) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("year", edition.year());
        if (edition.editionNumber() != null) {
            json.add("editionNumber", edition.editionNumber());
        }
        return text(json, "name", edition.programmeName())
                .add("organizers", organisations(edition.organisers()))
                .add("partners", organisations(edition.partners()))
                .add("supporters", organisations(edition.supporters()))
                .add("jury", jury(edition.jury()))
                .add("laureates", laureates(edition.laureates())).build();
    }

    private static JsonArrayBuilder organisations(List<Booklet.Organisation> organisations) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        organisations.forEach(o -> array.add(text(text(Json.createObjectBuilder(), "name", o.name()),
                "description", o.description())));
        return array;
    }

    private static JsonArrayBuilder jury(List<Booklet.JuryMember> jury) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        jury.forEach(member -> {
            JsonObjectBuilder json = text(Json.createObjectBuilder(), "name", member.name())
                    .add("role", member.president() ? "PRESIDENT" : "MEMBER");
            array.add(text(text(text(json, "position", member.position()), "organisation", member.organisation()),
                    "bio", member.biography()));
        });
        return array;
    }

    private static JsonArrayBuilder laureates(List<Booklet.Laureate> laureates) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Booklet.Laureate laureate : laureates) {
            JsonObjectBuilder json = Json.createObjectBuilder();
            Recognition recognition = laureate.recognition();
            if (recognition.titled()) {
                json.add("recognition", recognition.name());
            } else {
                json.add("stars", recognition.stars());
            }
            if (laureate.recognitionTitle() != null) {
                json.add("recognitionTitle", laureate.recognitionTitle());
            }
            text(text(json, "title", laureate.title()), "holder", laureate.holder())
                    .add("department", Json.createArrayBuilder(laureate.departments()));
            text(text(json, "partnerNote", laureate.partnerNote()), "approach", laureate.approach())
                    .add("objectives", Json.createArrayBuilder(laureate.objectives()));
            text(json, "targetAudience", laureate.targetAudience()).add("steps", steps(laureate.steps()));
            if (laureate.focus() == null) {
                json.addNull("focus");
            } else {
                json.add("focus", text(text(Json.createObjectBuilder(), "heading", laureate.focus().heading()),
                        "text", laureate.focus().text()));
            }
            array.add(text(json, "results", laureate.results()));
        }
        return array;
    }

    private static JsonArrayBuilder steps(List<Booklet.Step> steps) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        steps.forEach(step -> array.add(text(text(Json.createObjectBuilder(), "title", step.title()), "text",
                step.text())));
        return array;
    }

    private static JsonObjectBuilder text(JsonObjectBuilder json, String field, String value) {
        return value == null ? json.addNull(field) : json.add(field, value);
    }
}
