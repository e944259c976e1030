package com.voxhub.campaign.contact.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voxhub.campaign.contact.domain.ContactDraft;
import com.voxhub.campaign.contact.domain.ContactRejectedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonFileContactsTest {

    @TempDir
    Path dir;

    @Test
    void shouldReadTheSeedsFileOneContactAtATimeSkippingUnknownKeys() throws IOException {
        List<ContactDraft> read = read("""
                [
                  {
                      "name": "string",
                      "email": "customer@somedomain.com",
                      "phone_number": "+1 111-111-1111",
                      "outbound_number": "+1 760-867-5309",
                      "external_unique_id": "UID_123456",
                      "custom": {"nested": [1, 2, {"deep": true}]}
                  },
                  {"phone_number": "+12025550100", "email": null}
                ]""");

        assertThat(read).containsExactly(
                new ContactDraft("string", "customer@somedomain.com", "+1 111-111-1111", "+1 760-867-5309", "UID_123456"),
                new ContactDraft(null, null, "+12025550100", null, null));
    }

    @Test
    void shouldReadAnEmptyArray() throws IOException {
        assertThat(read("[]")).isEmpty();
    }

    @Test
    void shouldRejectMalformedJsonWithoutEchoingIt() {
        assertThatThrownBy(() -> read("[{\"name\": \"secret\", "))
                .isInstanceOfSatisfying(ContactRejectedException.class, e -> {
                    assertThat(e.rejection().details()).isEqualTo("JSON::ParserError");
                    assertThat(e.rejection().message()).doesNotContain("secret");
                });
        assertThatThrownBy(() -> read("{\"name\": \"an object\"}")).isInstanceOf(ContactRejectedException.class);
        assertThatThrownBy(() -> read("[] []")).isInstanceOf(ContactRejectedException.class);
    }

    @Test
    void shouldRejectAFieldOfTheWrongTypeNamingTheContact() {
        assertThatThrownBy(() -> read("[{\"phone_number\": \"+12025550100\"}, {\"phone_number\": 12025550100}]"))
                .isInstanceOfSatisfying(ContactRejectedException.class, e -> assertThat(e.rejection().message())
                        .isEqualTo("contact 2: phone_number must be a string."));
        assertThatThrownBy(() -> read("[\"+12025550100\"]")).isInstanceOf(ContactRejectedException.class);
    }

    private List<ContactDraft> read(String json) throws IOException {
        Path file = Files.writeString(dir.resolve("contacts.json"), json);
        List<ContactDraft> drafts = new ArrayList<>();
        new JsonFileContacts(file).forEach(drafts::add);
        return drafts;
    }
}
