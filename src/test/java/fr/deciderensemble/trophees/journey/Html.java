package fr.deciderensemble.trophees.journey;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a page's form fields hold, read from its HTML as a browser would show them. */
public final class Html {

    private static final Pattern CHECKED = Pattern.compile("\\schecked(=|\\s|/?>)");

    private Html() {
    }

    /** The text of the textarea with this id. */
    public static String textarea(String html, String id) {
        Matcher matcher = Pattern.compile("<textarea[^>]*id=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</textarea>",
                Pattern.DOTALL).matcher(html);
        return matcher.find() ? unescape(stripFirstNewline(matcher.group(1))) : null;
    }

    /** The value of the input with this id. */
    public static String input(String html, String id) {
        Matcher tag = Pattern.compile("<input[^>]*id=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(html);
        if (!tag.find()) {
            return null;
        }
        Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(tag.group());
        return value.find() ? unescape(value.group(1)) : "";
    }

    /**
     * What a browser posts of the form with this id as the page drew it: its text inputs, hidden inputs, ticked
     * boxes, textareas and chosen options, by name; no buttons, no files. One value per name: a form with several
     * boxes of one name ticked is refused, rather than read as one.
     */
    public static Map<String, String> formFields(String html, String formId) {
        Matcher form = Pattern.compile("<form id=\"" + Pattern.quote(formId) + "\".*?</form>", Pattern.DOTALL)
                .matcher(html);
        if (!form.find()) {
            throw new IllegalStateException("No form " + formId + " on this page");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher field = Pattern.compile("<input[^>]*>|<textarea[^>]*>(.*?)</textarea>|<select[^>]*>(.*?)</select>",
                Pattern.DOTALL).matcher(form.group());
        while (field.find()) {
            String tag = field.group();
            Matcher name = Pattern.compile("name=\"([^\"]+)\"").matcher(tag.substring(0, tag.indexOf('>')));
            if (!name.find()) {
                continue;
            }
            String value;
            if (tag.startsWith("<textarea")) {
                value = unescape(stripFirstNewline(field.group(1)));
            } else if (tag.startsWith("<select")) {
                Matcher chosen = Pattern.compile("<option[^>]*value=\"([^\"]*)\"[^>]*selected").matcher(field.group(2));
                value = chosen.find() ? unescape(chosen.group(1)) : "";
            } else {
                Matcher type = Pattern.compile("type=\"(\\w+)\"").matcher(tag);
                String kind = type.find() ? type.group(1) : "text";
                if (kind.equals("submit") || kind.equals("button") || kind.equals("file")
                        || (kind.equals("checkbox") || kind.equals("radio")) && !CHECKED.matcher(tag).find()) {
                    continue;
                }
                Matcher attribute = Pattern.compile("value=\"([^\"]*)\"").matcher(tag);
                value = attribute.find() ? unescape(attribute.group(1)) : "";
            }
            if (fields.putIfAbsent(name.group(1), value) != null) {
                throw new IllegalStateException("Several values for " + name.group(1) + " in form " + formId);
            }
        }
        return fields;
    }

    /** The messages the page shows above its content. */
    public static String messages(String html) {
        Matcher matcher = Pattern.compile("<div id=\"messages\"[^>]*>(.*?)</div>", Pattern.DOTALL).matcher(html);
        return matcher.find() ? unescape(matcher.group(1).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip())
                : "";
    }

    /** The problem a form shows beside its field with this id, or nothing. */
    public static String problem(String html, String field) {
        Matcher matcher = Pattern.compile("<span id=\"" + Pattern.quote(field) + "-problem\"[^>]*>(.*?)</span>",
                Pattern.DOTALL).matcher(html);
        return matcher.find() ? unescape(matcher.group(1).strip()) : null;
    }

    /** The text of the page's main part, as one line: what a reader sees of it, without the menus. */
    public static String mainText(String html) {
        Matcher matcher = Pattern.compile("<main[^>]*>(.*?)</main>", Pattern.DOTALL).matcher(html);
        return text(matcher.find() ? matcher.group(1) : "");
    }

    /** The text of any markup, a page's part or an Ajax answer, as one reads it. */
    public static String text(String markup) {
        return unescape(markup.replaceAll("(?s)<script.*?</script>", " ").replace("<![CDATA[", "").replace("]]>", "")
                .replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip());
    }

    private static String stripFirstNewline(String text) {
        return text.startsWith("\n") ? text.substring(1) : text;
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
