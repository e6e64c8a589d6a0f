package io.tonearm.hub.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ReportRelayTest {

    private static Device.Reported volume(int percent) {
        return new Device.Reported(new DeviceState(PlaybackStatus.STOPPED, Optional.empty(), 0, 0, 0, percent, 5,
                List.of(), 0), Instant.EPOCH);
    }

    private final List<String> seen = new CopyOnWriteArrayList<>();

    @Test
    void the_delivering_thread_never_waits_for_a_slow_listener() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch entered = new CountDownLatch(1);
        DeviceReportListener slow = (device, report) -> {
            entered.countDown();
            await(release);
            seen.add(device.id() + "=" + report.state().volumePercent());
        };
        ReportRelay relay = new ReportRelay(List.of(slow));
        relay.offer(Device.unknown("a"), volume(1));
        assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();
        long t0 = System.nanoTime();
        for (int i = 0; i < 1000; i++) {
            relay.offer(Device.unknown("d" + i), volume(i % 101));
        }
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0)).isLessThan(1000);
        assertThat(seen).isEmpty();
        release.countDown();
        relay.close();
        assertThat(seen).hasSize(1001).startsWith("a=1");
    }

    @Test
    void a_device_reporting_faster_than_the_listener_is_told_its_newest_report_in_order() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        DeviceReportListener slow = (device, report) -> {
            await(release);
            seen.add(device.id() + "=" + report.state().volumePercent());
        };
        ReportRelay relay = new ReportRelay(List.of(slow));
        relay.offer(Device.unknown("a"), volume(1));
        Thread.sleep(100); // the listener holds report 1
        relay.offer(Device.unknown("a"), volume(2));
        relay.offer(Device.unknown("b"), volume(7));
        relay.offer(Device.unknown("a"), volume(3));
        release.countDown();
        relay.close();
        assertThat(seen).containsExactly("a=1", "a=3", "b=7");
    }

    @Test
    void a_failing_listener_does_not_stop_the_others_or_later_reports() {
        DeviceReportListener failing = (device, report) -> {
            throw new IllegalStateException("boom");
        };
        ReportRelay relay = new ReportRelay(List.of(failing, (device, report) -> seen.add(device.id())));
        relay.offer(Device.unknown("a"), volume(1));
        relay.offer(Device.unknown("b"), volume(1));
        relay.close();
        assertThat(seen).containsExactly("a", "b");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
