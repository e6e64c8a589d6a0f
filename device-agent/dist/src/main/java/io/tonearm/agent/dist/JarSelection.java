package io.tonearm.agent.dist;

import io.tonearm.profiles.Profile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chooses, from the agent app's runtime class path, the jars one profile's device needs: an
 * adapter and the libraries only it uses go in only when the profile uses it (Paho only with an
 * MQTT transport, Californium only with CoAP, Pi4J only with a GPIO map, the javax.sound sink only
 * for {@code audio.sink: alsa}). Everything else — core, decoder, control-plane client, profiles,
 * logging, the wire contract — is in every distribution.
 */
final class JarSelection {
    private static final Pattern VERSIONED = Pattern.compile("(.+?)-(\\d[^/]*)\\.jar");

    /** Why a jar is in or out, for the build's report. */
    record Choice(Path jar, String artifact, boolean included, String reason) {
    }

    private JarSelection() {
    }

    /** The artifact id a jar file is named after: {@code pi4j-core-2.8.0.jar} → {@code pi4j-core}. */
    static String artifactOf(Path jar) {
        String name = jar.getFileName().toString();
        Matcher m = VERSIONED.matcher(name);
        if (m.matches()) {
            return m.group(1);
        }
        return name.endsWith(".jar") ? name.substring(0, name.length() - 4) : name;
    }

    /** The adapter an artifact belongs to ("mqtt", "coap", "gpio", "alsa"), or empty if every device needs it. */
    static Optional<String> adapterOf(String artifact) {
        if (artifact.equals("agent-transport-mqtt") || artifact.startsWith("org.eclipse.paho")) {
            return Optional.of("mqtt");
        }
        if (artifact.equals("agent-transport-coap") || artifact.startsWith("californium") || artifact.startsWith("scandium")
                || artifact.equals("element-connector")) {
            return Optional.of("coap");
        }
        if (artifact.equals("agent-controls-pi4j") || artifact.startsWith("pi4j-")) {
            return Optional.of("gpio");
        }
        if (artifact.equals("agent-sink-javasound")) {
            return Optional.of("alsa");
        }
        return Optional.empty();
    }

    static boolean profileUses(Profile p, String adapter) {
        switch (adapter) {
            case "mqtt":
                return p.hub().transports().contains(Profile.Transport.MQTT);
            case "coap":
                return p.hub().transports().contains(Profile.Transport.COAP);
            case "gpio":
                return !p.gpio().isEmpty();
            case "alsa":
                return p.audio().sink().equals("alsa");
            default:
                throw new AssertionError("unhandled adapter " + adapter);
        }
    }

    /**
     * Every jar of {@code classPath} with the decision for {@code p}, in class-path order.
     *
     * @throws IllegalArgumentException for an entry that is not a jar (a classes directory)
     */
    static List<Choice> choose(Profile p, List<Path> classPath) {
        List<Choice> out = new ArrayList<>();
        for (Path jar : classPath) {
            if (!jar.getFileName().toString().endsWith(".jar")) {
                throw new IllegalArgumentException("class path entry " + jar + " is not a jar; build with mvn package first");
            }
            String artifact = artifactOf(jar);
            Optional<String> adapter = adapterOf(artifact);
            if (adapter.isEmpty()) {
                out.add(new Choice(jar, artifact, true, "every device"));
            } else {
                boolean used = profileUses(p, adapter.get());
                out.add(new Choice(jar, artifact, used, (used ? "" : "not ") + "used: " + adapter.get()));
            }
        }
        return out;
    }
}
