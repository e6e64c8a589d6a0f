package io.tonearm.agent.dist;

import io.tonearm.profiles.Profile;
import io.tonearm.profiles.ProfileException;
import io.tonearm.profiles.ProfileLoader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code tonearm dist --profile NAME|FILE.yaml|all [--out DIR] [--jlink] [--deb|--no-deb]
 * --classpath-file FILE}: builds distributions and prints one size line per profile; the .deb is
 * built where Debian's {@code dpkg-deb} is installed, or required with {@code --deb}. The class
 * path file is the agent app's runtime class path ({@code target/classpath.txt} of this module).
 */
public final class DistCommand {
    static final String USAGE = "usage: tonearm dist --profile NAME|FILE.yaml|all [--out DIR] [--jlink] [--deb|--no-deb]";

    private DistCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(Arrays.asList(args), System.out, System.err));
    }

    /** 0 when every distribution was built, 1 when a build failed, 2 for bad usage or a bad profile. */
    static int run(List<String> args, PrintStream out, PrintStream err) {
        List<String> profiles = new ArrayList<>();
        Path dir = Path.of("target", "dist");
        Path classPathFile = null;
        boolean jlink = false;
        boolean deb = Tools.onPath("dpkg-deb");
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--jlink") || a.equals("--deb") || a.equals("--no-deb")) {
                jlink |= a.equals("--jlink");
                deb = a.equals("--jlink") ? deb : a.equals("--deb");
                continue;
            }
            if (!List.of("--profile", "--out", "--classpath-file").contains(a) || i + 1 >= args.size()) {
                err.println("dist: " + (a.startsWith("--") && i + 1 >= args.size() ? a + " needs a value" : "unknown option " + a));
                err.println(USAGE);
                return 2;
            }
            String v = args.get(++i);
            if (a.equals("--profile")) {
                profiles.add(v);
            } else if (a.equals("--out")) {
                dir = Path.of(v);
            } else {
                classPathFile = Path.of(v);
            }
        }
        if (profiles.isEmpty() || classPathFile == null) {
            err.println("dist: " + (profiles.isEmpty() ? "--profile" : "--classpath-file") + " is required");
            err.println(USAGE);
            return 2;
        }
        if (profiles.remove("all")) {
            ProfileLoader.BUILT_IN.stream().filter(n -> !n.equals("base")).forEach(profiles::add);
        }
        List<Path> classPath;
        try {
            classPath = readClassPath(classPathFile);
        } catch (IOException e) {
            err.println("dist: cannot read the agent's class path " + classPathFile + ": " + e.getMessage());
            return 1;
        }
        long epoch = Long.parseLong(System.getenv().getOrDefault("SOURCE_DATE_EPOCH", "0").replaceAll("[^0-9]", "0"));
        int code = 0;
        for (String name : profiles) {
            Profile p;
            try {
                p = new ProfileLoader().load(name);
            } catch (ProfileException e) {
                err.println("dist: profile " + e.getMessage());
                return 2;
            }
            try {
                DistBuilder.Result r = DistBuilder.build(new DistBuilder.Options(p, classPath, dir, jlink, deb, epoch));
                out.println(DistBuilder.describe(r));
            } catch (IOException | IllegalArgumentException e) {
                err.println("dist: " + p.name() + ": " + e.getMessage());
                code = 1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 1;
            }
        }
        return code;
    }

    static List<Path> readClassPath(Path file) throws IOException {
        List<Path> out = new ArrayList<>();
        for (String entry : Files.readString(file, StandardCharsets.UTF_8).strip().split(java.io.File.pathSeparator)) {
            if (!entry.isBlank()) {
                out.add(Path.of(entry.strip()));
            }
        }
        return out;
    }
}
