package com.voxhub.sandbox.recording;

import java.util.ArrayList;
import java.util.List;

/**
 * What a call was told to do: the request's Url/Twiml and MachineDetection, then every TwiML document
 * fetched while the call ran (the answer URL first, then e.g. the Gather action's answer).
 */
public record CallInstructions(String url, String method, String inlineTwiml, String machineDetection,
                               List<TwimlDocument> documents) {

    public CallInstructions withDocument(TwimlDocument document) {
        List<TwimlDocument> all = new ArrayList<>(documents);
        all.add(document);
        return new CallInstructions(url, method, inlineTwiml, machineDetection, List.copyOf(all));
    }

    /**
     * @param source     {@code answer} (the call's Url or Twiml) or {@code gather-action}
     * @param httpStatus what the URL answered; null for inline TwiML or when it could not be reached
     * @param error      why the document could not be used, if it could not
     */
    public record TwimlDocument(String source, String url, Integer httpStatus, String twiml,
                                List<TwimlVerb> verbs, String error) {
    }

    /** A TwiML verb (Say, Gather, Dial, Play, Hangup, ...) with its attributes, text and nested verbs. */
    public record TwimlVerb(String verb, java.util.Map<String, String> attributes, String text,
                            List<TwimlVerb> nested) {
    }
}
