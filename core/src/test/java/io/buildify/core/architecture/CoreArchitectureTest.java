package io.buildify.core.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Keeps core pure (SPEC "Modules": no UI, no network, no database driver) and its package arrows one-way, as
 * described in core/ARCHITECTURE.md. One rule per test, each with its reason.
 */
@AnalyzeClasses(packages = "io.buildify.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

    @ArchTest
    static final ArchRule noJavaFx = noClasses().should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("core is shared by the server and the client SDK, which run without a UI toolkit");

    @ArchTest
    static final ArchRule noHttpClient = noClasses().should().dependOnClassesThat().resideInAPackage("okhttp3..")
            .because("network access belongs to client-sdk; core only describes definitions and changes");

    @ArchTest
    static final ArchRule noJdbc = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("java.sql..", "javax.sql..")
            .because("the planner returns SQL text as values; only the server executes it against a database");

    @ArchTest
    static final ArchRule noHttpServer = noClasses().should().dependOnClassesThat().resideInAPackage("io.javalin..")
            .because("HTTP routes live in the server module, which depends on core and never the reverse");

    @ArchTest
    static final ArchRule noOtherModules = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("io.buildify.app..", "io.buildify.server..", "io.buildify.client..",
                    "io.buildify.canvas..")
            .because("core is the bottom of the module graph: app, server, client-sdk and canvas depend on it");

    @ArchTest
    static final ArchRule modelDependsOnNothingElseInCore = noClasses().that().resideInAPackage("..core.model..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("..core.json..", "..core.migration..", "..core.validation..", "..core.api..")
            .because("the model is plain immutable data; codecs, rules and planners use it, never the reverse "
                    + "(its own Jackson annotations are fine: they are not core.json)");

    @ArchTest
    static final ArchRule sqlReadingDependsOnNothingElseInCore = noClasses().that().resideInAPackage("..core.sql..")
            .should().dependOnClassesThat().resideInAnyPackage("..core.model..", "..core.json..",
                    "..core.migration..", "..core.validation..", "..core.api..", "..core.workflow..", "..core.bpmn..")
            .because("the WHERE token reader is shared by the validator and the planner, which must not know "
                    + "each other; it reads text only");

    @ArchTest
    static final ArchRule validationDoesNotKnowThePlanner = noClasses().that()
            .resideInAPackage("..core.validation..").should().dependOnClassesThat()
            .resideInAnyPackage("..core.migration..", "..core.api..")
            .because("the planner validates before planning; the wizard validates without planning anything");

    @ArchTest
    static final ArchRule codecDoesNotKnowRulesOrPlanner = noClasses().that().resideInAPackage("..core.json..")
            .should().dependOnClassesThat().resideInAnyPackage("..core.migration..", "..core.validation..")
            .because("reading and writing files must work for drafts that are not valid yet");

    @ArchTest
    static final ArchRule workflowRulesStayPure = noClasses().that().resideInAPackage("..core.workflow..")
            .should().dependOnClassesThat().resideInAnyPackage("..core.migration..", "..core.api..", "..core.json..")
            .because("workflow rules and the simulator are pure functions of the model, run on every canvas edit");

    @ArchTest
    static final ArchRule bpmnIsAnAdapterOfTheModel = noClasses().that().resideInAPackage("..core.bpmn..")
            .should().dependOnClassesThat().resideInAnyPackage("..core.migration..", "..core.api..", "..core.json..")
            .because("BPMN import and export translate the workflow model to and from XML with the JDK's own "
                    + "parser; they neither plan migrations nor speak the wire or file format");
}
