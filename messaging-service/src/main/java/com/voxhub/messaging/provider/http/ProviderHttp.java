package com.voxhub.messaging.provider.http;

import io.netty.channel.ChannelOption;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

import java.time.Duration;

/** WebClients for provider APIs, each with its own pool and explicit connect and response timeouts. */
public final class ProviderHttp {

    private ProviderHttp() {
    }

    public static WebClient webClient(String name, String baseUrl, Duration connectTimeout, Duration responseTimeout,
                                      int maxConnections) {
        ConnectionProvider pool = ConnectionProvider.builder(name)
                .maxConnections(maxConnections)
                .pendingAcquireTimeout(responseTimeout)
                .maxIdleTime(Duration.ofSeconds(30))
                .build();
        HttpClient http = HttpClient.create(pool)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, Math.toIntExact(connectTimeout.toMillis()))
                .responseTimeout(responseTimeout);
        return WebClient.builder()
                .baseUrl(baseUrl)
                .clientConnector(new ReactorClientHttpConnector(http))
                .build();
    }
}
