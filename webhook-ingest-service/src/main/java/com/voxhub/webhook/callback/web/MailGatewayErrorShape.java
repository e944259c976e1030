package com.voxhub.webhook.callback.web;

import com.voxhub.platform.web.ErrorShape;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Seed 001's error body for failures outside our handler under /communications/ (404, 405, unexpected 500). */
@Component
public class MailGatewayErrorShape implements ErrorShape {

    @Override
    public boolean handles(String path) {
        return path.startsWith("/communications/");
    }

    @Override
    public Object body(int status, String code, String message) {
        return Map.of("status", status, "message", message);
    }
}
