package io.buildify.client;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/** Keeps the SDK a thin, swappable layer: callers see core types only. */
@AnalyzeClasses(packages = "io.buildify.client", importOptions = ImportOption.DoNotIncludeTests.class)
class ClientArchitectureTest {

    @ArchTest
    static final ArchRule publicApiShowsNoOkHttpTypes = classes()
            .that().resideInAPackage("io.buildify.client..").and().arePublic()
            .should(exposeNoTypesFrom("okhttp3", "okio", "kotlin"))
            .because("callers must not depend on the HTTP library; it can then be replaced or upgraded "
                    + "without touching the app");

    @ArchTest
    static final ArchRule noJavaFx = noClasses()
            .that().resideInAPackage("io.buildify.client..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("the SDK is used from ViewModels, tests and tools; the UI toolkit belongs to the app only");

    @ArchTest
    static final ArchRule loggingOnlyThroughSlf4j = noClasses()
            .that().resideInAPackage("io.buildify.client..")
            .should().dependOnClassesThat().resideInAnyPackage("java.util.logging..", "org.apache.log4j..")
            .orShould().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .because("all logging goes through SLF4J so the application decides where it ends up");

    /** The rule must actually catch a leak; an always-green rule would prove nothing. */
    @Test
    void okHttpRuleCatchesAPublicMethodReturningAnOkHttpType() {
        JavaClasses leaky = new ClassFileImporter().importClasses(LeakyApi.class);

        assertThat(publicApiShowsNoOkHttpTypes.evaluate(leaky).hasViolation()).isTrue();
    }

    /** A deliberately bad public API, used only to test the rule above. */
    public static final class LeakyApi {
        public Request lastRequest() {
            return null;
        }
    }

    private static ArchCondition<JavaClass> exposeNoTypesFrom(String... packages) {
        DescribedPredicate<JavaClass> forbidden = DescribedPredicate.describe("from " + String.join(", ", packages),
                type -> Stream.of(packages).anyMatch(p -> type.getPackageName().equals(p)
                        || type.getPackageName().startsWith(p + ".")));
        return new ArchCondition<>("expose no types " + forbidden.getDescription() + " in public signatures") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                Stream.concat(Stream.of(type.getRawSuperclass().orElse(null)), type.getRawInterfaces().stream())
                        .filter(t -> t != null && forbidden.test(t))
                        .forEach(t -> events.add(SimpleConditionEvent.violated(type,
                                type.getName() + " extends or implements " + t.getName())));
                for (JavaCodeUnit unit : type.getCodeUnits()) {
                    if (!isVisible(unit.getModifiers().contains(JavaModifier.PUBLIC),
                            unit.getModifiers().contains(JavaModifier.PROTECTED))) {
                        continue;
                    }
                    Stream.concat(Stream.concat(unit.getReturnType().getAllInvolvedRawTypes().stream(),
                                            unit.getParameterTypes().stream()
                                                    .flatMap(p -> p.getAllInvolvedRawTypes().stream())),
                                    unit.getThrowsClause().getTypes().stream())
                            .filter(forbidden)
                            .distinct()
                            .forEach(t -> events.add(SimpleConditionEvent.violated(unit,
                                    unit.getFullName() + " exposes " + t.getName())));
                }
                for (JavaField field : type.getFields()) {
                    if (isVisible(field.getModifiers().contains(JavaModifier.PUBLIC),
                            field.getModifiers().contains(JavaModifier.PROTECTED))) {
                        field.getType().getAllInvolvedRawTypes().stream().filter(forbidden)
                                .forEach(t -> events.add(SimpleConditionEvent.violated(field,
                                        field.getFullName() + " exposes " + t.getName())));
                    }
                }
            }
        };
    }

    private static boolean isVisible(boolean isPublic, boolean isProtected) {
        return isPublic || isProtected;
    }
}
