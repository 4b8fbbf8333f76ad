package fr.deciderensemble.trophees.web.candidate;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

import fr.deciderensemble.trophees.candidacy.Dossier;
import fr.deciderensemble.trophees.candidacy.DossierContent;
import fr.deciderensemble.trophees.candidacy.Dossiers;
import fr.deciderensemble.trophees.candidacy.HolderType;
import fr.deciderensemble.trophees.candidacy.Theme;
import fr.deciderensemble.trophees.web.CurrentUser;
import fr.deciderensemble.trophees.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * candidat/dossier.xhtml?id=…: the candidate writes, saves and submits a dossier. Objectives and
 * steps are typed one per line. A refused save keeps everything typed on the page.
 */
@Named
@ViewScoped
public class DossierPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private long id;
    private Dossier dossier;
    private String title;
    private String holderName;
    private String holderType;
    private String theme;
    private String department;
    private String approach;
    private String objectives;
    private String targetAudience;
    private String steps;

    @Inject
    private transient Dossiers dossiers;

    @Inject
    private transient CurrentUser user;

    @Inject
    private transient Messages messages;

    public void load() {
        dossier = messages.orNotFound(() -> dossiers.own(id, user.account()));
        if (dossier != null) {
            DossierContent content = dossier.content();
            title = content.title();
            holderName = content.holderName();
            holderType = content.holderType();
            theme = content.theme();
            department = content.department();
            approach = content.approach();
            objectives = String.join("\n", content.objectives());
            targetAudience = content.targetAudience();
            steps = String.join("\n", content.steps());
        }
    }

    public String save() {
        return messages.attempt(() -> dossiers.saveDraft(id, user.account(), content()), "dossier.saved")
                ? "/candidat/dossier.xhtml?faces-redirect=true&id=" + id : null;
    }

    public String submit() {
        return messages.attempt(() -> dossiers.submit(id, user.account(), content()), "dossier.submitted")
                ? "/candidat/dossier.xhtml?faces-redirect=true&id=" + id : null;
    }

    private DossierContent content() {
        return new DossierContent(title, holderName, holderType, theme, department, approach, lines(objectives),
                targetAudience, lines(steps));
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.asList(text.split("\\R"));
    }

    public HolderType[] getHolderTypes() {
        return HolderType.values();
    }

    public Theme[] getThemes() {
        return Theme.values();
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    public Dossier getDossier() {
        return dossier;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
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

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
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

    public String getSteps() {
        return steps;
    }

    public void setSteps(String steps) {
        this.steps = steps;
    }
}
