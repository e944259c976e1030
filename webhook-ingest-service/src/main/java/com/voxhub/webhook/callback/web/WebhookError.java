package com.voxhub.webhook.callback.web;

/** The error shape of every /webhooks/** answer. */
public record WebhookError(String error, String message) {
}
