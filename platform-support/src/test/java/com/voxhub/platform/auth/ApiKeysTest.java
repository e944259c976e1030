package com.voxhub.platform.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiKeysTest {

    @Test
    void shouldHashAKeyAsLowerCaseHexSha256() {
        assertThat(ApiKeys.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void shouldIssueLiveAndTestKeysWithTheirPrefixAnd32UrlSafeCharacters() {
        assertThat(ApiKeys.newKey(true)).matches("vh_live_[A-Za-z0-9_-]{32}");
        assertThat(ApiKeys.newKey(false)).matches("vh_test_[A-Za-z0-9_-]{32}");
    }

    @Test
    void shouldNeverIssueTheSameKeyTwice() {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            keys.add(ApiKeys.newKey(true));
        }
        assertThat(keys).hasSize(10_000);
    }
}
