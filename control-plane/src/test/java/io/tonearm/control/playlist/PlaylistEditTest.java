package io.tonearm.control.playlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.auth.UserId;
import io.tonearm.control.catalog.TrackId;
import io.tonearm.control.error.InvalidRequestException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PlaylistEditTest {

    private static final UserId ALICE = new UserId("alice");
    private static final Instant AT = Instant.parse("2026-11-22T05:00:00Z");

    private static List<PlaylistItem> items(String... tracks) {
        List<PlaylistItem> list = new ArrayList<>();
        for (String t : tracks) {
            list.add(new PlaylistItem(new TrackId(t), ALICE, AT));
        }
        return list;
    }

    private static List<String> names(List<PlaylistItem> items) {
        return items.stream().map(i -> i.track().value()).collect(Collectors.toList());
    }

    private static List<String> reorder(int start, int before, int length, String... tracks) {
        return names(new PlaylistEdit.Reorder(start, before, length).apply(items(tracks), ALICE, AT));
    }

    @Test
    void reorder_moves_a_range_before_the_item_named_in_the_original_list() {
        assertThat(reorder(0, 4, 2, "a", "b", "c", "d", "e")).containsExactly("c", "d", "a", "b", "e");
        assertThat(reorder(3, 0, 2, "a", "b", "c", "d", "e")).containsExactly("d", "e", "a", "b", "c");
        assertThat(reorder(0, 5, 1, "a", "b", "c", "d", "e")).containsExactly("b", "c", "d", "e", "a");
        assertThat(reorder(4, 0, 1, "a", "b", "c", "d", "e")).containsExactly("e", "a", "b", "c", "d");
    }

    @Test
    void moving_a_range_into_itself_changes_nothing() {
        for (int before = 1; before <= 3; before++) {
            assertThat(reorder(1, before, 2, "a", "b", "c", "d")).as("insert_before %d", before).containsExactly("a", "b", "c", "d");
        }
    }

    @Test
    void reorder_agrees_with_a_naive_model_for_every_valid_argument() {
        String[] tracks = {"a", "b", "c", "d", "e", "f"};
        for (int start = 0; start < tracks.length; start++) {
            for (int length = 1; start + length <= tracks.length; length++) {
                for (int before = 0; before <= tracks.length; before++) {
                    List<String> model = new ArrayList<>(List.of(tracks));
                    List<String> block = new ArrayList<>(model.subList(start, start + length));
                    List<String> tagged = new ArrayList<>(model);
                    tagged.add(before, "|");
                    tagged.removeAll(block);
                    tagged.addAll(tagged.indexOf("|"), block);
                    tagged.remove("|");
                    assertThat(reorder(start, before, length, tracks)).as("%d %d %d", start, before, length).isEqualTo(tagged);
                }
            }
        }
    }

    @Test
    void out_of_range_reorders_are_refused() {
        for (int[] args : new int[][] {{-1, 0, 1}, {3, 0, 1}, {0, 4, 1}, {0, -1, 1}, {0, 0, 0}, {1, 0, 3}, {0, 0, -2}}) {
            assertThatThrownBy(() -> new PlaylistEdit.Reorder(args[0], args[1], args[2]).apply(items("a", "b", "c"), ALICE, AT))
                    .as("%d %d %d", args[0], args[1], args[2]).isInstanceOf(InvalidRequestException.class);
        }
        assertThatThrownBy(() -> new PlaylistEdit.Reorder(0, 0, 1).apply(items(), ALICE, AT)).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void add_inserts_at_a_position_or_appends_and_refuses_positions_past_the_end() {
        List<TrackId> xy = List.of(new TrackId("x"), new TrackId("y"));
        assertThat(names(new PlaylistEdit.Add(xy, OptionalInt.empty()).apply(items("a", "b"), ALICE, AT))).containsExactly("a", "b", "x", "y");
        assertThat(names(new PlaylistEdit.Add(xy, OptionalInt.of(1)).apply(items("a", "b"), ALICE, AT))).containsExactly("a", "x", "y", "b");
        assertThat(names(new PlaylistEdit.Add(xy, OptionalInt.of(2)).apply(items("a", "b"), ALICE, AT))).containsExactly("a", "b", "x", "y");
        assertThatThrownBy(() -> new PlaylistEdit.Add(xy, OptionalInt.of(3)).apply(items("a", "b"), ALICE, AT)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> new PlaylistEdit.Add(xy, OptionalInt.of(-1)).apply(items("a", "b"), ALICE, AT)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> new PlaylistEdit.Add(List.of(), OptionalInt.empty())).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> new PlaylistEdit.Add(Collections.nCopies(101, new TrackId("x")), OptionalInt.empty()))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void a_playlist_never_grows_past_ten_thousand_items() {
        List<PlaylistItem> full = new ArrayList<>(Collections.nCopies(PlaylistEdit.MAX_ITEMS, new PlaylistItem(new TrackId("a"), ALICE, AT)));
        assertThatThrownBy(() -> new PlaylistEdit.Add(List.of(new TrackId("x")), OptionalInt.empty()).apply(full, ALICE, AT))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void remove_drops_every_occurrence_or_only_the_named_positions() {
        List<PlaylistItem> list = items("a", "b", "a", "c", "a");
        assertThat(names(new PlaylistEdit.Remove(Map.of(new TrackId("a"), Set.of())).apply(list, ALICE, AT))).containsExactly("b", "c");
        assertThat(names(new PlaylistEdit.Remove(Map.of(new TrackId("a"), Set.of(2))).apply(list, ALICE, AT)))
                .containsExactly("a", "b", "c", "a");
        assertThat(names(new PlaylistEdit.Remove(Map.of(new TrackId("z"), Set.of())).apply(list, ALICE, AT))).containsExactly("a", "b", "a", "c", "a");
        for (int wrong : new int[] {1, 5, -1}) {
            assertThatThrownBy(() -> new PlaylistEdit.Remove(Map.of(new TrackId("a"), Set.of(wrong))).apply(list, ALICE, AT))
                    .isInstanceOf(InvalidRequestException.class);
        }
    }

    @Test
    void replace_keeps_only_the_new_tracks_added_by_the_editor() {
        List<PlaylistItem> next = new PlaylistEdit.Replace(List.of(new TrackId("x"))).apply(items("a", "b"), new UserId("bob"), AT);
        assertThat(next).containsExactly(new PlaylistItem(new TrackId("x"), new UserId("bob"), AT));
        assertThat(new PlaylistEdit.Replace(List.of()).apply(items("a"), ALICE, AT)).isEmpty();
    }
}
