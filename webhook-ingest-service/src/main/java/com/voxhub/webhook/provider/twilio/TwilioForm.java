package com.voxhub.webhook.provider.twilio;

import com.voxhub.webhook.callback.domain.CallbackRefused;
import com.voxhub.webhook.callback.domain.RefusalReason;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An application/x-www-form-urlencoded body (or query string) as Twilio sends it, parameters in arrival order,
 * repeated names kept: the signature covers every value.
 */
public record TwilioForm(List<Param> params) {

    public record Param(String name, String value) {
    }

    /** Twilio's signing order: by name, then by value for repeated names (each distinct value once). */
    static final Comparator<Param> SIGNING_ORDER =
            Comparator.comparing(Param::name).thenComparing(Param::value);

    public TwilioForm {
        params = List.copyOf(params);
    }

    public static TwilioForm parse(byte[] body) {
        return parse(new String(body, StandardCharsets.UTF_8));
    }

    public static TwilioForm parse(String encoded) {
        List<Param> params = new ArrayList<>();
        if (encoded == null || encoded.isEmpty()) {
            return new TwilioForm(params);
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            params.add(new Param(decode(name), decode(value)));
        }
        return new TwilioForm(params);
    }

    private static String decode(String part) {
        try {
            return URLDecoder.decode(part, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new CallbackRefused(TwilioCallbackParser.PROVIDER, RefusalReason.MALFORMED_BODY,
                    "Form body is not valid application/x-www-form-urlencoded");
        }
    }

    /** The first value of a parameter, or null when absent or blank. */
    public String get(String name) {
        for (Param param : params) {
            if (param.name().equals(name)) {
                return param.value().isBlank() ? null : param.value();
            }
        }
        return null;
    }

    /** Parameters in signing order; a value repeated under one name counts once, as Twilio's own validators do. */
    public List<Param> sorted() {
        return params.stream().distinct().sorted(SIGNING_ORDER).toList();
    }
}
