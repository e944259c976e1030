package com.voxhub.dialer.pacing.domain;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * One campaign's call starts over sliding windows: at most {@code perSecond} starts in any one second and
 * {@code perMinute} in any minute (0 = no per-minute cap). Starts claimed but not yet sent are reserved, so a
 * claim never grants what the requests about to leave will use. Not thread-safe: the owner synchronizes.
 */
public final class CampaignRate {

    private static final long SECOND = 1_000;
    private static final long MINUTE = 60_000;

    private final Deque<Long> lastMinute = new ArrayDeque<>();
    private int reserved;

    /** How many more calls may start at {@code nowMillis}. */
    public int allowance(long nowMillis, int perSecond, int perMinute) {
        forget(nowMillis);
        int inLastSecond = 0;
        for (var it = lastMinute.descendingIterator(); it.hasNext(); ) {
            if (it.next() > nowMillis - SECOND) {
                inLastSecond++;
            } else {
                break;
            }
        }
        int bySecond = perSecond - inLastSecond - reserved;
        int byMinute = perMinute <= 0 ? Integer.MAX_VALUE : perMinute - lastMinute.size() - reserved;
        return Math.max(0, Math.min(bySecond, byMinute));
    }

    public void reserve(int calls) {
        reserved += calls;
    }

    /** A reserved call was sent now (the provider request leaves). */
    public void started(long nowMillis) {
        reserved = Math.max(0, reserved - 1);
        lastMinute.addLast(nowMillis);
    }

    /** A reserved call will not be sent (paused, do-not-call). */
    public void released() {
        reserved = Math.max(0, reserved - 1);
    }

    public int reserved() {
        return reserved;
    }

    public boolean idle(long nowMillis) {
        forget(nowMillis);
        return reserved == 0 && lastMinute.isEmpty();
    }

    private void forget(long nowMillis) {
        while (!lastMinute.isEmpty() && lastMinute.peekFirst() <= nowMillis - MINUTE) {
            lastMinute.removeFirst();
        }
    }
}
