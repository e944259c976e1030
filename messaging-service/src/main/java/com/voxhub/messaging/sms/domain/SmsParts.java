package com.voxhub.messaging.sms.domain;

/**
 * How a body is billed: its encoding, its length in that encoding's units (septets for GSM-7, where an
 * extension-table character counts two; UTF-16 code units for UCS-2) and the number of segments.
 */
public record SmsParts(SmsEncoding encoding, int units, int segments) {
}
