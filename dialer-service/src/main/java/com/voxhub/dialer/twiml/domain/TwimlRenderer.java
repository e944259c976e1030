package com.voxhub.dialer.twiml.domain;

/** Renders a {@link CallScript} as TwiML, the XML a Twilio-style provider fetches when the call connects. */
public final class TwimlRenderer {

    private static final String PROLOG = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

    private TwimlRenderer() {
    }

    public static String render(CallScript script) {
        StringBuilder xml = new StringBuilder(PROLOG).append("<Response>");
        String say = say(script);
        if (script.gathersKeys()) {
            xml.append("<Gather numDigits=\"1\" method=\"POST\" action=\"").append(escape(script.keysAction()))
                    .append("\">").append(say).append("</Gather>");
        } else {
            xml.append(say);
        }
        if (script.bridges()) {
            xml.append("<Dial");
            if (script.callerId() != null) {
                xml.append(" callerId=\"").append(escape(script.callerId())).append('"');
            }
            xml.append('>').append(escape(script.agentNumber())).append("</Dial>");
        } else {
            xml.append("<Hangup/>");
        }
        return xml.append("</Response>").toString();
    }

    /** Ends the call: the answer to a pressed key, and to a request for an attempt we do not know. */
    public static String hangup() {
        return PROLOG + "<Response><Hangup/></Response>";
    }

    private static String say(CallScript script) {
        return "<Say voice=\"" + escape(script.voice().name()) + "\" language=\"" + escape(script.voice().language())
                + "\">" + escape(script.text()) + "</Say>";
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    // Control characters are not allowed in XML 1.0; a stray one must not break the document.
                    if (c >= 0x20 || c == '\n' || c == '\r' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
