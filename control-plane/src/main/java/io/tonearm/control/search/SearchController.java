package io.tonearm.control.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.tonearm.control.search.SearchViews.SearchResultView;

/**
 * {@code GET /v1/search?q=&type=track,artist,album,playlist&limit=&offset=}, shaped like
 * Spotify's Web API search. Bad parameters are 400s with the stable error body.
 */
@Controller("/v1/search")
@ExecuteOn(TaskExecutors.BLOCKING)
public class SearchController {

    private final SearchService search;
    private final SearchQueryParser parser = new SearchQueryParser();

    SearchController(SearchService search) {
        this.search = search;
    }

    @Get
    public SearchResultView search(@QueryValue @Nullable String q, @QueryValue @Nullable String type,
                                   @QueryValue @Nullable String limit, @QueryValue @Nullable String offset) {
        return search.search(SearchRequest.parse(parser, q, type, limit, offset));
    }
}
