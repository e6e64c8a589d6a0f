package io.tonearm.hub.coap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The command queue behind an observed commands resource, in virtual time. */
class CommandsResourceTest {

    private final CoapHeartbeatTest.ManualClock clock = new CoapHeartbeatTest.ManualClock();
    private final CommandsResource commands = new CommandsResource(clock, Duration.ofSeconds(6));

    @Test
    void commands_leave_the_queue_only_when_the_head_is_acknowledged() {
        commands.push("c1", new byte[] {1});
        commands.push("c2", new byte[] {2});

        commands.acknowledged("c2"); // not the head: the device cannot have seen it
        assertThat(commands.waiting()).isEqualTo(2);
        commands.acknowledged("c1");
        assertThat(commands.waiting()).isEqualTo(1);
        commands.acknowledged("unknown");
        assertThat(commands.waiting()).isEqualTo(1);
        commands.acknowledged("c2");
        assertThat(commands.waiting()).isZero();
    }

    @Test
    void commands_whose_caller_gave_up_are_dropped() {
        commands.push("old", new byte[] {1});
        clock.advance(Duration.ofSeconds(5));
        commands.push("new", new byte[] {2});
        clock.advance(Duration.ofSeconds(2));

        assertThat(commands.waiting()).isEqualTo(1);
        clock.advance(Duration.ofSeconds(5));
        assertThat(commands.waiting()).isZero();
    }

    @Test
    void it_is_observable_and_advertises_the_contract() {
        assertThat(commands.isObservable()).isTrue();
        assertThat(commands.getAttributes().getResourceTypes()).containsExactly("tonearm.v1.commands");
        assertThat(commands.getAttributes().getContentTypes()).containsExactly("65000");
    }
}
