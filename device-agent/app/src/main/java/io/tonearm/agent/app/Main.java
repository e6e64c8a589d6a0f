package io.tonearm.agent.app;

import java.util.Arrays;
import java.util.List;

/**
 * Entry point of the agent distribution: {@code agent} runs a device, {@code decode} decodes a
 * file, {@code profile} validates and shows profiles, {@code jvm-flags} prints a profile's JVM flags.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        List<String> rest = args.length > 0 ? Arrays.asList(args).subList(1, args.length) : List.of();
        String command = args.length > 0 ? args[0] : "";
        int code;
        switch (command) {
            case "agent":
                code = AgentCommand.run(rest, System.err);
                break;
            case "decode":
                code = DecodeCommand.run(rest, System.err);
                break;
            case "profile":
                code = ProfileCommand.run(rest, System.out, System.err);
                break;
            case "jvm-flags":
                code = ProfileCommand.jvmFlags(rest, System.out, System.err);
                break;
            default:
                System.err.println("usage: tonearm agent --profile P [options] | tonearm decode IN.ogg OUT.wav"
                        + " | tonearm profile validate FILE… | tonearm profile show NAME | tonearm jvm-flags --profile P");
                code = 2;
        }
        if (code != 0 || !"agent".equals(command)) {
            System.exit(code);
        }
    }
}
