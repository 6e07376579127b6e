package org.huzhu.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The modules talk to each other only through their {@code api} packages, depend on each other in one
 * direction only (platform ← members ← insurance ← claims ← reports; the web application on top), and a
 * module's {@code api} never exposes its internals.
 */
@AnalyzeClasses(packages = "org.huzhu", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {

    @ArchTest
    static final ArchRule modules_use_each_other_only_through_their_api =
            classes().that().resideInAPackage("org.huzhu..").should(new ArchCondition<>("reach other modules only through their api package") {
                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                    String ownModule = module(origin.getPackageName());
                    origin.getDirectDependenciesFromSelf().forEach(dependency -> {
                        JavaClass target = dependency.getTargetClass();
                        String targetPackage = target.getPackageName();
                        if (!targetPackage.startsWith("org.huzhu.")) {
                            return;
                        }
                        String targetModule = module(targetPackage);
                        boolean api = targetPackage.equals("org.huzhu." + targetModule + ".api")
                                || targetPackage.startsWith("org.huzhu." + targetModule + ".api.");
                        if (!targetModule.equals(ownModule) && !api) {
                            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()
                                    + " reaches into the internals of module " + targetModule));
                        }
                    });
                }
            });

    @ArchTest
    static final ArchRule modules_form_no_cycles = slices().matching("org.huzhu.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule modules_depend_in_one_direction = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Platform").definedBy("org.huzhu.platform..")
            .layer("Members").definedBy("org.huzhu.members..")
            .layer("Insurance").definedBy("org.huzhu.insurance..")
            .layer("Claims").definedBy("org.huzhu.claims..")
            .layer("Reports").definedBy("org.huzhu.reports..")
            .layer("Web").definedBy("org.huzhu.web..")
            .whereLayer("Web").mayNotBeAccessedByAnyLayer()
            .whereLayer("Reports").mayOnlyBeAccessedByLayers("Web")
            .whereLayer("Claims").mayOnlyBeAccessedByLayers("Reports", "Web")
            .whereLayer("Insurance").mayOnlyBeAccessedByLayers("Claims", "Reports", "Web")
            .whereLayer("Members").mayOnlyBeAccessedByLayers("Insurance", "Claims", "Reports", "Web");

    @ArchTest
    static final ArchRule api_packages_do_not_expose_internals = noClasses().that().resideInAPackage("org.huzhu.(*).api..")
            .should(new ArchCondition<>("depend on internals of their own module") {
                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                    String ownModule = module(origin.getPackageName());
                    origin.getDirectDependenciesFromSelf().forEach(dependency -> {
                        String targetPackage = dependency.getTargetClass().getPackageName();
                        if (targetPackage.startsWith("org.huzhu." + ownModule + ".")
                                && !targetPackage.startsWith("org.huzhu." + ownModule + ".api")) {
                            events.add(SimpleConditionEvent.satisfied(dependency, dependency.getDescription()));
                        }
                    });
                }
            });

    /**
     * The rules themselves (plan-rule validation, enrolment, premium, benefit calculation, a claim's statuses and
     * refusals, reserving methods) are plain Java: no container, no database. They are tested without either, and the
     * services that load and store their inputs live elsewhere.
     */
    @ArchTest
    static final ArchRule rule_packages_use_neither_the_container_nor_the_database = noClasses()
            .that().resideInAnyPackage("org.huzhu.insurance.rules..", "org.huzhu.insurance.premium.rules..",
                    "org.huzhu.insurance.enrolment.rules..", "org.huzhu.claims.assessment..", "org.huzhu.claims.api.assessment..",
                    "org.huzhu.claims.intake.rules..", "org.huzhu.reports.reserving..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "java.sql..", "javax.sql..");

    /**
     * Inside a module, its feature packages depend on each other in one direction (insurance: enrolment issues bills
     * through premium, both read cover dates from the rules and post to the ledger; web: the exception mappers, the
     * security filters and the pages answer refusals through {@code web.reply}, which uses none of them).
     */
    @ArchTest
    static final ArchRule feature_packages_form_no_cycles_inside_a_module = slices().matching("org.huzhu.(*).(*)..").should().beFreeOfCycles();

    /**
     * Insurance's journal is the bottom of its premium accounting: premium, enrolment and plans post to it and read it,
     * it uses none of them. (Enrolment and premium still call each other: confirming a list issues its bill, a bill
     * reads cover dates.)
     */
    @ArchTest
    static final ArchRule the_journal_uses_no_other_insurance_feature = noClasses().that().resideInAPackage("org.huzhu.insurance.ledger..")
            .should().dependOnClassesThat().resideInAnyPackage("org.huzhu.insurance.premium..", "org.huzhu.insurance.enrolment..",
                    "org.huzhu.insurance.plan..");

    @ArchTest
    static final ArchRule the_runtime_data_source_stays_out_of_the_application =
            noClasses().that().resideInAPackage("org.huzhu..").should().dependOnClassesThat().resideInAPackage("org.huzhu.runtime..");

    static String module(String packageName) {
        String rest = packageName.substring("org.huzhu.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
