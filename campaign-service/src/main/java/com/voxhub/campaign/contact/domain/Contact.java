package com.voxhub.campaign.contact.domain;

import com.voxhub.campaign.job.domain.Job;

/** A seed-004 contact: a job of its campaign plus the fields the contacts API adds to it. */
public record Contact(Job job, String phoneNumber, String outboundNumber, String externalUniqueId) {

    public long id() {
        return job.id();
    }

    public ContactStatus status() {
        return ContactStatus.of(job.contactStatus(), job.state());
    }
}
