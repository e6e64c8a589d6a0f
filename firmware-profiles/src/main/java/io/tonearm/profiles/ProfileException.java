package io.tonearm.profiles;

/**
 * A profile that cannot be used, with where and why, on one line:
 * {@code speaker.yaml: audio.buffer-ms: expected a whole number from 10 to 5000, found 0}.
 * Control characters from the file (or its name) are escaped, so a hostile profile cannot break
 * the line or drive the terminal.
 */
public final class ProfileException extends Exception {
    private static final long serialVersionUID = 1L;

    public ProfileException(String source, String keyPath, String expected, String found) {
        super(printable(source + ": " + (keyPath.isEmpty() ? "" : keyPath + ": ") + "expected " + expected + ", found " + found));
    }

    public ProfileException(String source, String problem) {
        super(printable(source + ": " + problem));
    }

    static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || (c >= 0x202A && c <= 0x202E)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
