package com.voxhub.campaign.sourcing.domain;

import java.util.List;

/** Seed 000's answer: counts and the candidates that could not be sourced. */
public record SourcingResult(String campaignId, int candidatesSourced, int candidatesSkipped, int smsSent,
                             List<CandidateError> errors) {
}
