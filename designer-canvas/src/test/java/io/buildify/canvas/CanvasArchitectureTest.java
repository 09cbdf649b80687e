package io.buildify.canvas;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.buildify.canvas.internal.PaletteSkin;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/** Keeps designer-canvas a reusable control: JavaFX, the JDK and ELK only; skins stay behind their controls. */
@AnalyzeClasses(packages = "io.buildify.canvas", importOptions = ImportOption.DoNotIncludeTests.class)
class CanvasArchitectureTest {

    @ArchTest
    static final ArchRule onlyJavaFxJdkAndElk = classes()
            .that().resideInAPackage("io.buildify.canvas..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("io.buildify.canvas..", "java..", "javafx..",
                    "javax.imageio..", "javax.xml.stream..", "org.eclipse.elk..", "org.eclipse.emf..",
                    "com.fasterxml.jackson..")
            .because("the canvas is a library for any JavaFX host; ELK (and the EMF its graph is built on) is the "
                    + "allowed extra for auto-layout, Jackson for the clipboard's JSON; the JDK's javax.imageio and "
                    + "javax.xml.stream write PNG and SVG exports");

    @ArchTest
    static final ArchRule jacksonOnlyInTheClipboardPackage = noClasses()
            .that().resideInAPackage("io.buildify.canvas..").and().resideOutsideOfPackage("io.buildify.canvas.clipboard..")
            .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..")
            .because("JSON is only the clipboard's exchange format");

    @ArchTest
    static final ArchRule elkOnlyInTheLayoutPackage = noClasses()
            .that().resideInAPackage("io.buildify.canvas..").and().resideOutsideOfPackage("io.buildify.canvas.layout..")
            .should().dependOnClassesThat().resideInAnyPackage("org.eclipse..")
            .because("the layout engine is an implementation detail of io.buildify.canvas.layout");

    @ArchTest
    static final ArchRule skinsOnlyThroughCreateDefaultSkin = classes()
            .that().resideInAPackage("io.buildify.canvas..").and().resideOutsideOfPackage("..internal..")
            .should(useInternalSkinsOnlyInCreateDefaultSkin())
            .because("skins are replaceable internals; the API reaches them only through Control.createDefaultSkin");

    /** The skin rule must catch a leak; an always-green rule would prove nothing. */
    @Test
    void skinRuleCatchesAnApiClassBuildingASkinElsewhere() {
        JavaClasses leaky = new ClassFileImporter().importClasses(LeakySkinUser.class);
        assertThat(skinsOnlyThroughCreateDefaultSkin.evaluate(leaky).hasViolation()).isTrue();
    }

    @Test
    void dependencyRuleCatchesAForeignLibrary() {
        JavaClasses leaky = new ClassFileImporter().importClasses(UsesAssertJ.class);
        assertThat(onlyJavaFxJdkAndElk.evaluate(leaky).hasViolation()).isTrue();
    }

    private static ArchCondition<JavaClass> useInternalSkinsOnlyInCreateDefaultSkin() {
        return new ArchCondition<>("use internal skins only in createDefaultSkin") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    boolean skin = target.getPackageName().contains(".internal") && target.getSimpleName().endsWith("Skin");
                    boolean allowed = dependency.getDescription().startsWith(
                            "Method <" + item.getName() + ".createDefaultSkin()>");
                    if (skin && !allowed) {
                        events.add(SimpleConditionEvent.violated(item, dependency.getDescription()));
                    }
                }
            }
        };
    }

    /** Deliberately bad API classes, used only to show the rules above can fail. */
    static final class LeakySkinUser {
        Object build(Palette palette) {
            return new PaletteSkin(palette);
        }
    }

    static final class UsesAssertJ {
        Object check() {
            return assertThat(1);
        }
    }
}
