package io.tonearm.hub.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PlayOrderTest {

    static final List<String> TWENTY = IntStream.range(0, 20).mapToObj(i -> "tonearm:track:t" + i)
            .collect(Collectors.toList());

    @Test
    void starting_without_shuffle_keeps_the_list() {
        assertThat(PlayOrder.starting(TWENTY, 5, false, new Random(1))).isEqualTo(TWENTY);
    }

    @Test
    void starting_shuffled_plays_the_chosen_track_first_and_every_track_once() {
        List<String> order = PlayOrder.starting(TWENTY, 5, true, new Random(1));
        assertThat(order.get(0)).isEqualTo("tonearm:track:t5");
        assertThat(order).containsExactlyInAnyOrderElementsOf(TWENTY).isNotEqualTo(TWENTY);
    }

    @Test
    void shuffle_keeps_the_current_and_queued_tracks_and_unshuffle_restores_the_context_order() {
        PlaybackSession s = PlaybackSessionTest.playing(TWENTY, 3).enqueued("tonearm:track:q");
        List<String> shuffled = PlayOrder.shuffled(s, new Random(7));
        assertThat(shuffled.subList(0, 5)).isEqualTo(s.playOrder().subList(0, 5));
        assertThat(shuffled).containsExactlyInAnyOrderElementsOf(s.playOrder());
        assertThat(shuffled.subList(5, shuffled.size())).isNotEqualTo(s.playOrder().subList(5, s.playOrder().size()));

        PlaybackSession reshuffled = s.reordered(true, shuffled);
        List<String> back = PlayOrder.unshuffled(reshuffled);
        assertThat(back.subList(0, 5)).isEqualTo(shuffled.subList(0, 5));
        assertThat(back.subList(5, back.size())).isEqualTo(TWENTY.subList(4, 20));
    }

    @Test
    void nothing_loaded_has_no_order() {
        assertThat(PlayOrder.shuffled(PlaybackSession.EMPTY, new Random())).isEmpty();
        assertThat(PlayOrder.unshuffled(PlaybackSession.EMPTY)).isEmpty();
    }
}
