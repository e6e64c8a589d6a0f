package io.tonearm.control.ingest;

/** An external tool (ffmpeg, ffprobe, oggenc, …) failed to start, exited non-zero, or ran past its deadline. */
public final class ToolFailedException extends IngestException {

    private final boolean timedOut;

    public ToolFailedException(String message, boolean timedOut) {
        super(Reason.TOOL_FAILED, message);
        this.timedOut = timedOut;
    }

    public ToolFailedException(String message, Throwable cause) {
        super(Reason.TOOL_FAILED, message, cause);
        this.timedOut = false;
    }

    /** The tool was stopped because it outlived its deadline. */
    public boolean timedOut() {
        return timedOut;
    }
}
