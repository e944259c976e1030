package com.voxhub.platform.web;

/** What the caller is told: status, machine-readable code, human-readable message. */
record ApiError(int status, String code, String message) {
}
