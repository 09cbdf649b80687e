package io.buildify.app;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** MVVM boundaries of the app (STYLE.md "app"). */
@AnalyzeClasses(packages = "io.buildify.app", importOptions = ImportOption.DoNotIncludeTests.class)
class AppLayersArchitectureTest {

    @ArchTest
    static final ArchRule viewsOnlyBind = noClasses().that().haveSimpleNameEndingWith("View")
            .should().dependOnClassesThat().resideInAnyPackage("io.buildify.client..", "io.buildify.server..",
                    "io.buildify.app.drafts..", "java.sql..")
            .because("views only bind to ViewModels; talking to the server or the draft store is ViewModel work");

    @ArchTest
    static final ArchRule viewModelsNeverTouchControls = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
                    "org.controlsfx..", "javafx.concurrent..")
            .because("ViewModels hold properties and logic only, so their tests run without the FX toolkit");

    @ArchTest
    static final ArchRule noJavaUtilLogging = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("java.util.logging..")
            .because("the app logs only through SLF4J");
}
