package fr.deciderensemble.trophees.web.candidate;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.deciderensemble.trophees.candidacy.DossierContent;
import fr.deciderensemble.trophees.platform.Text;
import fr.deciderensemble.trophees.web.StepRow;

/**
 * What the dossier form holds between requests, exactly as typed: a refused or failed save leaves it untouched.
 * Key points and contacts have fixed slots (a few, always shown); steps are rows the candidate adds, removes and
 * orders. Objectives are typed one per line.
 */
public class DossierForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A contact slot of the form. */
    public static class ContactRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private String name;
        private String role;
        private String email;
        private String phone;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getRole() {
            return role;
        }

        public void setRole(String role) {
            this.role = role;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public String getPhone() {
            return phone;
        }

        public void setPhone(String phone) {
            this.phone = phone;
        }
    }

    private String title;
    private String approachType;
    private String theme;
    private final String[] keyPoints = new String[DossierContent.MAX_KEY_POINTS];
    private String holderName;
    private String holderType;
    private String holderAddress;
    private String holderPostcode;
    private String holderCommune;
    private List<String> departments = new ArrayList<>();
    private String holderWebsite;
    private String approach;
    private String objectives;
    private String targetAudience;
    private final List<StepRow> steps = new ArrayList<>();
    private String otherActors;
    private String results;
    private final List<ContactRow> contacts = new ArrayList<>();

    /** The one-value fields of dossier.xhtml, by the names the page posts them under. */
    private static final Set<String> ONE_VALUE = Set.of("title", "approachType", "theme", "holderName", "holderType",
            "holderAddress", "holderPostcode", "holderCommune", "holderWebsite", "approach", "objectives",
            "targetAudience", "otherActors", "results");

    /**
     * What the page posts besides its fields: the form's own marker, its view state, the version it last saw, and
     * what PrimeFaces adds (its CSP nonce, the departments menu's focus and filter boxes).
     */
    private static final Set<String> NOT_FIELDS = Set.of("dossier", "jakarta.faces.ViewState", "version",
            "primefaces.nonce", "departments_focus", "departments_filter");

    private DossierForm() {
    }

    DossierForm(DossierContent content) {
        title = content.title();
        approachType = content.approachType();
        theme = content.theme();
        for (int i = 0; i < keyPoints.length && i < content.keyPoints().size(); i++) {
            keyPoints[i] = content.keyPoints().get(i);
        }
        DossierContent.Holder holder = content.holder();
        holderName = holder.name();
        holderType = holder.type();
        holderAddress = holder.address();
        holderPostcode = holder.postcode();
        holderCommune = holder.commune();
        departments = new ArrayList<>(holder.departments());
        holderWebsite = holder.website();
        approach = content.approach();
        objectives = String.join("\n", content.objectives());
        targetAudience = content.targetAudience();
        content.steps().forEach(step -> steps.add(new StepRow(step.title(), step.text())));
        if (steps.isEmpty()) {
            addStep();
        }
        otherActors = content.otherActors();
        results = content.results();
        for (int i = 0; i < DossierContent.MAX_CONTACTS; i++) {
            ContactRow row = new ContactRow();
            if (i < content.contacts().size()) {
                DossierContent.Contact contact = content.contacts().get(i);
                row.name = contact.name();
                row.role = contact.role();
                row.email = contact.email();
                row.phone = contact.phone();
            }
            contacts.add(row);
        }
    }

    /**
     * The form as dossier.xhtml posts it, read without Faces for the page's own save; null unless the post is
     * exactly that form, every field there and no other, so that a field this reader does not know is never saved
     * as blank: the page then saves through Faces. Texts are taken as Faces takes them ({@link Text#normalise},
     * an empty field being none); the service checks everything else.
     */
    static DossierForm posted(Map<String, String[]> parameters) {
        DossierForm form = new DossierForm();
        Map<String, String> one = new HashMap<>();
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            if (name.equals("departments")) {
                form.departments = new ArrayList<>(Arrays.asList(parameter.getValue()));
            } else if (!NOT_FIELDS.contains(name)) {
                if (parameter.getValue().length != 1) {
                    return null;
                }
                one.put(name, parameter.getValue()[0]);
            }
        }
        int steps = 0;
        while (one.containsKey("step:" + steps + ":title") && one.containsKey("step:" + steps + ":text")) {
            steps++;
        }
        Set<String> expected = new HashSet<>(ONE_VALUE);
        for (int i = 0; i < DossierContent.MAX_KEY_POINTS; i++) {
            expected.add("keyPoint:" + i + ":text");
        }
        for (int i = 0; i < DossierContent.MAX_CONTACTS; i++) {
            expected.addAll(List.of("contact:" + i + ":name", "contact:" + i + ":role", "contact:" + i + ":email",
                    "contact:" + i + ":phone"));
        }
        for (int i = 0; i < steps; i++) {
            expected.addAll(List.of("step:" + i + ":title", "step:" + i + ":text"));
        }
        if (steps == 0 || !one.keySet().equals(expected)) {
            return null;
        }
        form.title = typed(one, "title");
        form.approachType = typed(one, "approachType");
        form.theme = typed(one, "theme");
        form.holderName = typed(one, "holderName");
        form.holderType = typed(one, "holderType");
        form.holderAddress = typed(one, "holderAddress");
        form.holderPostcode = typed(one, "holderPostcode");
        form.holderCommune = typed(one, "holderCommune");
        form.holderWebsite = typed(one, "holderWebsite");
        form.approach = typed(one, "approach");
        form.objectives = typed(one, "objectives");
        form.targetAudience = typed(one, "targetAudience");
        form.otherActors = typed(one, "otherActors");
        form.results = typed(one, "results");
        for (int i = 0; i < DossierContent.MAX_KEY_POINTS; i++) {
            form.keyPoints[i] = typed(one, "keyPoint:" + i + ":text");
        }
        for (int i = 0; i < steps; i++) {
            form.steps.add(new StepRow(typed(one, "step:" + i + ":title"), typed(one, "step:" + i + ":text")));
        }
        for (int i = 0; i < DossierContent.MAX_CONTACTS; i++) {
            String prefix = "contact:" + i + ":";
            ContactRow row = new ContactRow();
            row.name = typed(one, prefix + "name");
            row.role = typed(one, prefix + "role");
            row.email = typed(one, prefix + "email");
            row.phone = typed(one, prefix + "phone");
            form.contacts.add(row);
        }
        return form;
    }

    private static String typed(Map<String, String> fields, String name) {
        String value = fields.get(name);
        return value.isEmpty() ? null : Text.normalise(value);
    }

    DossierContent content() {
        return new DossierContent(title, approachType, theme, Arrays.asList(keyPoints),
                new DossierContent.Holder(holderName, holderType, holderAddress, holderPostcode, holderCommune,
                        departments, holderWebsite),
                approach, objectives == null ? List.of() : Arrays.asList(objectives.split("\\R")), targetAudience,
                steps.stream().map(row -> new DossierContent.Step(row.getTitle(), row.getText())).toList(), otherActors, results,
                contacts.stream().map(row -> new DossierContent.Contact(row.name, row.role, row.email, row.phone))
                        .toList());
    }

    void addStep() {
        steps.add(new StepRow(null, null));
    }

    void removeStep(int index) {
        steps.remove(index);
        if (steps.isEmpty()) {
            addStep();
        }
    }

    /** Moves a step one place up (towards the start); the first stays where it is. */
    void moveStepUp(int index) {
        if (index > 0 && index < steps.size()) {
            Collections.swap(steps, index, index - 1);
        }
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getApproachType() {
        return approachType;
    }

    public void setApproachType(String approachType) {
        this.approachType = approachType;
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    public String[] getKeyPoints() {
        return keyPoints;
    }

    public String getHolderName() {
        return holderName;
    }

    public void setHolderName(String holderName) {
        this.holderName = holderName;
    }

    public String getHolderType() {
        return holderType;
    }

    public void setHolderType(String holderType) {
        this.holderType = holderType;
    }

    public String getHolderAddress() {
        return holderAddress;
    }

    public void setHolderAddress(String holderAddress) {
        this.holderAddress = holderAddress;
    }

    public String getHolderPostcode() {
        return holderPostcode;
    }

    public void setHolderPostcode(String holderPostcode) {
        this.holderPostcode = holderPostcode;
    }

    public String getHolderCommune() {
        return holderCommune;
    }

    public void setHolderCommune(String holderCommune) {
        this.holderCommune = holderCommune;
    }

    public List<String> getDepartments() {
        return departments;
    }

    public void setDepartments(List<String> departments) {
        this.departments = departments == null ? new ArrayList<>() : new ArrayList<>(departments);
    }

    public String getHolderWebsite() {
        return holderWebsite;
    }

    public void setHolderWebsite(String holderWebsite) {
        this.holderWebsite = holderWebsite;
    }

    public String getApproach() {
        return approach;
    }

    public void setApproach(String approach) {
        this.approach = approach;
    }

    public String getObjectives() {
        return objectives;
    }

    public void setObjectives(String objectives) {
        this.objectives = objectives;
    }

    public String getTargetAudience() {
        return targetAudience;
    }

    public void setTargetAudience(String targetAudience) {
        this.targetAudience = targetAudience;
    }

    public List<StepRow> getSteps() {
        return steps;
    }

    public String getOtherActors() {
        return otherActors;
    }

    public void setOtherActors(String otherActors) {
        this.otherActors = otherActors;
    }

    public String getResults() {
        return results;
    }

    public void setResults(String results) {
        this.results = results;
    }

    public List<ContactRow> getContacts() {
        return contacts;
    }
}
