package com.voxhub.campaign;

import com.voxhub.campaign.job.JobsApiTestSupport;
import org.junit.jupiter.api.Test;

/** The OpenAPI document is served by the service itself, without a key. */
class OpenApiServedIT extends JobsApiTestSupport {

    @Test
    void shouldServeTheOpenApiDocument() {
        http.get().uri("/openapi.yaml").exchange().expectStatus().isOk()
                .expectBody(String.class).value(body -> org.assertj.core.api.Assertions.assertThat(body)
                        .contains("openapi: 3.0.3").contains("/j/jobs/bulk/create:").contains("/api/v1/campaigns/{id}/stats:"));
    }
}
