package io.tonearm.agent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class CoreArchitectureTest {

    @Test
    void the_core_depends_on_nothing_but_the_jdk_and_slf4j() {
        JavaClasses core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.tonearm.agent");
        classes().that().resideInAPackage("io.tonearm.agent..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.slf4j..", "io.tonearm.agent..")
                .because("the agent core is framework-free; libraries live in adapter modules")
                .check(core);
    }
}
