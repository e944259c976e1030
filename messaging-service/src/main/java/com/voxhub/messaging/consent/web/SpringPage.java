package com.voxhub.messaging.consent.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Spring Data page shape seed 001 shows for optIn/history (content, pageable, totals, sort flags). */
final class SpringPage {

    private SpringPage() {
    }

    static Map<String, Object> of(List<?> content, int offset, int size, long total) {
        Map<String, Object> sort = Map.of("sorted", true, "empty", false, "unsorted", false);
        int number = offset / size;
        long totalPages = (total + size - 1) / size;
        Map<String, Object> pageable = new LinkedHashMap<>();
        pageable.put("sort", sort);
        pageable.put("pageNumber", number);
        pageable.put("pageSize", size);
        pageable.put("offset", offset);
        pageable.put("paged", true);
        pageable.put("unpaged", false);
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("content", content);
        page.put("pageable", pageable);
        page.put("last", offset + content.size() >= total);
        page.put("totalElements", total);
        page.put("totalPages", totalPages);
        page.put("first", offset == 0);
        page.put("size", size);
        page.put("number", number);
        page.put("sort", sort);
        page.put("numberOfElements", content.size());
        page.put("empty", content.isEmpty());
        return page;
    }
}
