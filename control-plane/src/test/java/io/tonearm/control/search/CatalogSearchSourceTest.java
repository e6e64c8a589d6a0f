package io.tonearm.control.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogSearchSourceTest {

    @Test
    void fingerprints_of_the_same_layout_differ_only_in_counts() {
        assertThat(CatalogSearchSource.sameLayout("layout=2;tracks=8;artists=3;albums=3",
                "layout=2;tracks=9;artists=3;albums=3")).isTrue();
        assertThat(CatalogSearchSource.sameLayout("layout=1;tracks=8;artists=3;albums=3",
                "layout=2;tracks=8;artists=3;albums=3")).isFalse();
        assertThat(CatalogSearchSource.sameLayout("layout=outdated", "layout=2;tracks=0;artists=0;albums=0")).isFalse();
        assertThat(CatalogSearchSource.sameLayout("something foreign", "layout=2;tracks=0")).isFalse();
    }
}
