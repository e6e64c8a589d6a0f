package io.tonearm.agent.dist;

import io.tonearm.profiles.Profile;
import java.util.List;

/**
 * The text files of a distribution: the start script, the environment file with the JVM flags,
 * the systemd unit and the Debian package's control files. Installed layout: the agent in
 * {@link #PREFIX}, its configuration in {@link #CONF}.
 */
final class DistFiles {
    static final String PREFIX = "/opt/tonearm-agent";
    static final String CONF = "/etc/tonearm";
    static final String UNIT = "tonearm-agent.service";

    private DistFiles() {
    }

    /**
     * POSIX sh: reads the environment file, prefers the bundled jlink runtime, then JAVA_HOME, then
     * {@code java} on the PATH. The JVM flags passed the profile loader's check (no spaces, no shell
     * characters), so splitting them on spaces is safe.
     */
    static String startScript(Profile p) {
        return "#!/bin/sh\n"
                + "# Starts the Tonearm device agent of this distribution (profile " + p.name() + ").\n"
                + "# Configuration: $TONEARM_CONF (default: etc/tonearm beside this script, else " + CONF + ")\n"
                + "#   agent.env     TONEARM_JVM_FLAGS, TONEARM_AGENT_ARGS (e.g. --hub tcp://server:1883 --name Kitchen)\n"
                + "#   profile.yaml  the effective firmware profile\n"
                + "set -eu\n"
                + "HERE=$(cd \"$(dirname \"$0\")/..\" && pwd)\n"
                + "CONF=${TONEARM_CONF:-$HERE/etc/tonearm}\n"
                + "[ -d \"$CONF\" ] || CONF=" + CONF + "\n"
                + "TONEARM_JVM_FLAGS=\n"
                + "TONEARM_AGENT_ARGS=\n"
                + ". \"$CONF/agent.env\"\n"
                + "if [ -n \"${MALLOC_ARENA_MAX:-}\" ]; then export MALLOC_ARENA_MAX; fi\n"
                + "if [ -x \"$HERE/runtime/bin/java\" ]; then JAVA=\"$HERE/runtime/bin/java\"\n"
                + "elif [ -n \"${JAVA_HOME:-}\" ]; then JAVA=\"$JAVA_HOME/bin/java\"\n"
                + "else JAVA=java; fi\n"
                + CLASS_ARCHIVE
                + "# shellcheck disable=SC2086\n"
                + "exec \"$JAVA\" $TONEARM_JVM_FLAGS -cp \"$HERE/lib/*\" io.tonearm.agent.app.Main agent"
                + " --profile \"$CONF/profile.yaml\" $TONEARM_AGENT_ARGS \"$@\"\n";
    }

