package io.tonearm.agent.app;

import io.tonearm.agent.Agent;
import io.tonearm.agent.controls.Controls;
import io.tonearm.agent.sink.AudioSink;
import io.tonearm.agent.time.TimeSource;
import io.tonearm.agent.transport.TransportException;
import io.tonearm.profiles.Profile;
import io.tonearm.profiles.ProfileException;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code tonearm agent}: runs one device agent until the process is stopped. */
public final class AgentCommand {
    private static final Logger LOG = LoggerFactory.getLogger(AgentCommand.class);
    static final String USAGE = "usage: tonearm agent --profile NAME|FILE.yaml [--hub tcp://HOST:PORT|coap://HOST:PORT]"
            + " [--control http://HOST:PORT] [--name NAME] [--id ID] [--sink alsa|wav:FILE|pipe|null] [--volume 0-100]"
            + " [--mixer software|hardware] [--normalisation on|off] [--onevent PROGRAM]"
            + " [--keep-offline tonearm:track:ID,...]";

    private AgentCommand() {
    }

    /** Starts the agent; returns only on a start failure (1), bad usage (2), or after shutdown (0). */
    public static int run(List<String> args, PrintStream err) {
        AgentSettings settings;
        AgentOptions options;
        try {
            options = AgentOptions.parse(args);
            settings = AgentSettings.of(loadProfile(options.profile()), options);
        } catch (UsageException e) {
            err.println("agent: " + e.getMessage());
            err.println(USAGE);
            return 2;
        } catch (ProfileException e) {
            err.println("agent: profile " + e.getMessage());
            return 2;
        } catch (IllegalArgumentException e) {
            err.println("agent: " + e.getMessage());
            return 2;
        }
        AudioSink sink;
        Agent agent;
        Optional<Controls> controls;
        try {
            sink = AgentAssembly.sinkFor(settings, TimeSource.SYSTEM);
            agent = AgentAssembly.assemble(settings, sink, TimeSource.SYSTEM);
            controls = AgentAssembly.controlsFor(settings, agent, TimeSource.SYSTEM);
        } catch (MissingAdapterException e) {
            err.println("agent: " + e.getMessage());
            return 2;
        }
        try {
            agent.start();
        } catch (TransportException e) {
            err.println("agent: cannot reach the hub at " + settings.hubUrl() + ": " + e.getMessage());
            controls.ifPresent(Controls::close);
            agent.close();
            return 1;
        }
        LOG.info("{} ({}, profile {}) is online at {}; streams from {}", settings.name(), settings.deviceId(),
                settings.profile(), settings.hubUrl(), settings.controlUrl());
        // One full collection now, while the heap is a few MB: the serial collector unloads classes only in a
        // full collection, which a streaming agent may never reach, and this one lets the profile loader's
        // classes go and their metaspace be handed back (decision §49).
        System.gc();
        if (!options.keepOffline().isEmpty()) {
            agent.keepOffline(options.keepOffline()).whenComplete((outcome, failure) -> {
                if (failure != null) {
                    LOG.warn("cannot keep tracks offline: {}", failure.getMessage());
                    return;
                }
                outcome.forEach((track, problem) -> problem.ifPresentOrElse(
                        p -> LOG.warn("{} is not kept offline: {}", track, p.getMessage()),
                        () -> LOG.info("{} is kept offline", track)));
            });
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            controls.ifPresent(Controls::close);
            agent.close();
            sink.close();
            stopped.countDown();
        }, "tonearm-shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /** The profile, read in a class loader that is dropped afterwards (see {@link ThrowawayProfileLoader}). */
    static Profile loadProfile(String nameOrFile) throws ProfileException {
        return ThrowawayProfileLoader.load(nameOrFile);
    }
}
