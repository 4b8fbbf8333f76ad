package fr.deciderensemble.trophees.candidacy;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

import fr.deciderensemble.trophees.notification.EmailAddress;
import fr.deciderensemble.trophees.platform.Text;

/**
 * What a candidate writes in a dossier, in the form it is checked and stored ({@link Text#normalise}): what the
 * booklet and the resource centre print, plus contact persons who stay private. Limits are generous for a booklet
 * page yet bounded, so that no field can swamp the database or the PDF, and they are those of the columns.
 *
 * <p>A draft is refused only for what cannot be stored (so that saving, automatic or not, never loses a half-typed
 * field); everything else is a requirement of submission, counted per {@link Section} to show how far along each
 * part of the form is. A problem's key names its field ({@code dossier.<field>.…}), which the form links to.
 */
public record DossierContent(String title, String approachType, String theme, List<String> keyPoints,
        Holder holder, String approach, List<String> objectives, String targetAudience, List<Step> steps,
        String otherActors, String results, List<Contact> contacts) {

    static final int SHORT = 200;
    static final int LONG = 5000;
    static final int ITEM = 1000;
    static final int KEY_POINT = 300;
    static final int MAX_ITEMS = 20;
    public static final int MAX_KEY_POINTS = 5;
    public static final int MAX_CONTACTS = 3;
    static final int MAX_DEPARTMENTS = 10;
    static final int POSTCODE = 10;
    static final int PHONE = 30;
    static final int EMAIL = 254;

    /** The parts of the form, in its order; each shows how many of its required fields are filled. */
    public enum Section {
        PROJECT, HOLDER, APPROACH, CONTACTS
    }

    /** How many of a section's required fields are filled (getters for the pages' EL, which reads no record). */
    public record Progress(Section section, int done, int total) {

        public Section getSection() {
            return section;
        }

        public int getDone() {
            return done;
        }

        public int getTotal() {
            return total;
        }

        public int getPercent() {
            return total == 0 ? 100 : done * 100 / total;
        }

        public boolean isComplete() {
            return done == total;
        }
    }

    /** Who carries the project, and where. Departments are codes ({@link Department}). */
    public record Holder(String name, String type, String address, String postcode, String commune,
            List<String> departments, String website) {

        public static final Holder NONE = new Holder(null, null, null, null, null, List.of(), null);

        public Holder {
            name = Text.normalise(name);
            type = Text.normalise(type);
            address = Text.normalise(address);
            postcode = Text.normalise(postcode);
            commune = Text.normalise(commune);
            departments = clean(departments).stream().map(code -> code.toUpperCase(Locale.ROOT))
                    .distinct().toList();
            website = site(Text.normalise(website));
        }

        /**
         * "www.exemple.fr" is how people write an address; it is stored as a link that opens, and anything but a web
         * link becomes a harmless one.
         */
        private static String site(String typed) {
            String lower = typed == null ? null : typed.toLowerCase(Locale.ROOT);
            return lower == null || lower.startsWith("https://") || lower.startsWith("http://") ? typed
                    : "https://" + typed;
        }
    }

    /** One step of the project: a short title and its text, either of which may be missing. */
    public record Step(String title, String text) {

        public Step {
            title = Text.normalise(title);
            text = Text.normalise(text);
        }

        boolean isEmpty() {
            return title == null && text == null;
        }
    }

    /** A person staff and the jury may call about the dossier; never printed. */
    public record Contact(String name, String role, String email, String phone) {

        public Contact {
            name = Text.normalise(name);
            role = Text.normalise(role);
            email = Text.normalise(email);
            phone = Text.normalise(phone);
        }

        boolean isEmpty() {
            return name == null && role == null && email == null && phone == null;
        }

        boolean isReachable() {
            return name != null && email != null && EmailAddress.parse(email).isPresent();
        }
    }

    private record Requirement(Section section, String key, boolean met) {
    }

    public DossierContent {
        title = Text.normalise(title);
        approachType = Text.normalise(approachType);
        theme = Text.normalise(theme);
        keyPoints = clean(keyPoints);
        holder = holder == null ? Holder.NONE : holder;
        approach = Text.normalise(approach);
        objectives = clean(objectives);
        targetAudience = Text.normalise(targetAudience);
        steps = steps == null ? List.of() : steps.stream().filter(Objects::nonNull).filter(step -> !step.isEmpty())
                .toList();
        otherActors = Text.normalise(otherActors);
        results = Text.normalise(results);
        contacts = contacts == null ? List.of()
                : contacts.stream().filter(Objects::nonNull).filter(contact -> !contact.isEmpty()).toList();
    }

    private static List<String> clean(List<String> items) {
        return items == null ? List.of() : items.stream().map(Text::normalise).filter(Objects::nonNull).toList();
    }

    /** Problems that forbid even saving a draft: what the columns cannot hold, or codes that do not exist. */
    public List<String> draftProblems() {
        List<String> problems = new ArrayList<>();
        Text.refuseTooLong(problems, title, SHORT, "dossier.title.tooLong");
        tooMany(problems, keyPoints, MAX_KEY_POINTS, KEY_POINT, "dossier.keyPoints.tooLong");
        Text.refuseTooLong(problems, holder.name(), SHORT, "dossier.holderName.tooLong");
        Text.refuseTooLong(problems, holder.address(), SHORT, "dossier.holderAddress.tooLong");
        Text.refuseTooLong(problems, holder.postcode(), POSTCODE, "dossier.holderPostcode.tooLong");
        Text.refuseTooLong(problems, holder.commune(), SHORT, "dossier.holderCommune.tooLong");
        Text.refuseTooLong(problems, holder.website(), SHORT, "dossier.holderWebsite.tooLong");
        Text.refuseTooLong(problems, approach, LONG, "dossier.approach.tooLong");
        tooMany(problems, objectives, MAX_ITEMS, ITEM, "dossier.objectives.tooLong");
        Text.refuseTooLong(problems, targetAudience, LONG, "dossier.targetAudience.tooLong");
        if (steps.size() > MAX_ITEMS || steps.stream()
                .anyMatch(step -> Text.tooLong(step.title(), SHORT) || Text.tooLong(step.text(), ITEM))) {
            problems.add("dossier.steps.tooLong");
        }
        Text.refuseTooLong(problems, otherActors, LONG, "dossier.otherActors.tooLong");
        Text.refuseTooLong(problems, results, LONG, "dossier.results.tooLong");
        if (contacts.size() > MAX_CONTACTS || contacts.stream().anyMatch(c -> Text.tooLong(c.name(), SHORT)
                || Text.tooLong(c.role(), SHORT) || Text.tooLong(c.email(), EMAIL) || Text.tooLong(c.phone(), PHONE))) {
            problems.add("dossier.contacts.tooLong");
        }
        unknown(problems, approachType, ApproachType.isKnown(approachType), "dossier.approachType.unknown");
        unknown(problems, theme, Theme.isKnown(theme), "dossier.theme.unknown");
        unknown(problems, holder.type(), HolderType.isKnown(holder.type()), "dossier.holderType.unknown");
        if (holder.departments().size() > MAX_DEPARTMENTS
                || !holder.departments().stream().allMatch(Department::isKnown)) {
            problems.add("dossier.departments.unknown");
        }
        if (forbiddenCharacters()) {
            problems.add("text.forbiddenCharacters");
        }
        return problems;
    }

    /** Problems that forbid submission: the draft's, every required field, and what must be well formed. */
    public List<String> submissionProblems() {
        List<String> problems = draftProblems();
        requirements().stream().filter(requirement -> !requirement.met()).map(Requirement::key).forEach(problems::add);
        if (holder.postcode() != null && !holder.postcode().matches("\\d{5}")) {
            problems.add("dossier.holderPostcode.invalid");
        }
        if (holder.website() != null && !isWebAddress(holder.website())) {
            problems.add("dossier.holderWebsite.invalid");
        }
        if (contacts.stream().anyMatch(contact -> !contact.isReachable())) {
            problems.add("dossier.contacts.incomplete");
        }
        return problems;
    }

    /** How far along each section is, in the form's order. */
    public List<Progress> progress() {
        List<Requirement> requirements = requirements();
        return Stream.of(Section.values()).map(section -> {
            List<Requirement> own = requirements.stream().filter(r -> r.section() == section).toList();
            return new Progress(section, (int) own.stream().filter(Requirement::met).count(), own.size());
        }).toList();
    }

    private List<Requirement> requirements() {
        return List.of(
                new Requirement(Section.PROJECT, "dossier.title.required", title != null),
                new Requirement(Section.PROJECT, "dossier.approachType.required", approachType != null),
                new Requirement(Section.PROJECT, "dossier.theme.required", theme != null),
                new Requirement(Section.PROJECT, "dossier.keyPoints.required", !keyPoints.isEmpty()),
                new Requirement(Section.HOLDER, "dossier.holderName.required", holder.name() != null),
                new Requirement(Section.HOLDER, "dossier.holderType.required", holder.type() != null),
                new Requirement(Section.HOLDER, "dossier.holderPostcode.required", holder.postcode() != null),
                new Requirement(Section.HOLDER, "dossier.holderCommune.required", holder.commune() != null),
                new Requirement(Section.HOLDER, "dossier.departments.required", !holder.departments().isEmpty()),
                new Requirement(Section.APPROACH, "dossier.approach.required", approach != null),
                new Requirement(Section.APPROACH, "dossier.objectives.required", !objectives.isEmpty()),
                new Requirement(Section.APPROACH, "dossier.targetAudience.required", targetAudience != null),
                new Requirement(Section.APPROACH, "dossier.steps.required", !steps.isEmpty()),
                new Requirement(Section.CONTACTS, "dossier.contacts.required",
                        contacts.stream().anyMatch(Contact::isReachable)));
    }

    private boolean forbiddenCharacters() {
        Stream<String> lines = Stream.of(Stream.of(title, approachType, theme, holder.name(), holder.type(),
                holder.address(), holder.postcode(), holder.commune(), holder.website()), keyPoints.stream(),
                holder.departments().stream(), steps.stream().map(Step::title),
                contacts.stream().flatMap(c -> Stream.of(c.name(), c.role(), c.email(), c.phone())))
                .flatMap(Function.identity());
        Stream<String> texts = Stream.of(Stream.of(approach, targetAudience, otherActors, results),
                objectives.stream(), steps.stream().map(Step::text)).flatMap(Function.identity());
        return lines.anyMatch(line -> Text.hasForbiddenCharacters(line, false))
                || texts.anyMatch(text -> Text.hasForbiddenCharacters(text, true));
    }

    private static boolean isWebAddress(String website) {
        try {
            URI uri = new URI(website);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && uri.getHost().contains(".");
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static void tooMany(List<String> problems, List<String> items, int maxItems, int max, String key) {
        if (items.size() > maxItems || items.stream().anyMatch(item -> Text.tooLong(item, max))) {
            problems.add(key);
        }
    }

    private static void unknown(List<String> problems, String code, boolean known, String key) {
        if (code != null && !known) {
            problems.add(key);
        }
    }
}
