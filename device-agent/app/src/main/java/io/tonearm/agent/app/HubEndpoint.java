package io.tonearm.agent.app;

import java.util.Locale;
import java.util.Objects;

/**
 * One way to reach the hub: a transport as profiles name it ({@code mqtt}, {@code coap}) and its URL.
 */
public record HubEndpoint(String transport, String url) {
    public HubEndpoint {
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(url, "url");
    }

    /**
     * The endpoint a {@code --hub} URL names, by its scheme: {@code tcp://}, {@code ssl://} are MQTT,
     * {@code coap://}, {@code coaps://} CoAP.
     *
     * @throws IllegalArgumentException for any other scheme
     */
    public static HubEndpoint fromUrl(String url) {
        int colon = url.indexOf("://");
        String scheme = colon > 0 ? url.substring(0, colon).toLowerCase(Locale.ROOT) : "";
        switch (scheme) {
            case "tcp":
            case "ssl":
                return new HubEndpoint("mqtt", url);
            case "coap":
            case "coaps":
                return new HubEndpoint("coap", url);
            default:
                throw new IllegalArgumentException("--hub must be tcp://, ssl:// (MQTT) or coap://, coaps:// (CoAP), not \""
                        + url.replaceAll("\\p{Cntrl}", "?") + "\"");
        }
    }
}
