package com.voxhub.messaging.message.domain;

/** The channels this service delivers; voice and VMS jobs belong to the dialer. */
public enum Channel {
    SMS, EMAIL
}