    /**
     * The start script's class-data archive (decision §49), for flag sets with {@code -Xshare:off}
     * (the 48 MB profiles, where the JDK's own archive maps more than the agent uses): a start with
     * neither list nor archive records the classes it loads ({@code -XX:DumpLoadedClassList}); the
     * next start dumps them into a static archive with this runtime and these jars (a few seconds,
     * once) and every start after that maps it ({@code -Xshare:auto}: an archive that no longer
     * matches the runtime or the jars is ignored by the JVM, which then parses the classes as
     * {@code -Xshare:off} would). The files live in {@code $TONEARM_CLASS_ARCHIVE_DIR}, else systemd's
     * {@code $STATE_DIRECTORY}, else {@code var/} beside {@code lib/}, under a name keyed by the jars'
     * and the runtime's listing, so an upgrade starts over. {@code TONEARM_CLASS_ARCHIVE=no} turns it
     * off; a directory that is unwritable or has a space in its path leaves the flags as
     * they were, and so does a failed dump (once: it leaves {@code .failed} beside the list and is not retried).
     */
    static final String CLASS_ARCHIVE = ""
            + "TONEARM_CLASS_ARCHIVE=${TONEARM_CLASS_ARCHIVE:-yes}\n"
            + "case \" $TONEARM_JVM_FLAGS \" in *\" -Xshare:off \"*)\n"
            + "  ARCHIVE_DIR=${TONEARM_CLASS_ARCHIVE_DIR:-${STATE_DIRECTORY:-$HERE/var}}\n"
            + "  case \"$ARCHIVE_DIR\" in *[[:space:]]*) TONEARM_CLASS_ARCHIVE=no ;; esac\n"
            + "  if [ \"$TONEARM_CLASS_ARCHIVE\" = yes ] && mkdir -p \"$ARCHIVE_DIR\" 2>/dev/null && [ -w \"$ARCHIVE_DIR\" ]; then\n"
            + "    KEY=$(ls -lLn \"$HERE/lib\" \"$(command -v \"$JAVA\" || echo \"$JAVA\")\" 2>/dev/null | cksum | cut -d ' ' -f 1)\n"
            + "    ARCHIVE=\"$ARCHIVE_DIR/agent-$KEY.jsa\"\n"
            + "    CLASSES=\"$ARCHIVE_DIR/agent-$KEY.classlist\"\n"
            + "    NO_SHARE_OFF=$(echo \" $TONEARM_JVM_FLAGS \" | sed 's/ -Xshare:off / /')\n"
            + "    if [ ! -f \"$ARCHIVE\" ] && [ -s \"$CLASSES\" ] && [ ! -e \"$ARCHIVE.failed\" ]; then\n"
            + "      # shellcheck disable=SC2086\n"
            + "      if \"$JAVA\" $NO_SHARE_OFF -Xshare:dump -XX:SharedClassListFile=\"$CLASSES\" -XX:SharedArchiveFile=\"$ARCHIVE.tmp\" \\\n"
            + "          -cp \"$HERE/lib/*\" >\"$ARCHIVE_DIR/agent-$KEY.dump.log\" 2>&1; then mv \"$ARCHIVE.tmp\" \"$ARCHIVE\" || rm -f \"$ARCHIVE.tmp\"\n"
            + "      else rm -f \"$ARCHIVE.tmp\"; : >\"$ARCHIVE.failed\"; echo \"tonearm-agent: no class archive (see $ARCHIVE_DIR/agent-$KEY.dump.log)\" >&2; fi\n"
            + "    fi\n"
            + "    if [ -f \"$ARCHIVE\" ]; then TONEARM_JVM_FLAGS=\"$NO_SHARE_OFF -XX:SharedArchiveFile=$ARCHIVE -Xshare:auto\"\n"
            + "    elif [ ! -e \"$CLASSES\" ]; then TONEARM_JVM_FLAGS=\"$TONEARM_JVM_FLAGS -XX:DumpLoadedClassList=$CLASSES\"; fi\n"
            + "  fi ;;\n"
            + "esac\n";

    /** Readable by sh and by systemd's EnvironmentFile= alike. */
    static String environment(Profile p) {
        return "# Tonearm agent environment (profile " + p.name() + "; memory budget " + p.jvm().memoryBudgetMb() + " MB RSS).\n"
                + "# The JVM flags come from the profile's jvm.flags; keep them free of spaces and quotes.\n"
                + "TONEARM_JVM_FLAGS=\"" + String.join(" ", p.jvm().flags()) + "\"\n"
                + "# At most two glibc malloc arenas (the default is 8 per core), so freed native memory is\n"
                + "# reused instead of held per thread (decision 40).\n"
                + "MALLOC_ARENA_MAX=2\n"
                + "# Extra agent options, e.g. --hub tcp://server:1883 --control http://server:8080 --name Kitchen\n"
                + "TONEARM_AGENT_ARGS=\"\"\n";
    }

