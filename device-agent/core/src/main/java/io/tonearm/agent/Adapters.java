package io.tonearm.agent;

import io.tonearm.agent.controls.ControlsFactory;
import io.tonearm.agent.sink.SinkFactory;
import io.tonearm.agent.transport.HubTransportFactory;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The adapters on the class path, found with {@link ServiceLoader}: what a distribution ships is
 * what the agent can use. Immutable once loaded.
 */
public final class Adapters {
    private static final Logger LOG = LoggerFactory.getLogger(Adapters.class);
    private final List<HubTransportFactory> transports;
    private final List<SinkFactory> sinks;
    private final List<ControlsFactory> controls;

    public Adapters(List<HubTransportFactory> transports, List<SinkFactory> sinks, List<ControlsFactory> controls) {
        this.transports = List.copyOf(transports);
        this.sinks = List.copyOf(sinks);
        this.controls = List.copyOf(controls);
    }

    /** The adapters registered in {@code META-INF/services} on {@code loader}'s class path. */
    public static Adapters load(ClassLoader loader) {
        return new Adapters(all(HubTransportFactory.class, loader), all(SinkFactory.class, loader),
                all(ControlsFactory.class, loader));
    }

    public Optional<HubTransportFactory> transport(String name) {
        return transports.stream().filter(f -> f.transport().equals(name)).findFirst();
    }

    public Optional<SinkFactory> sink(String name) {
        return sinks.stream().filter(f -> f.sink().equals(name)).findFirst();
    }

    public Optional<ControlsFactory> controls(String kind) {
        return controls.stream().filter(f -> f.kind().equals(kind)).findFirst();
    }

    /** "mqtt (agent-transport-mqtt), alsa (agent-sink-javasound)" or "none", for messages. */
    public String describe() {
        List<String> all = new ArrayList<>();
        transports.forEach(f -> all.add(f.transport() + " transport (" + f.module() + ")"));
        sinks.forEach(f -> all.add(f.sink() + " sink (" + f.module() + ")"));
        controls.forEach(f -> all.add(f.kind() + " controls (" + f.module() + ")"));
        return all.isEmpty() ? "none" : all.stream().collect(Collectors.joining(", "));
    }

    /** Every provider that loads; one whose classes are incomplete (a jar left out) is logged and skipped. */
    private static <T> List<T> all(Class<T> type, ClassLoader loader) {
        List<T> out = new ArrayList<>();
        Iterator<T> it = ServiceLoader.load(type, loader).iterator();
        while (true) {
            try {
                if (!it.hasNext()) {
                    return out;
                }
                out.add(it.next());
            } catch (ServiceConfigurationError | LinkageError e) {
                LOG.warn("skipped a {} that cannot load: {}", type.getSimpleName(), e.toString());
            }
        }
    }
}
