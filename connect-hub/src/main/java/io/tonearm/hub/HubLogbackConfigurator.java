package io.tonearm.hub;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.net.URL;

/**
 * Loads the hub's logging configuration ({@code tonearm-hub-logback.xml}) before logback looks for a
 * {@code logback.xml}: HiveMQ's jar ships one, and whichever comes first on the classpath would win.
 * {@code -Dlogback.configurationFile=...} still overrides. Found through
 * {@code META-INF/services/ch.qos.logback.classic.spi.Configurator}.
 */
public class HubLogbackConfigurator extends ContextAwareBase implements Configurator {

    static final String RESOURCE = "/tonearm-hub-logback.xml";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        URL config = HubLogbackConfigurator.class.getResource(RESOURCE);
        if (System.getProperty("logback.configurationFile") != null || config == null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        JoranConfigurator joran = new JoranConfigurator();
        joran.setContext(context);
        try {
            joran.doConfigure(config);
        } catch (JoranException e) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
