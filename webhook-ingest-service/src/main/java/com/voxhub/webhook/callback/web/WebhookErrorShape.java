package com.voxhub.webhook.callback.web;

import com.voxhub.platform.web.ErrorShape;
import org.springframework.stereotype.Component;

/** The /webhooks/** surface's error body for failures outside our handlers (404, 405, unexpected 500). */
@Component
public class WebhookErrorShape implements ErrorShape {

    @Override
    public boolean handles(String path) {
        return path.startsWith("/webhooks/");
    }

    @Override
    public Object body(int status, String code, String message) {
        return new WebhookError(code, message);
    }
}
