package com.voxhub.webhook;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "com.voxhub.webhook", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainStaysFreeOfKafkaWebAndGeneratedEvents = noClasses()
            .that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework.kafka..", "org.apache.kafka..",
                    "org.springframework.web..", "org.springframework.http..", "reactor..",
                    "com.voxhub.events..", "org.apache.avro..");

    @ArchTest
    static final ArchRule vendorAdaptersDoNotDependOnTheWebOrKafkaLayers = noClasses()
            .that().resideInAPackage("..provider..")
            .should().dependOnClassesThat().resideInAnyPackage("..callback.web..", "..callback.kafka..");
}
