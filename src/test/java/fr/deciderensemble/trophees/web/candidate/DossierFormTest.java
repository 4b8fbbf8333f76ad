package fr.deciderensemble.trophees.web.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.deciderensemble.trophees.candidacy.DossierContent;

/** The dossier form as the page's own save reads it: the whole form or nothing, never a field quietly dropped. */
class DossierFormTest {

    /** Every field of a new dossier's form, blank, as the page posts it (one step row), with its Faces extras. */
    private static Map<String, String[]> blankForm() {
        Map<String, String[]> form = new HashMap<>();
        for (String name : new String[] {"title", "approachType", "theme", "holderName", "holderType", "holderAddress",
                "holderPostcode", "holderCommune", "holderWebsite", "approach", "objectives", "targetAudience",
                "otherActors", "results", "step:0:title", "step:0:text", "dossier", "version",
                "jakarta.faces.ViewState", "primefaces.nonce", "departments_focus", "departments_filter"}) {
            form.put(name, new String[] {""});
        }
        for (int i = 0; i < DossierContent.MAX_KEY_POINTS; i++) {
            form.put("keyPoint:" + i + ":text", new String[] {""});
        }
        for (int i = 0; i < DossierContent.MAX_CONTACTS; i++) {
            for (String part : new String[] {"name", "role", "email", "phone"}) {
                form.put("contact:" + i + ":" + part, new String[] {""});
            }
        }
        return form;
    }

    @Test
    void theWholeFormIsReadAsFacesReadsIt() {
        Map<String, String[]> posted = blankForm();
        posted.put("title", new String[] {"  Budget participatif  "});
        posted.put("objectives", new String[] {"Associer\r\nFormer"});
        posted.put("departments", new String[] {"44", "2A"});
        posted.put("step:1:title", new String[] {"Vote"});
        posted.put("step:1:text", new String[] {""});
        posted.put("contact:0:name", new String[] {"Camille Martin"});

        DossierContent content = DossierForm.posted(posted).content();

        assertThat(content.title()).isEqualTo("Budget participatif");
        assertThat(content.objectives()).containsExactly("Associer", "Former");
        assertThat(content.holder().departments()).containsExactly("44", "2A");
        assertThat(content.steps()).extracting(DossierContent.Step::title).containsExactly("Vote");
        assertThat(content.contacts()).extracting(DossierContent.Contact::name).containsExactly("Camille Martin");
        assertThat(content.approachType()).as("a blank field is none, as Faces takes it").isNull();
    }

    @Test
    void aFieldMissingOrUnknownOrTwiceOrAStepOutOfOrderAndTheReaderDeclines() {
        Map<String, String[]> missing = blankForm();
        missing.remove("contact:2:phone");
        Map<String, String[]> unknown = blankForm();
        unknown.put("holderMotto", new String[] {"Ensemble"});
        Map<String, String[]> twice = blankForm();
        twice.put("title", new String[] {"Un", "Deux"});
        Map<String, String[]> gap = blankForm();
        gap.put("step:2:title", new String[] {"Plus tard"});
        gap.put("step:2:text", new String[] {""});
        Map<String, String[]> noStep = blankForm();
        noStep.remove("step:0:title");
        noStep.remove("step:0:text");

        assertThat(DossierForm.posted(blankForm())).isNotNull();
        assertThat(DossierForm.posted(missing)).isNull();
        assertThat(DossierForm.posted(unknown)).isNull();
        assertThat(DossierForm.posted(twice)).isNull();
        assertThat(DossierForm.posted(gap)).isNull();
        assertThat(DossierForm.posted(noStep)).isNull();
    }
}
