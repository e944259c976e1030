package com.voxhub.messaging.consent.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The consent ledger's storage and events in memory, for domain tests. */
final class InMemoryConsents implements Consents, ConsentEvents {

    final Map<String, Consent> current = new LinkedHashMap<>();
    final List<Consent> history = new ArrayList<>();
    final List<Consent> published = new ArrayList<>();

    @Override
    public Optional<Consent> lock(long accountId, ConsentChannel channel, String address) {
        return find(accountId, channel, address);
    }

    @Override
    public Optional<Consent> find(long accountId, ConsentChannel channel, String address) {
        return Optional.ofNullable(current.get(accountId + ":" + channel + ":" + address));
    }

    @Override
    public void save(Consent consent) {
        current.put(consent.accountId() + ":" + consent.channel() + ":" + consent.address(), consent);
        history.add(consent);
    }

    @Override
    public List<Consent> history(long accountId, ConsentChannel channel, String address, int offset, int limit) {
        List<Consent> newestFirst = history.stream()
                .filter(c -> c.accountId() == accountId && c.channel() == channel && c.address().equals(address))
                .sorted(Comparator.comparing(history::indexOf).reversed()).toList();
        return newestFirst.stream().skip(offset).limit(limit).toList();
    }

    @Override
    public long countHistory(long accountId, ConsentChannel channel, String address) {
        return history.stream().filter(c -> c.accountId() == accountId && c.channel() == channel
                && c.address().equals(address)).count();
    }

    @Override
    public void changed(Consent consent) {
        published.add(consent);
    }
}
