package com.voxhub.sandbox.twilio;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;

/**
 * Twilio's list resources ({@code GET .../Calls.json}, {@code GET .../Messages.json}): the filters the services
 * use to reconcile a send whose answer was lost (To, From, and a day lower bound such as {@code StartTime>=} or
 * {@code DateSent>=}), and the page envelope. One page only: nothing here needs paging.
 */
public record TwilioListPage(String to, String from, LocalDate sinceDay, int pageSize) {

    private static final int DEFAULT_PAGE_SIZE = 50;
    private static final int MAX_PAGE_SIZE = 1000;

    /** {@code dayParameter} is e.g. "StartTime" (calls) or "DateSent" (messages); Twilio spells the bound {@code StartTime>}. */
    public static TwilioListPage from(MultiValueMap<String, String> query, String dayParameter) {
        String day = query.getFirst(dayParameter + ">");
        if (day == null) {
            day = query.getFirst(dayParameter);
        }
        String size = query.getFirst("PageSize");
        int pageSize = size == null ? DEFAULT_PAGE_SIZE : Math.max(1, Math.min(MAX_PAGE_SIZE, Integer.parseInt(size)));
        return new TwilioListPage(plus(query.getFirst("To")), plus(query.getFirst("From")),
                day == null ? null : LocalDate.parse(day.substring(0, Math.min(10, day.length()))), pageSize);
    }

    public boolean matches(String itemTo, String itemFrom, Instant created) {
        return (to == null || to.equals(itemTo))
                && (from == null || from.equals(itemFrom))
                && (sinceDay == null || !created.atZone(ZoneOffset.UTC).toLocalDate().isBefore(sinceDay));
    }

    public Map<String, Object> envelope(String key, String path, List<Map<String, Object>> items) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put(key, items);
        page.put("page", 0);
        page.put("page_size", pageSize);
        page.put("start", 0);
        page.put("end", Math.max(0, items.size() - 1));
        page.put("uri", path);
        page.put("first_page_uri", path);
        page.put("next_page_uri", null);
        page.put("previous_page_uri", null);
        return page;
    }

    /** An unencoded '+' in a query string arrives as a space. */
    private static String plus(String number) {
        return number == null ? null : number.strip().startsWith("+") ? number.strip() : "+" + number.strip();
    }
}
