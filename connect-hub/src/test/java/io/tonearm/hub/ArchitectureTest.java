package io.tonearm.hub;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the layout the architecture promises. */
class ArchitectureTest {

    private static final JavaClasses HUB = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.tonearm.hub");

    @Test
    void generated_protobuf_types_never_leave_the_mqtt_adapter() {
        noClasses().that().resideOutsideOfPackage("io.tonearm.hub.mqtt..")
                .should().dependOnClassesThat().resideInAPackage("io.tonearm.protocol.v1..")
                .check(HUB);
    }

    @Test
    void only_the_mqtt_adapter_uses_paho_and_only_the_broker_package_uses_hivemq() {
        noClasses().that().resideOutsideOfPackage("io.tonearm.hub.mqtt..")
                .should().dependOnClassesThat().resideInAPackage("org.eclipse.paho..")
                .check(HUB);
        noClasses().that().resideOutsideOfPackage("io.tonearm.hub.broker..")
                .should().dependOnClassesThat().resideInAPackage("com.hivemq..")
                .check(HUB);
    }

    @Test
    void only_the_coap_adapter_uses_californium() {
        noClasses().that().resideOutsideOfPackage("io.tonearm.hub.coap..")
                .should().dependOnClassesThat().resideInAPackage("org.eclipse.californium..")
                .check(HUB);
    }

    @Test
    void the_device_domain_does_not_depend_on_http_or_the_player() {
        noClasses().that().resideInAPackage("io.tonearm.hub.device..")
                .should().dependOnClassesThat().resideInAnyPackage("io.micronaut.http..", "io.tonearm.hub.player..",
                        "io.tonearm.hub.mqtt..", "io.tonearm.hub.coap..")
                .check(HUB);
    }
}
