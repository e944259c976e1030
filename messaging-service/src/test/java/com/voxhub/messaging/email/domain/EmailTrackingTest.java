package com.voxhub.messaging.email.domain;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class EmailTrackingTest {

    private final EmailTracking tracking = new EmailTracking("https://mail.voxhub.test/t/", "secret");

    @Test
    void shouldRouteEveryWebLinkThroughASignedRedirectAndAddThePixelBeforeTheBodyEnds() {
        String html = "<html><body><a href=\"https://jobs.example.test/slots?id=1&amp;day=2\">slots</a> "
                + "<a href=\"mailto:hr@example.test\">mail</a></body></html>";

        String tracked = tracking.instrument("msg_1", html);

        Matcher link = Pattern.compile("href=\"(https://mail\\.voxhub\\.test/t/c/msg_1\\?[^\"]+)\"").matcher(tracked);
        assertThat(link.find()).isTrue();
        URI click = URI.create(link.group(1).replace("&amp;", "&"));
        String target = URLDecoder.decode(click.getRawQuery().split("&")[0].substring(2), StandardCharsets.UTF_8);
        String signature = click.getRawQuery().split("&")[1].substring(2);
        assertThat(target).isEqualTo("https://jobs.example.test/slots?id=1&day=2");
        assertThat(tracking.verify("msg_1", target, signature)).isTrue();
        assertThat(tracked).contains("href=\"mailto:hr@example.test\"")
                .contains("<img src=\"https://mail.voxhub.test/t/o/msg_1.gif\"")
                .endsWith("</body></html>");
    }

    @Test
    void shouldRefuseAClickWhoseTargetOrMessageWasNotSignedByUs() {
        String url = tracking.clickUrl("msg_1", "https://jobs.example.test/");
        String signature = url.substring(url.indexOf("&s=") + 3);

        assertThat(tracking.verify("msg_1", "https://evil.example.test/", signature)).isFalse();
        assertThat(tracking.verify("msg_2", "https://jobs.example.test/", signature)).isFalse();
        assertThat(tracking.verify("msg_1", "https://jobs.example.test/", null)).isFalse();
        assertThat(new EmailTracking("https://mail.voxhub.test/t", "other")
                .verify("msg_1", "https://jobs.example.test/", signature)).isFalse();
    }
}
