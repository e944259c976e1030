package com.voxhub.dialer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "com.voxhub.dialer", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainStaysFreeOfFrameworksAndWireFormats = noClasses()
            .that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "com.voxhub.events..", "org.apache.avro..", "org.apache.kafka..",
                    "reactor..", "io.github.resilience4j..", "java.sql..")
            .because("the domain is plain Java that adapters translate to and from");

    @ArchTest
    static final ArchRule domainDoesNotReachIntoAdapters = noClasses()
            .that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..jdbc..", "..kafka..", "..web..", "..provider..",
                    "..application..");
}
