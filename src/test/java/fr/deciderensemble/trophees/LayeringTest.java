package fr.deciderensemble.trophees;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;
import java.util.stream.IntStream;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import fr.deciderensemble.trophees.edition.EditionPhase;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;

/**
 * The layout's rules, written where they cannot rot: features depend on each other in one direction only, in the
 * order the README lists them, the pages and the API sit on top, the PDF toolkit and the platform serve everyone
 * and know no feature, only the edition reads its phase, and entities stay free of the web.
 */
@AnalyzeClasses(packages = "fr.deciderensemble.trophees", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    private static final String APPLICATION = "fr.deciderensemble.trophees..";

    /** The README's architecture list, from the top down: a package uses only those on the lines below its own. */
    private static final List<List<String>> TOP_DOWN = List.of(List.of("web", "api"), List.of("report", "exchange"),
            List.of("booklet"), List.of("palmares"), List.of("jury"), List.of("contributors", "audit"),
            List.of("candidacy", "security"), List.of("edition", "account"), List.of("notification"),
            List.of("media", "pdf"), List.of("platform"));

    @ArchTest
    static final ArchRule eachPackageUsesOnlyThoseBelowIt = classes().that().resideInAPackage(APPLICATION)
            .should(new ArchCondition<JavaClass>("use only the packages listed below their own") {
                @Override
                public void check(JavaClass user, ConditionEvents events) {
                    String feature = feature(user);
                    for (Dependency dependency : user.getDirectDependenciesFromSelf()) {
                        String used = feature(dependency.getTargetClass());
                        if (used != null && !used.equals(feature) && line(used) <= line(feature)) {
                            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                        }
                    }
                }
            });

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

    /** The feature a class belongs to: the package under the application's, or null outside it. */
    private static String feature(JavaClass type) {
        String name = type.getPackageName();
        String root = "fr.deciderensemble.trophees.";
        return name.startsWith(root) ? name.substring(root.length()).split("\\.")[0] : null;
    }

    private static int line(String feature) {
        return IntStream.range(0, TOP_DOWN.size()).filter(line -> TOP_DOWN.get(line).contains(feature)).findFirst()
                .orElseThrow(() -> new AssertionError(feature + " is missing from the README's list"));
    }

    @ArchTest
    static final ArchRule entitiesKnowNoWeb = noClasses()
            .that().areAnnotatedWith(Entity.class).or().areAnnotatedWith(Embeddable.class)
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.faces..", "jakarta.ws.rs..", "org.primefaces..");
}
