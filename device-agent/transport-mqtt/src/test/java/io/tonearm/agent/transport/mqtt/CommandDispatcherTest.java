package io.tonearm.agent.transport.mqtt;

import io.tonearm.agent.time.TimeSource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.tonearm.agent.session.CommandEnvelope;
import io.tonearm.agent.transport.HubListener;
import io.tonearm.protocol.Topics;
import org.junit.jupiter.api.Test;

class CommandDispatcherTest {

    private static final String COMMANDS = Topics.of("dev-1", Topics.Kind.COMMANDS);
    private final RecordingListener listener = new RecordingListener();
    private final CommandDispatcher dispatcher = new CommandDispatcher(COMMANDS, listener, TimeSource.SYSTEM);

    @Test
    void a_good_command_on_the_commands_topic_reaches_on_command() {
        dispatcher.dispatch(COMMANDS, Fixtures.play("c-1", "tonearm:track:a").toByteArray());

        assertThat(listener.commands).extracting(CommandEnvelope::id).containsExactly("c-1");
        assertThat(listener.malformed).isEmpty();
    }

    @Test
    void a_refused_payload_reaches_on_malformed_command() {
        dispatcher.dispatch(COMMANDS, new byte[] {(byte) 0xff, 0x01});

        assertThat(listener.malformed).singleElement().satisfies(m -> {
            assertThat(m.commandId()).isEmpty();
            assertThat(m.reason()).startsWith("malformed payload: Command");
        });
    }

    @Test
    void messages_on_other_topics_are_ignored() {
        byte[] play = Fixtures.play("c-2", "tonearm:track:a").toByteArray();

        dispatcher.dispatch(Topics.of("dev-2", Topics.Kind.COMMANDS), play);
        dispatcher.dispatch(Topics.of("dev-1", Topics.Kind.STATE), play);
        dispatcher.dispatch("somewhere/else", new byte[0]);

        assertThat(listener.commands).isEmpty();
        assertThat(listener.malformed).isEmpty();
    }

    @Test
    void a_listener_that_throws_does_not_break_the_callback_thread() {
        HubListener failing = new HubListener() {
            @Override
            public void onCommand(CommandEnvelope command) {
                throw new IllegalStateException("boom");
            }

            @Override
            public void onMalformedCommand(String commandId, String reason) {
                throw new IllegalStateException("boom");
            }
        };
        CommandDispatcher d = new CommandDispatcher(COMMANDS, failing, TimeSource.SYSTEM);

        assertThatCode(() -> {
            d.dispatch(COMMANDS, Fixtures.play("c-3", "tonearm:track:a").toByteArray());
            d.dispatch(COMMANDS, new byte[0]);
        }).doesNotThrowAnyException();
    }
}
