package io.tonearm.agent.app;

import io.tonearm.profiles.Profile;
import io.tonearm.profiles.ProfileException;
import io.tonearm.profiles.ProfileLoader;
import io.tonearm.profiles.ProfileWriter;
import java.io.PrintStream;
import java.util.List;

/**
 * {@code tonearm profile validate FILE…} and {@code tonearm profile show NAME|FILE}; and
 * {@code tonearm jvm-flags --profile NAME|FILE}, which the launcher uses to start the agent with
 * its profile's JVM flags. A name ending in .yaml or .yml is a file, anything else a built-in profile.
 *
 * <p>validate prints {@code FILE: ok} for each valid profile and one error line for each invalid
 * one, in argument order, and exits 1 if any was invalid. show prints the effective profile
 * (inheritance applied) as YAML in schema order; jvm-flags prints one flag per line. Both exit 1
 * with one line on {@code err} if the profile is invalid. Every command exits 2 on a usage error.
 */
public final class ProfileCommand {
    static final String USAGE = "usage: tonearm profile validate FILE.yaml|NAME… | tonearm profile show NAME|FILE.yaml";
    static final String JVM_FLAGS_USAGE = "usage: tonearm jvm-flags --profile NAME|FILE.yaml";

    private ProfileCommand() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        String sub = args.isEmpty() ? "" : args.get(0);
        List<String> rest = args.isEmpty() ? List.of() : args.subList(1, args.size());
        if (rest.stream().anyMatch(a -> a.startsWith("-"))) {
            return usage(err, "profile: options are not accepted here (write ./" + rest.stream()
                    .filter(a -> a.startsWith("-")).findFirst().orElseThrow() + " for a file whose name starts with '-')");
        }
        switch (sub) {
            case "validate":
                return rest.isEmpty() ? usage(err, "profile validate: name at least one file") : validate(rest, out);
            case "show":
                return rest.size() != 1 ? usage(err, "profile show: name exactly one profile") : show(rest.get(0), out, err);
            default:
                return usage(err, sub.isEmpty() ? "profile: say validate or show" : "profile: unknown subcommand \"" + sub + "\"");
        }
    }

    public static int jvmFlags(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 2 || !args.get(0).equals("--profile")) {
            err.println("jvm-flags: expected --profile NAME|FILE");
            err.println(JVM_FLAGS_USAGE);
            return 2;
        }
        try {
            new ProfileLoader().load(args.get(1)).jvm().flags().forEach(out::println);
            return 0;
        } catch (ProfileException e) {
            err.println("jvm-flags: profile " + e.getMessage());
            return 1;
        }
    }

    private static int validate(List<String> files, PrintStream out) {
        ProfileLoader loader = new ProfileLoader();
        int code = 0;
        for (String file : files) {
            try {
                loader.load(file);
                out.println(printable(file) + ": ok");
            } catch (ProfileException e) {
                String line = e.getMessage();
                String arg = printable(file);
                out.println(line.startsWith(arg + ": ") || line.startsWith(arg + ".yaml: ") ? line : arg + ": via " + line);
                code = 1;
            }
        }
        return code;
    }

    private static int show(String nameOrFile, PrintStream out, PrintStream err) {
        try {
            Profile p = new ProfileLoader().load(nameOrFile);
            out.print(ProfileWriter.yaml(p));
            return 0;
        } catch (ProfileException e) {
            err.println("profile show: " + e.getMessage());
            return 1;
        }
    }

    private static int usage(PrintStream err, String problem) {
        err.println(printable(problem));
        err.println(USAGE);
        return 2;
    }

    /** The argument as it can be echoed on one line: control characters escaped. */
    private static String printable(String text) {
        StringBuilder b = new StringBuilder();
        text.codePoints().forEach(c -> b.append(Character.isISOControl(c) ? String.format("\\u%04x", c) : Character.toString(c)));
        return b.toString();
    }
}