    /**
     * A hardened service: a dynamic user in the audio (and, with GPIO, gpio) group, restarted on
     * failure but not after a configuration error (exit 2), memory capped above the profile's budget.
     */
    static String systemdUnit(Profile p, String execStart) {
        boolean gpio = !p.gpio().isEmpty();
        int budget = p.jvm().memoryBudgetMb();
        return "[Unit]\n"
                + "Description=Tonearm device agent (" + p.name() + ")\n"
                + "Wants=network-online.target\n"
                + "After=network-online.target sound.target\n"
                + "StartLimitIntervalSec=300\n"
                + "StartLimitBurst=10\n"
                + "\n[Service]\n"
                + "Type=simple\n"
                + "Environment=TONEARM_CONF=" + CONF + "\n"
                + "ExecStart=" + execStart + "\n"
                + "Restart=on-failure\n"
                + "RestartSec=5\n"
                + "RestartPreventExitStatus=2\n"
                + "DynamicUser=yes\n"
                + "User=tonearm\n"
                + "SupplementaryGroups=audio" + (gpio ? " gpio" : "") + "\n"
                + "StateDirectory=tonearm\n"
                + "CacheDirectory=tonearm\n"
                + "MemoryHigh=" + budget + "M\n"
                + "MemoryMax=" + (budget * 2) + "M\n"
                + "NoNewPrivileges=yes\n"
                + "ProtectSystem=strict\n"
                + "ProtectHome=yes\n"
                + "PrivateTmp=yes\n"
                + "ProtectKernelTunables=yes\n"
                + "ProtectKernelModules=yes\n"
                + "ProtectControlGroups=yes\n"
                + "ProtectHostname=yes\n"
                + "LockPersonality=yes\n"
                + "RestrictNamespaces=yes\n"
                + "RestrictSUIDSGID=yes\n"
                + "RestrictAddressFamilies=AF_INET AF_INET6 AF_UNIX\n"
                + "DevicePolicy=closed\n"
                + "DeviceAllow=char-alsa rw\n"
                + (gpio ? "DeviceAllow=char-gpiochip rw\n" : "")
                + "\n[Install]\n"
                + "WantedBy=multi-user.target\n";
    }

    /** DEBIAN/control. Without a bundled runtime the package needs a Java 17 (or later) runtime. */
    static String debControl(Profile p, String version, String arch, long installedKb, boolean bundledRuntime) {
        return "Package: tonearm-agent-" + p.name() + "\n"
                + "Version: " + version + "\n"
                + "Architecture: " + arch + "\n"
                + "Maintainer: Tonearm <tonearm@localhost>\n"
                + "Installed-Size: " + installedKb + "\n"
                + (bundledRuntime ? "" : "Depends: java17-runtime-headless | openjdk-17-jre-headless | default-jre-headless\n")
                + "Conflicts: tonearm-agent\n"
                + "Provides: tonearm-agent\n"
                + "Section: sound\n"
                + "Priority: optional\n"
                + "Description: Tonearm device agent for " + p.name() + " devices\n"
                + " Plays music from a Tonearm control plane and takes commands from its connect hub;\n"
                + " runs as the tonearm-agent systemd service.\n";
    }

    static final List<String> CONFFILES = List.of(CONF + "/agent.env", CONF + "/profile.yaml");

    static final String POSTINST = "#!/bin/sh\nset -e\n"
            + "if [ \"$1\" = configure ] && [ -d /run/systemd/system ]; then\n"
            + "  systemctl daemon-reload\n  systemctl enable " + UNIT + "\n  systemctl restart " + UNIT + " || true\nfi\n";

    static final String PRERM = "#!/bin/sh\nset -e\n"
            + "if [ -d /run/systemd/system ]; then systemctl stop " + UNIT + " || true; fi\n"
            + "if [ \"$1\" = remove ] && [ -d /run/systemd/system ]; then systemctl disable " + UNIT + " || true; fi\n";

    static final String POSTRM = "#!/bin/sh\nset -e\n"
            + "if [ -d /run/systemd/system ]; then systemctl daemon-reload || true; fi\n";
}
