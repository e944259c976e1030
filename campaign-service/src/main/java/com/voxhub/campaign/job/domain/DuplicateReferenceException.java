package com.voxhub.campaign.job.domain;

public class DuplicateReferenceException extends RuntimeException {

    public DuplicateReferenceException(String reference) {
        super("reference already used in this campaign");
    }
}
