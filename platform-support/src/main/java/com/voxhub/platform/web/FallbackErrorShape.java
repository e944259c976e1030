package com.voxhub.platform.web;

import java.util.LinkedHashMap;
import java.util.Map;

/** The shape of paths no surface claims: {@code {"status": 404, "code": "not_found", "message": "..."}}. */
final class FallbackErrorShape implements ErrorShape {

    @Override
    public boolean handles(String path) {
        return true;
    }

    @Override
    public Object body(int status, String code, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("code", code);
        body.put("message", message);
        return body;
    }
}
