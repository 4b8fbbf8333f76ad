package fr.deciderensemble.trophees.web.staff;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import fr.deciderensemble.trophees.candidacy.Theme;
import fr.deciderensemble.trophees.contributors.Contributors;
import fr.deciderensemble.trophees.contributors.EditionOrganisation;
import fr.deciderensemble.trophees.contributors.JuryEntry;
import fr.deciderensemble.trophees.contributors.JuryMember;
import fr.deciderensemble.trophees.contributors.OrganisationEntry;
import fr.deciderensemble.trophees.edition.Edition;
import fr.deciderensemble.trophees.edition.Editions;
import fr.deciderensemble.trophees.jury.Jurors;
import fr.deciderensemble.trophees.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * equipe/contributeurs.xhtml?edition=…: the organisers, partners, supporters and jury the booklet prints.
 * One form adds or, after "Modifier", rewrites an organisation; another does the same for the jury.
 */
@Named
@ViewScoped
public class ContributorsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Which field of the organisation's form, and of the member's, each refusal is about. */
    private static final Map<String, String> ORGANISATION_FIELDS = Map.of("organisation.kind.", "kind",
            "organisation.name.", "name", "organisation.description.", "description");
    private static final Map<String, String> MEMBER_FIELDS = Map.of("juryMember.name.", "memberName",
            "juryMember.biography.", "biography", "account.email.", "memberEmail", "jury.invite.", "memberEmail");

    private long edition;
    private int year;
    private transient List<EditionOrganisation> organisations;
    private transient List<JuryMember> jury;

    private Long organisationId;
    private EditionOrganisation.Kind kind;
    private String name;
    private String description;

    private Long memberId;
    private boolean president;
    private String memberName;
    private String jobTitle;
    private String memberOrganisation;
    private String biography;
    private String memberEmail;
    private boolean memberJudges;
    private List<String> expertise = new ArrayList<>();

    @Inject
    private transient Editions editions;

    @Inject
    private transient Contributors contributors;

    @Inject
    private transient Jurors jurors;

    @Inject
    private transient Messages messages;

    public void load() {
        Edition found = messages.orNotFound(() -> editions.find(edition));
        if (found != null) {
            year = found.getYear();
        }
    }

    public List<EditionOrganisation> getOrganisations() {
        if (organisations == null) {
            organisations = contributors.organisationsOf(edition);
        }
        return organisations;
    }

    public List<JuryMember> getJury() {
        if (jury == null) {
            jury = contributors.juryOf(edition);
        }
        return jury;
    }

    public EditionOrganisation.Kind[] getKinds() {
        return EditionOrganisation.Kind.values();
    }

    public void editOrganisation(long id) {
        messages.attempt(() -> {
            EditionOrganisation organisation = contributors.organisation(id);
            organisationId = id;
            kind = organisation.getKind();
            name = organisation.getName();
            description = organisation.getDescription();
        }, null);
    }

    public String saveOrganisation() {
        OrganisationEntry entry = new OrganisationEntry(kind, name, description);
        return reloaded(organisationId == null
                ? () -> contributors.addOrganisation(edition, entry)
                : () -> contributors.rewriteOrganisation(organisationId, entry), ORGANISATION_FIELDS,
                "contributors.organisation.saved");
    }

    public String moveOrganisation(long id, int offset) {
        return reloaded(() -> contributors.moveOrganisation(id, offset), null);
    }

    public String removeOrganisation(long id) {
        return reloaded(() -> contributors.removeOrganisation(id), "contributors.organisation.removed");
    }

    public void editMember(long id) {
        messages.attempt(() -> {
            JuryMember member = contributors.juryMember(id);
            JuryEntry entry = member.entry();
            memberId = id;
            // A pending invitation's address may be corrected, and saving sends a new link.
            memberJudges = member.getAccount() != null && member.getAccount().isConfirmed();
            memberEmail = member.getAccount() == null ? null : member.getAccount().getEmail();
            expertise = member.getExpertise().stream().map(Theme::name).sorted().collect(Collectors.toList());
            president = entry.president();
            memberName = entry.name();
            jobTitle = entry.position();
            memberOrganisation = entry.organisation();
            biography = entry.biography();
        }, null);
    }

    /**
     * Saves the member as the booklet prints them; with an e-mail address, a member who does not judge yet is
     * invited to, by mail, or invited again while their invitation waits (a lost mail, an expired link).
     */
    public String saveMember() {
        JuryEntry entry = new JuryEntry(memberName, president, jobTitle, memberOrganisation, biography);
        Set<Theme> themes = expertise.stream().filter(Theme::isKnown).map(Theme::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Theme.class)));
        if (!memberJudges && memberEmail != null && !memberEmail.isBlank()) {
            return reloaded(() -> jurors.invite(edition, memberId, entry, themes, memberEmail), MEMBER_FIELDS,
                    "contributors.member.invited");
        }
        return reloaded(memberId == null
                ? () -> contributors.addJuryMember(edition, entry, themes)
                : () -> contributors.rewriteJuryMember(memberId, entry, themes), MEMBER_FIELDS,
                "contributors.member.saved");
    }

    public Theme[] getThemes() {
        return Theme.values();
    }

    public List<String> getExpertise() {
        return expertise;
    }

    public void setExpertise(List<String> expertise) {
        this.expertise = expertise == null ? new ArrayList<>() : new ArrayList<>(expertise);
    }

    public String getMemberEmail() {
        return memberEmail;
    }

    public void setMemberEmail(String memberEmail) {
        this.memberEmail = memberEmail;
    }

    /** Whether the member being edited already judges with an account: their address is then theirs to keep. */
    public boolean isMemberJudges() {
        return memberJudges;
    }

    public String moveMember(long id, int offset) {
        return reloaded(() -> contributors.moveJuryMember(id, offset), null);
    }

    public String removeMember(long id) {
        return reloaded(() -> contributors.removeJuryMember(id), "contributors.member.removed");
    }

    /** After a change, a fresh page: the lists as stored and empty forms. */
    private String reloaded(Runnable change, String successKey) {
        return reloaded(change, Map.of(), successKey);
    }

    /** The same, a refusal shown beside the field it is about. */
    private String reloaded(Runnable change, Map<String, String> fields, String successKey) {
        return messages.attemptByField(change, fields, successKey)
                ? "/equipe/contributeurs.xhtml?faces-redirect=true&edition=" + edition
                : null;
    }

    public long getEditionId() {
        return edition;
    }

    public void setEditionId(long edition) {
        this.edition = edition;
    }

    public int getYear() {
        return year;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public EditionOrganisation.Kind getKind() {
        return kind;
    }

    public void setKind(EditionOrganisation.Kind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getMemberId() {
        return memberId;
    }

    public boolean isPresident() {
        return president;
    }

    public void setPresident(boolean president) {
        this.president = president;
    }

    public String getMemberName() {
        return memberName;
    }

    public void setMemberName(String memberName) {
        this.memberName = memberName;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public String getMemberOrganisation() {
        return memberOrganisation;
    }

    public void setMemberOrganisation(String memberOrganisation) {
        this.memberOrganisation = memberOrganisation;
    }

    public String getBiography() {
        return biography;
    }

    public void setBiography(String biography) {
        this.biography = biography;
    }
}
