package io.tonearm.profiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code jvm}: flags the launcher passes to {@code java} as separate arguments, never
 * through a shell. Each flag must be an {@code -X}, {@code -XX:} or {@code -D} option made only of
 * characters no shell treats specially, and none may make the JVM run a command or load code
 * from elsewhere. A {@code -Xmx} heap must fit below the memory budget.
 */
final class JvmReader {
    static final int MAX_FLAGS = 32;
    private static final Pattern FLAG = Pattern.compile("-(XX:[+-]?[A-Za-z][A-Za-z0-9]*(=[A-Za-z0-9_.:,/+@%=-]*)?"
            + "|X[A-Za-z][A-Za-z0-9_.:,/+@%=-]*"
            + "|D[A-Za-z_][A-Za-z0-9_.-]*(=[A-Za-z0-9_.:,/+@%=-]*)?)");
    /** Options that run commands or load code: a profile must not be a way to execute something. */
    private static final List<String> REFUSED = List.of("-XX:OnError", "-XX:OnOutOfMemoryError", "-XX:VMOptionsFile",
            "-XX:Flags", "-XX:CompileCommandFile", "-XX:+StartAttachListener", "-Xbootclasspath", "-Xrun",
            "-Djava.system.class.loader", "-Djava.security.manager", "-Djava.security.policy", "-Djava.ext.dirs",
            "-Djava.library.path");
    private static final Pattern XMX = Pattern.compile("-Xmx(\\d{1,9})([kKmMgG]?)");

    private JvmReader() {
    }

    static Profile.Jvm read(Node jvm) throws ProfileException {
        int budget = jvm.integer("memory-budget-mb", 16, 65536);
        List<?> items = jvm.list("flags", MAX_FLAGS);
        List<String> flags = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            flags.add(flag(jvm, jvm.at("flags") + "[" + i + "]", items.get(i), budget));
        }
        jvm.noOtherKeys();
        return new Profile.Jvm(flags, budget);
    }

    private static String flag(Node jvm, String at, Object item, int budgetMb) throws ProfileException {
        if (!(item instanceof String) || ((String) item).length() > 200 || !FLAG.matcher((String) item).matches()) {
            throw jvm.error(at, "a JVM flag starting with -X, -XX: or -D, of letters, digits and _.:,/+@%=- only"
                    + " (no spaces or shell characters)", Node.describe(item));
        }
        String flag = (String) item;
        for (String refused : REFUSED) {
            if (flag.startsWith(refused)) {
                throw jvm.error(at, "a flag that neither runs commands nor loads code (" + refused + " does)",
                        Node.describe(flag));
            }
        }
        Matcher xmx = XMX.matcher(flag);
        if (xmx.matches()) {
            long mb = megabytes(Long.parseLong(xmx.group(1)), xmx.group(2).toLowerCase(Locale.ROOT));
            if (mb >= budgetMb) {
                throw jvm.error(at, "a heap below jvm.memory-budget-mb (" + budgetMb + " MB)", Node.describe(flag));
            }
        }
        return flag;
    }

    private static long megabytes(long n, String unit) {
        switch (unit) {
            case "g":
                return n * 1024;
            case "m":
                return n;
            case "k":
                return (n + 1023) / 1024;
            default:
                return (n + (1 << 20) - 1) >> 20;
        }
    }
}
