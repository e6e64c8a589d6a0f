package io.tonearm.auth;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code tonearm token}: prints an access token for a user, signed with the data directory's active
 * key, or rotates the keys.
 *
 * <pre>
 * tonearm token --user alice [--ttl 1h] [--data-dir ./.tonearm]
 * tonearm token --rotate [--data-dir ./.tonearm]
 * </pre>
 */
public final class TokenCli {

    private static final Pattern SIMPLE = Pattern.compile("([0-9]{1,6})([smhd])");
    private static final Duration MAX_TTL = Duration.ofDays(366);

    private TokenCli() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err, Clock.systemUTC()));
    }

    static int run(String[] args, PrintStream out, PrintStream err, Clock clock) {
        String user = null;
        String ttl = "1h";
        String dataDir = "./.tonearm";
        boolean rotate = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--rotate")) {
                rotate = true;
            } else if ((a.equals("--user") || a.equals("--ttl") || a.equals("--data-dir")) && i + 1 < args.length) {
                String v = args[++i];
                if (a.equals("--user")) {
                    user = v;
                } else if (a.equals("--ttl")) {
                    ttl = v;
                } else {
                    dataDir = v;
                }
            } else {
                return usage(err, "unexpected argument: " + a);
            }
        }
        TokenKeyFile file = new TokenKeyFile(Path.of(dataDir), clock);
        if (rotate) {
            if (user != null) {
                return usage(err, "--rotate takes no --user");
            }
            TokenKeyring keys = file.rotate();
            out.println("active key " + keys.active().id() + " in " + file.path()
                    + "; restart the hub and the control plane to use it");
            return 0;
        }
        if (!UserId.wellFormed(user)) {
            return usage(err, "--user must be 1 to 64 of [A-Za-z0-9._-]");
        }
        Duration lifetime = parse(ttl);
        if (lifetime == null || lifetime.isZero() || lifetime.isNegative() || lifetime.compareTo(MAX_TTL) > 0) {
            return usage(err, "--ttl must be a duration up to 366d, e.g. 15m, 1h, 30d or PT1H");
        }
        out.println(new AccessTokens(file.loadOrCreate(), clock).issue(new UserId(user), lifetime));
        return 0;
    }

    private static Duration parse(String raw) {
        Matcher m = SIMPLE.matcher(raw);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            switch (m.group(2)) {
                case "s":
                    return Duration.ofSeconds(n);
                case "m":
                    return Duration.ofMinutes(n);
                case "h":
                    return Duration.ofHours(n);
                default:
                    return Duration.ofDays(n);
            }
        }
        try {
            return Duration.parse(raw);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static int usage(PrintStream err, String problem) {
        err.println("tonearm token: " + problem);
        err.println("usage: tonearm token --user USER [--ttl 1h] [--data-dir DIR] | tonearm token --rotate [--data-dir DIR]");
        return 2;
    }
}
