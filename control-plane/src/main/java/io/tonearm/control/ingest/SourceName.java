package io.tonearm.control.ingest;

/**
 * The name a submitter gave a file, reduced to text that is safe to keep and show: the last path
 * segment (either separator), control characters dropped, at most 256 characters; {@code "upload"}
 * when nothing is left. It is never used to build a path.
 */
final class SourceName {

    private SourceName() {
    }

    static String clean(String raw) {
        if (raw == null) {
            return "upload";
        }
        String base = raw.substring(Math.max(raw.lastIndexOf('/'), raw.lastIndexOf('\\')) + 1);
        return Tags.text(base).filter(s -> !s.equals(".") && !s.equals("..")).orElse("upload");
    }

    /** The name without its extension, as a fallback title. */
    static String stem(String clean) {
        int dot = clean.lastIndexOf('.');
        return dot > 0 ? clean.substring(0, dot) : clean;
    }
}
