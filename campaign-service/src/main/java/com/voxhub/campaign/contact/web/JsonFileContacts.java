package com.voxhub.campaign.contact.web;

import com.voxhub.campaign.contact.domain.ContactDraft;
import com.voxhub.campaign.contact.domain.ContactRejectedException;
import com.voxhub.campaign.contact.domain.ContactRejection;
import com.voxhub.campaign.contact.domain.ContactSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The seed's import file ({@code [{"name": ..., "phone_number": ...}, ...]}) read with Jackson's streaming parser:
 * one contact object at a time, so memory does not grow with the file. Unknown keys are skipped; a known key
 * whose value is not a string (or null) rejects the file.
 */
final class JsonFileContacts implements ContactSource {

    static final String PARSE_ERROR = "JSON::ParserError";
    private static final JsonFactory FACTORY = new JsonFactory();

    private final Path file;

    JsonFileContacts(Path file) {
        this.file = file;
    }

    @Override
    public void forEach(Consumer<ContactDraft> each) {
        try (InputStream in = Files.newInputStream(file); JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), in)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw rejected(PARSE_ERROR, "The file must hold a JSON array of contacts.");
            }
            long index = 0;
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                index++;
                if (token != JsonToken.START_OBJECT) {
                    throw rejected(ContactRejection.INVALID_CONTACT, "contact " + index + " is not a JSON object.");
                }
                each.accept(contact(parser, index));
            }
            if (parser.nextToken() != null) {
                throw rejected(PARSE_ERROR, "Unexpected content after the array of contacts.");
            }
        } catch (JacksonException e) {
            var where = e.getLocation();
            throw rejected(PARSE_ERROR, "The file is not valid JSON"
                    + (where == null ? "." : " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")."));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ContactDraft contact(JsonParser parser, long index) {
        String name = null;
        String email = null;
        String phone = null;
        String outbound = null;
        String external = null;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "name" -> name = text(parser, value, field, index);
                case "email" -> email = text(parser, value, field, index);
                case "phone_number" -> phone = text(parser, value, field, index);
                case "outbound_number" -> outbound = text(parser, value, field, index);
                case "external_unique_id" -> external = text(parser, value, field, index);
                default -> parser.skipChildren();
            }
        }
        return new ContactDraft(name, email, phone, outbound, external);
    }

    private static String text(JsonParser parser, JsonToken value, String field, long index) {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        if (value != JsonToken.VALUE_STRING) {
            throw rejected(ContactRejection.INVALID_CONTACT, "contact " + index + ": " + field + " must be a string.");
        }
        return parser.getString();
    }

    private static ContactRejectedException rejected(String details, String message) {
        return new ContactRejectedException(new ContactRejection(details, message));
    }
}
