package com.voxhub.campaign;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "com.voxhub.campaign", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainKnowsNoTransportOrWireFormat = noClasses()
            .that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework.kafka..", "org.springframework.web.reactive..", "org.apache.kafka..",
                    "com.voxhub.events..", "org.apache.avro..",
                    "com.voxhub.campaign.web..", "com.voxhub.campaign.*.web..", "com.voxhub.campaign.*.kafka..",
                    "com.voxhub.campaign.*.jdbc..")
            .because("the domain talks to the world through its ports (STYLE.md)");
}
