package com.voxhub.campaign.sourcing.domain;

/** Why one candidate of a request was not sourced; {@code index} is its position in {@code candidates}. */
public record CandidateError(int index, String phone, String code, String message) {
}
