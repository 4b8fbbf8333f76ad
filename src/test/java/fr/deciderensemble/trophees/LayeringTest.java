package fr.deciderensemble.trophees;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import fr.deciderensemble.trophees.edition.EditionPhase;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;

/**
 * The layout's rules, written where they cannot rot: features depend on each other in one direction only, the
 * pages and the API sit on top, the PDF toolkit and the platform serve everyone and know no feature, only the
 * edition reads its phase, and entities stay free of the web.
 */
@AnalyzeClasses(packages = "fr.deciderensemble.trophees", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    private static final String APPLICATION = "fr.deciderensemble.trophees..";

    @ArchTest
    static final ArchRule featuresFormNoCycle = slices().matching("fr.deciderensemble.trophees.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule pagesAndApiAreUsedByNobody = noClasses()
            .that().resideOutsideOfPackages("..trophees.web..", "..trophees.api..")
            .should().dependOnClassesThat().resideInAnyPackage("..trophees.web..", "..trophees.api..");

    @ArchTest
    static final ArchRule pdfKnowsNoFeature = noClasses().that().resideInAPackage("..trophees.pdf..")
            .should().dependOnClassesThat(resideInAPackage(APPLICATION).and(resideOutsideOfPackage("..trophees.pdf..")));

    @ArchTest
    static final ArchRule platformKnowsNoFeature = noClasses().that().resideInAPackage("..trophees.platform..")
            .should().dependOnClassesThat(
                    resideInAPackage(APPLICATION).and(resideOutsideOfPackage("..trophees.platform..")));

    /** What may happen now is the process's answer (EditionProcess.waitingFor), not a comparison of phases. */
    @ArchTest
    static final ArchRule onlyTheEditionReadsPhases = noClasses().that().resideOutsideOfPackage("..trophees.edition..")
            .should().dependOnClassesThat().areAssignableTo(EditionPhase.class);

    @ArchTest
    static final ArchRule entitiesKnowNoWeb = noClasses()
            .that().areAnnotatedWith(Entity.class).or().areAnnotatedWith(Embeddable.class)
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.faces..", "jakarta.ws.rs..", "org.primefaces..");
}
