package io.tonearm.hub.voice;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small grammar for what people say to a speaker: "play some jazz in the kitchen", "move the
 * music to the car", "turn it up a bit", "what's playing". Rules are tried in order; the first that
 * matches the whole (normalised) utterance wins. Stateless and thread-safe.
 */
public final class UtteranceGrammar {
    /** Utterances longer than this are not understood (no assistant sends paragraphs). */
    public static final int MAX_LENGTH = 300;
    private static final String PLACE = "(?:\\s+(?:in|on|at)\\s+(?:the\\s+)?(?<device>.+?))?";

    private record Rule(Pattern pattern, Function<Matcher, VoiceIntent> intent) {
    }

    private final List<Rule> rules = List.of(
            rule("(?:what'?s|what is|what song is) (?:playing|this|on)(?: now)?" + PLACE,
                    m -> VoiceIntent.of(VoiceIntent.Kind.WHAT_IS_PLAYING).on(device(m))),
            rule("(?:move|transfer|switch|send) (?:the music|the song|playback|it|this|music)(?: over)? to (?:the )?(?<device>.+)",
                    m -> transfer(m.group("device"))),
            rule("play (?:it|this|the music) (?:in|on) (?:the )?(?<device>.+)", m -> transfer(m.group("device"))),
            rule("(?:set )?(?:the )?volume (?:to )?(?<n>\\d{1,3})(?: ?%| percent)?" + PLACE,
                    m -> volume(VoiceIntent.Kind.VOLUME_SET, m)),
            rule("(?:turn (?:it|the music|the volume) up|louder|volume up|raise the volume)(?: a (?:bit|little))?" + PLACE,
                    m -> volume(VoiceIntent.Kind.VOLUME_UP, m)),
            rule("(?:turn (?:it|the music|the volume) down|quieter|volume down|lower the volume)(?: a (?:bit|little))?" + PLACE,
                    m -> volume(VoiceIntent.Kind.VOLUME_DOWN, m)),
            rule("(?:pause|stop)(?: (?:the )?(?:music|playback|it|this))?" + PLACE,
                    m -> VoiceIntent.of(VoiceIntent.Kind.PAUSE).on(device(m))),
            rule("(?:resume|continue|unpause|keep playing)(?: (?:the )?(?:music|playback|it))?" + PLACE,
                    m -> VoiceIntent.of(VoiceIntent.Kind.RESUME).on(device(m))),
            rule("(?:next|skip)(?: (?:song|track|this(?: song| track)?|it))?" + PLACE,
                    m -> VoiceIntent.of(VoiceIntent.Kind.NEXT).on(device(m))),
            rule("(?:previous|go back|back)(?: (?:song|track|one))?|play the (?:previous|last) (?:song|track)",
                    m -> VoiceIntent.of(VoiceIntent.Kind.PREVIOUS)),
            rule("play(?: (?:some|me some|me|a bit of|something by|songs by|music by|the song|the album))? (?<query>.+?)" + PLACE,
                    m -> new VoiceIntent(VoiceIntent.Kind.PLAY, Optional.of(m.group("query")), device(m), Optional.empty())),
            rule("play(?: (?:some )?music)?" + PLACE, m -> VoiceIntent.of(VoiceIntent.Kind.RESUME).on(device(m))));

    /** The intent the utterance expresses, or empty when no rule understands it. */
    public Optional<VoiceIntent> parse(String utterance) {
        if (utterance == null || utterance.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String text = normalise(utterance);
        for (Rule r : rules) {
            Matcher m = r.pattern().matcher(text);
            if (m.matches()) {
                try {
                    return Optional.of(r.intent().apply(m));
                } catch (IllegalArgumentException e) {
                    return Optional.empty(); // e.g. "volume 250"
                }
            }
        }
        return Optional.empty();
    }

    /** Lower case, accents kept, polite words and punctuation dropped, spaces collapsed. */
    static String normalise(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replace('’', '\'')
                .replaceAll("[^\\p{L}\\p{N}'% ]+", " ")
                .replaceAll("\\b(?:please|hey tonearm|ok tonearm|tonearm|could you|can you|would you)\\b", " ")
                .replaceAll("\\s+", " ").strip();
        return t;
    }

    private static Rule rule(String regex, Function<Matcher, VoiceIntent> intent) {
        return new Rule(Pattern.compile(regex), intent);
    }

    private static Optional<String> device(Matcher m) {
        return Optional.ofNullable(m.group("device"));
    }

    private static VoiceIntent transfer(String device) {
        return new VoiceIntent(VoiceIntent.Kind.TRANSFER, Optional.empty(), Optional.of(device), Optional.empty());
    }

    private static VoiceIntent volume(VoiceIntent.Kind kind, Matcher m) {
        Optional<Integer> level = kind == VoiceIntent.Kind.VOLUME_SET
                ? Optional.of(Integer.parseInt(m.group("n"))) : Optional.empty();
        return new VoiceIntent(kind, Optional.empty(), device(m), level);
    }
}
