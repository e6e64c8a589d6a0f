package io.tonearm.sim.bench;

import java.util.Locale;
import java.util.Optional;

/**
 * One profile's footprint: startup (process start → the hub lists the device after its hello),
 * resident memory while playing (last sample and peak VmHWM), heap in use, against the profile's
 * budget; or why it was not measured.
 */
record FootprintRow(String profile, int qualityKbps, int budgetMb, long startupMs, long rssKb, long hwmKb, long heapKb,
                    Optional<String> notMeasured) {

    static FootprintRow pending(String profile, int qualityKbps, int budgetMb, String why) {
        return new FootprintRow(profile, qualityKbps, budgetMb, 0, 0, 0, 0, Optional.of(why));
    }

    /** Measured and failed: the agent did not start, play or stay alive. */
    static FootprintRow failed(String profile, int qualityKbps, int budgetMb, String why) {
        return new FootprintRow(profile, qualityKbps, budgetMb, 0, 0, 0, 0, Optional.of("FAILED: " + why));
    }

    /** Not measurable in this build (the CoAP transport is another branch's work). */
    boolean pending() {
        return notMeasured.isPresent() && notMeasured.get().startsWith("pending");
    }

    boolean withinBudget() {
        return notMeasured.isEmpty() && hwmKb <= budgetMb * 1024L;
    }

    static String header() {
        return "| profile | quality | budget | startup → hello | RSS playing | peak RSS (VmHWM) | heap used | verdict |\n"
                + "|---|---|---|---|---|---|---|---|";
    }

    String line() {
        if (notMeasured.isPresent()) {
            return String.format(Locale.ROOT, "| %s | %d kbit/s | %d MB | – | – | – | – | %s |", profile, qualityKbps, budgetMb,
                    notMeasured.get());
        }
        return String.format(Locale.ROOT, "| %s | %d kbit/s | %d MB | %d ms | %.1f MB | %.1f MB | %.1f MB | %s |", profile, qualityKbps,
                budgetMb, startupMs, rssKb / 1024.0, hwmKb / 1024.0, heapKb / 1024.0, withinBudget() ? "within budget" : "OVER budget");
    }
}
