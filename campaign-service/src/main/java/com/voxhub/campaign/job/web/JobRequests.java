package com.voxhub.campaign.job.web;

import com.voxhub.campaign.job.domain.BulkInput;
import com.voxhub.campaign.job.domain.FieldError;
import com.voxhub.campaign.job.domain.IdentifiedPatch;
import com.voxhub.campaign.job.domain.JobDraft;
import com.voxhub.campaign.job.domain.JobPatch;
import com.voxhub.campaign.job.domain.JobService;
import com.voxhub.platform.web.ApiException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns seed-002 request bodies into drafts and patches with Django REST framework's messages: a field of the
 * wrong type names that field, and in a bulk call only that item fails.
 */
@Component
class JobRequests {

    private static final Map<String, String> TYPE_ERRORS = Map.ofEntries(
            Map.entry("campaign", "A valid integer is required."),
            Map.entry("id", "A valid integer is required."),
            Map.entry("value", "A valid number is required."),
            Map.entry("numbers", "Expected a list of items."),
            Map.entry("address_lines", "Expected a list of items."),
            Map.entry("data", "Expected a dictionary of items."),
            Map.entry("appointment", "Datetime has wrong format. Use one of these formats instead: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z]."));

    private final JsonMapper json;

    JobRequests(JsonMapper json) {
        this.json = json;
    }

    JobDraft draft(JsonNode node) {
        requireObject(node);
        try {
            return json.treeToValue(node, JobDraft.class);
        } catch (JacksonException e) {
            throw typeError(e);
        }
    }

    JobPatch patch(JsonNode node) {
        JobDraft values = draft(node);
        Set<String> given = new HashSet<>(node.propertyNames());
        return new JobPatch(given, values);
    }

    IdentifiedPatch identifiedPatch(JsonNode node) {
        return new IdentifiedPatch(id(node), patch(node));
    }

    long id(JsonNode node) {
        requireObject(node);
        JsonNode id = node.get("id");
        if (id == null || id.isNull()) {
            throw FieldError.of("id", "This field is required.");
        }
        if (!id.canConvertToLong() || !(id.isIntegralNumber() || id.isString() && id.asString().matches("\\d{1,18}"))) {
            throw FieldError.of("id", TYPE_ERRORS.get("id"));
        }
        return id.asLong();
    }

    /** A bulk body: a list of at most {@link JobService#MAX_BULK} items, each decoded on its own. */
    <T> List<BulkInput<T>> bulk(JsonNode body, Function<JsonNode, T> decode) {
        if (body == null || !body.isArray()) {
            throw ApiException.badRequest("not_a_list", "Expected a list of items but got type \"" + typeName(body) + "\".");
        }
        if (body.size() > JobService.MAX_BULK) {
            throw ApiException.badRequest("too_many_items", "Ensure this field has no more than " + JobService.MAX_BULK + " elements.");
        }
        List<BulkInput<T>> items = new ArrayList<>(body.size());
        for (JsonNode item : body) {
            try {
                items.add(BulkInput.of(decode.apply(item)));
            } catch (ApiException e) {
                items.add(BulkInput.failed(e));
            }
        }
        return items;
    }

    private static void requireObject(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw FieldError.of("non_field_errors", "Invalid data. Expected a dictionary, but got " + typeName(node) + ".");
        }
    }

    private static ApiException typeError(JacksonException e) {
        String field = e.getPath().isEmpty() ? null : e.getPath().get(0).getPropertyName();
        if (field == null) {
            return FieldError.of("non_field_errors", "Invalid data.");
        }
        return FieldError.of(field, TYPE_ERRORS.getOrDefault(field, "Not a valid string."));
    }

    private static String typeName(JsonNode node) {
        if (node == null || node.isNull()) {
            return "NoneType";
        }
        if (node.isObject()) {
            return "dict";
        }
        if (node.isArray()) {
            return "list";
        }
        if (node.isString()) {
            return "str";
        }
        if (node.isBoolean()) {
            return "bool";
        }
        return node.isIntegralNumber() ? "int" : "float";
    }
}
