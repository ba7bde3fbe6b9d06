package org.custodian.core.search;

import java.util.List;

/**
 * What a search found, best first. {@code more} says there were more matches than shown: the agent should type
 * more. {@code hint} is a sentence for the agent when there is nothing to search on yet.
 */
public record SearchResult(SearchQuery.Kind kind, List<SearchHit> hits, boolean more, String hint) {

    public static SearchResult incomplete(String hint) {
        return new SearchResult(SearchQuery.Kind.NONE, List.of(), false, hint);
    }
}
