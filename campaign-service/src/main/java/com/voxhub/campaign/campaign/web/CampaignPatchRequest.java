package com.voxhub.campaign.campaign.web;

import com.voxhub.campaign.campaign.domain.CampaignDraft;
import com.voxhub.campaign.campaign.domain.CampaignPatch;
import com.voxhub.platform.web.ApiException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Decodes a native PATCH body: known fields only (a typo must not silently change nothing), typed per field. */
@Component
class CampaignPatchRequest {

    /** Wire names of what a patch may carry; {@code status} is listed so the service can explain where it goes. */
    static final Set<String> FIELDS = Arrays.stream(CampaignDraft.class.getRecordComponents())
            .map(c -> c.getName().replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT))
            .collect(Collectors.collectingAndThen(Collectors.toSet(), s -> {
                Set<String> all = new HashSet<>(s);
                all.add("status");
                return Set.copyOf(all);
            }));

    private final JsonMapper json;

    CampaignPatchRequest(JsonMapper json) {
        this.json = json;
    }

    CampaignPatch decode(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ApiException.badRequest("malformed_request", "the body must be a JSON object");
        }
        for (String name : body.propertyNames()) {
            if (!FIELDS.contains(name)) {
                throw ApiException.badRequest("unknown_field", "unknown field " + name);
            }
        }
        try {
            return new CampaignPatch(new HashSet<>(body.propertyNames()), json.treeToValue(body, CampaignDraft.class));
        } catch (JacksonException e) {
            String field = e.getPath().isEmpty() ? "body" : e.getPath().get(0).getPropertyName();
            throw ApiException.badRequest("invalid_" + field, field + " has the wrong type");
        }
    }
}
