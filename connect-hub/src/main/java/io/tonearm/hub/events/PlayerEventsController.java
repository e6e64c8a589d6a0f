package io.tonearm.hub.events;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.RequestAttribute;
import io.micronaut.http.sse.Event;
import io.tonearm.hub.auth.BearerTokenFilter;
import io.tonearm.hub.session.Sessions;
import java.time.Clock;
import java.util.Map;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/**
 * {@code GET /v1/me/player/events}: the user's session as server-sent events. The first event is the
 * session as it is; then one {@code session} event per change (its SSE id is the session version, so
 * a client sees gaps), and a {@code heartbeat} event whenever the stream was quiet for the heartbeat
 * interval. Changes made through this hub instance and reports of the devices it sees are streamed.
 */
@Controller("/v1/me/player/events")
public class PlayerEventsController {

    static final String SESSION = "session";
    static final String HEARTBEAT = "heartbeat";

    private final Sessions sessions;
    private final Clock clock;
    private final EventsConfig config;

    public PlayerEventsController(Sessions sessions, Clock clock, EventsConfig config) {
        this.sessions = sessions;
        this.clock = clock;
        this.config = config;
    }

    @Get(produces = MediaType.TEXT_EVENT_STREAM)
    public Publisher<Event<Object>> events(@RequestAttribute(BearerTokenFilter.USER_ATTRIBUTE) String user) {
        Flux<Event<Object>> changes = sessions.changes(user)
                .map(c -> session(SessionEventView.of(c.session(), clock.instant())));
        Flux<Event<Object>> first = Flux.defer(() -> Flux.just(session(SessionEventView.of(sessions.get(user),
                clock.instant())))).subscribeOn(Schedulers.boundedElastic());
        Flux<Event<Object>> beats = Flux.interval(config.heartbeat(), config.heartbeat())
                .map(n -> Event.<Object>of(Map.of("timestamp", clock.instant().toEpochMilli())).name(HEARTBEAT));
        return Flux.merge(first.concatWith(changes), beats);
    }

    private static Event<Object> session(SessionEventView view) {
        return Event.<Object>of(view).name(SESSION).id(Long.toString(view.version()));
    }
}
