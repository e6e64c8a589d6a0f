package io.tonearm.hub.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class DroppedMessagesWatchTest {

    @Test
    void reports_only_the_drops_since_the_last_look() {
        AtomicLong counter = new AtomicLong(5);
        DroppedMessagesWatch watch = new DroppedMessagesWatch(counter::get, 1_000);
        assertThat(watch.check()).as("drops before the watch started are not news").isZero();
        counter.addAndGet(988);
        assertThat(watch.check()).isEqualTo(988);
        assertThat(watch.check()).isZero();
        counter.incrementAndGet();
        assertThat(watch.check()).isEqualTo(1);
        assertThat(watch.total()).isEqualTo(989);
    }

    @Test
    void a_counter_that_goes_backwards_is_not_a_negative_drop() {
        AtomicLong counter = new AtomicLong(10);
        DroppedMessagesWatch watch = new DroppedMessagesWatch(counter::get, 1_000);
        counter.set(0);
        assertThat(watch.check()).isZero();
        counter.set(3);
        assertThat(watch.check()).isEqualTo(3);
    }
}
