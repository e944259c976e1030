package com.voxhub.campaign.contact.web;

import com.voxhub.campaign.contact.domain.ContactDraft;
import com.voxhub.campaign.contact.domain.ContactRejection;
import com.voxhub.campaign.contact.domain.ContactService;
import com.voxhub.platform.web.ApiException;
import java.util.Map;

/** Reads the seed's request bodies strictly: each field a JSON string (or null); anything else is a 400. */
final class ContactBodies {

    static final String BAD_PARAMETER = "ActionController::BadRequest";

    private ContactBodies() {
    }

    static ContactDraft draft(Map<String, Object> body) {
        return new ContactDraft(text(body, "name"), text(body, "email"), text(body, "phone_number"),
                text(body, "outbound_number"), text(body, "external_unique_id"));
    }

    static long contactId(Map<String, Object> body) {
        Long id = id(body);
        if (id == null) {
            throw ApiException.badRequest("ActionController::ParameterMissing", "param is missing or the value is empty: contact_id");
        }
        return id;
    }

    static ContactService.Selector selector(Map<String, Object> body) {
        return new ContactService.Selector(id(body), text(body, "phone_number"), text(body, "external_unique_id"));
    }

    private static Long id(Map<String, Object> body) {
        Object value = body.get("contact_id");
        if (value == null) {
            return null;
        }
        if (value instanceof Integer || value instanceof Long) {
            return ((Number) value).longValue();
        }
        if (value instanceof String s && s.strip().matches("\\d{1,18}")) {
            return Long.parseLong(s.strip());
        }
        throw ApiException.badRequest(BAD_PARAMETER, "contact_id must be an integer");
    }

    private static String text(Map<String, Object> body, String field) {
        Object value = body.get(field);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw ApiException.badRequest(BAD_PARAMETER, field + " must be a string");
    }

    static ApiException unprocessable(ContactRejection rejection) {
        return ApiException.unprocessable(rejection.details(), rejection.message());
    }
}
