package com.voxhub.dialer.pacing.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Splits the dialer's free capacity between campaigns with due jobs: round-robin over accounts, and within an
 * account round-robin over its campaigns, one call at a time, each campaign capped by its own allowance. A huge
 * campaign (or an account with many campaigns) gets what the others leave, never more than its turn. The rotation
 * moves on every scan so leftovers do not always go to the same account.
 */
public final class FairShare {

    private FairShare() {
    }

    /** @return calls granted per campaign id, only campaigns granted at least one */
    public static Map<Long, Integer> split(List<Demand> demands, int capacity, long rotation) {
        Map<Long, List<Demand>> byAccount = new TreeMap<>();
        for (Demand d : demands) {
            if (d.allowance() > 0) {
                byAccount.computeIfAbsent(d.accountId(), a -> new ArrayList<>()).add(d);
            }
        }
        List<List<Demand>> accounts = rotate(new ArrayList<>(byAccount.values()), rotation);
        accounts.replaceAll(campaigns -> rotate(campaigns, rotation));
        int[] next = new int[accounts.size()];
        Map<Long, Integer> granted = new LinkedHashMap<>();
        int left = capacity;
        boolean progress = true;
        while (left > 0 && progress) {
            progress = false;
            for (int a = 0; a < accounts.size() && left > 0; a++) {
                List<Demand> campaigns = accounts.get(a);
                // This account's next campaign that can still take a call.
                for (int tried = 0; tried < campaigns.size(); tried++) {
                    Demand d = campaigns.get(next[a]);
                    next[a] = (next[a] + 1) % campaigns.size();
                    int given = granted.getOrDefault(d.campaignId(), 0);
                    if (given < d.allowance()) {
                        granted.put(d.campaignId(), given + 1);
                        left--;
                        progress = true;
                        break;
                    }
                }
            }
        }
        return granted;
    }

    private static <T> List<T> rotate(List<T> list, long rotation) {
        if (list.size() < 2) {
            return list;
        }
        int shift = (int) (Math.floorMod(rotation, (long) list.size()));
        List<T> rotated = new ArrayList<>(list.subList(shift, list.size()));
        rotated.addAll(list.subList(0, shift));
        return rotated;
    }

    /** A campaign with due jobs and how many calls it may start now (its pacing allowance, at most its due jobs). */
    public record Demand(long accountId, long campaignId, int allowance) {
    }
}
