package com.voxhub.messaging.web;

/** The seed-001 {@code pagination} object of history and transactional answers. */
public record Pagination(boolean first, boolean last, boolean hasPrevious, boolean hasNext, boolean hasErrors,
                         long totalElements, long totalPages, int size, long currentPage, int numberOfElements) {

    public static Pagination of(int offset, int limit, int returned, long total) {
        long totalPages = (total + limit - 1) / limit;
        boolean hasNext = offset + returned < total;
        return new Pagination(offset == 0, !hasNext, offset > 0, hasNext, false, total, totalPages, limit,
                offset / limit, returned);
    }
}
