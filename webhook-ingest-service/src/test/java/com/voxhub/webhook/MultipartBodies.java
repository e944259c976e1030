package com.voxhub.webhook;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** multipart/form-data bodies as gateways post them, for tests. */
public final class MultipartBodies {

    public static final String BOUNDARY = "xYzZY";
    public static final String CONTENT_TYPE = "multipart/form-data; boundary=" + BOUNDARY;

    private MultipartBodies() {
    }

    public static byte[] form(Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append("--").append(BOUNDARY).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n"));
        return body.append("--").append(BOUNDARY).append("--\r\n").toString().getBytes(StandardCharsets.UTF_8);
    }
}
