package io.tonearm.profiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Reads the profile schema from a merged YAML tree; see firmware-profiles/README.md. */
final class ProfileReader {
    static final String NAME = "[a-z0-9][a-z0-9-]{0,63}";
    private static final String HOST = "[\\w.-]+";
    static final String MQTT_URL = "tcp://" + HOST + ":\\d{1,5}";
    static final String COAP_URL = "coaps?://" + HOST + "(:\\d{1,5})?";
    static final String CONTROL_URL = "https?://" + HOST + "(:\\d{1,5})?/?";

    Profile read(Node root) throws ProfileException {
        String name = root.text("name", NAME);
        Node device = root.child("device");
        String type = device.oneOf("type", Profile.DEVICE_TYPES);
        device.noOtherKeys();

        Node audio = root.child("audio");
        Profile.Audio a = new Profile.Audio(audio.oneOf("sink", Set.of("alsa", "pipe", "null", "wav")),
                audio.text("device", "[\\w .:,()-]{0,64}"), audio.integer("buffer-ms", 10, 5000),
                audio.integer("initial-volume", 0, 100), audio.optionalInteger("sample-rate", 8000, 192000));
        audio.noOtherKeys();

        Node streaming = root.child("streaming");
        Profile.Streaming s = new Profile.Streaming(quality(streaming), streaming.integer("chunk-frames", 64, 65536),
                streaming.integer("read-ahead-kb", 16, 65536), streaming.integer("gapless-lead-ms", 0, 30000));
        streaming.noOtherKeys();

        Profile.Hub h = hub(root.child("hub"));

        Node control = root.child("control");
        Profile.Control c = new Profile.Control(control.text("url", CONTROL_URL));
        control.noOtherKeys();

        Node cache = root.child("cache");
        Profile.Cache k = new Profile.Cache(cache.integer("size-mb", 0, 1_048_576));
        cache.noOtherKeys();

        Profile.Jvm j = JvmReader.read(root.child("jvm"));
        Optional<Node> gpio = root.optionalChild("gpio");
        Profile.Gpio g = gpio.isPresent() ? new GpioReader().read(gpio.get()) : Profile.Gpio.NONE;

        Node caps = root.child("capabilities");
        Profile.Capabilities p = new Profile.Capabilities(caps.bool("volume-control"), caps.bool("hardware-volume"),
                caps.bool("display"), caps.bool("groups"));
        caps.noOtherKeys();

        root.noOtherKeys();
        return new Profile(name, type, a, s, h, c, k, j, g, p);
    }

    private static int quality(Node streaming) throws ProfileException {
        int q = streaming.integer("max-quality", 24, 320);
        if (q != 24 && q != 96 && q != 160 && q != 320) {
            throw streaming.error(streaming.at("max-quality"), "24, 96, 160 or 320", String.valueOf(q));
        }
        return q;
    }

    private static Profile.Hub hub(Node hub) throws ProfileException {
        List<?> items = hub.list("transports", 8);
        List<Profile.Transport> transports = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            String at = hub.at("transports") + "[" + i + "]";
            if (!"mqtt".equals(item) && !"coap".equals(item)) {
                throw hub.error(at, "mqtt or coap", Node.describe(item));
            }
            Profile.Transport t = Profile.Transport.valueOf(((String) item).toUpperCase(Locale.ROOT));
            if (transports.contains(t)) {
                throw hub.error(at, "each transport once", Node.describe(item) + " again");
            }
            transports.add(t);
        }
        if (transports.isEmpty()) {
            throw hub.error(hub.at("transports"), "at least one of mqtt, coap", "an empty list");
        }
        Optional<String> mqtt = url(hub, "mqtt-url", MQTT_URL, transports.contains(Profile.Transport.MQTT), "mqtt");
        Optional<String> coap = url(hub, "coap-url", COAP_URL, transports.contains(Profile.Transport.COAP), "coap");
        hub.noOtherKeys();
        return new Profile.Hub(transports, mqtt, coap);
    }

    /** A transport's URL: required when the transport is listed, an error when it is not. */
    private static Optional<String> url(Node hub, String key, String pattern, boolean listed, String transport)
            throws ProfileException {
        if (listed) {
            return Optional.of(hub.text(key, pattern));
        }
        Optional<String> url = hub.optionalText(key, pattern);
        if (url.isPresent()) {
            throw hub.error(hub.at(key), "no " + key + " (hub.transports does not list " + transport
                    + "; in a profile that extends another, remove an inherited one with ~)", Node.describe(url.get()));
        }
        return url;
    }
}
