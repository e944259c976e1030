package com.voxhub.messaging.consent.domain;

/** Channels consent applies to: messaging's own, and the calls an SMS STOP also stops (the dialer honours them). */
public enum ConsentChannel {
    SMS, EMAIL, VOICE, VMS
}
