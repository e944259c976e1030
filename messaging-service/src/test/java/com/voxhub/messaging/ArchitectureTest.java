package com.voxhub.messaging;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The domain stays free of frameworks and wire formats, so it can be tested and changed on its own. */
@AnalyzeClasses(packages = "com.voxhub.messaging", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainImportsNoSpringKafkaWebFluxOrAvroContracts = noClasses()
            .that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "org.apache.kafka..", "org.apache.avro..", "com.voxhub.events..",
                    "com.voxhub.platform..");

    @ArchTest
    static final ArchRule domainKnowsNoProviderAdapter = noClasses()
            .that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..provider..", "..jdbc..", "..kafka..");
}
