package io.tonearm.profiles;

import java.util.Set;

/** Reads the profile schema from a YAML tree; see firmware-profiles/README.md. */
final class ProfileReader {
    private final String source;

    ProfileReader(String source) {
        this.source = source;
    }

    Profile read(Node root) throws ProfileException {
        String name = root.text("name", "[a-z0-9][a-z0-9-]{0,63}");
        Node device = root.child("device");
        String type = device.oneOf("type", Profile.DEVICE_TYPES);
        device.noOtherKeys();

        Node audio = root.child("audio");
        Profile.Audio a = new Profile.Audio(audio.oneOf("sink", Set.of("alsa", "pipe", "null", "wav")),
                audio.text("device", "[\\w .:,()-]{0,64}"), audio.integer("buffer-ms", 10, 5000),
                audio.integer("initial-volume", 0, 100));
        audio.noOtherKeys();

        Node streaming = root.child("streaming");
        Profile.Streaming s = new Profile.Streaming(quality(streaming), streaming.integer("chunk-frames", 64, 65536));
        streaming.noOtherKeys();

        Node hub = root.child("hub");
        Profile.Hub h = new Profile.Hub(hub.oneOf("transport", Set.of("mqtt")), hub.text("url", "tcp://[\\w.-]+:\\d{1,5}"));
        hub.noOtherKeys();

        Node control = root.child("control");
        Profile.Control c = new Profile.Control(control.text("url", "https?://[\\w.-]+(:\\d{1,5})?/?"));
        control.noOtherKeys();

        root.noOtherKeys();
        return new Profile(name, type, a, s, h, c);
    }

    private int quality(Node streaming) throws ProfileException {
        int q = streaming.integer("max-quality", 24, 320);
        if (q != 24 && q != 96 && q != 160 && q != 320) {
            throw new ProfileException(source, "streaming.max-quality", "24, 96, 160 or 320", String.valueOf(q));
        }
        return q;
    }
}
