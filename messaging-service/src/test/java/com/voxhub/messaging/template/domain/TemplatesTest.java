package com.voxhub.messaging.template.domain;

import com.voxhub.messaging.template.domain.Templates.Escaping;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemplatesTest {

    private final Templates templates = new Templates();

    @Test
    void shouldRenderVariablesAndNestedDataKeys() {
        String body = templates.render("Hello {{name}}, your code is {{data.code}}",
                Map.of("name", "Ada", "data", Map.of("code", "42")), Escaping.PLAIN);

        assertThat(body).isEqualTo("Hello Ada, your code is 42");
    }

    @Test
    void shouldNotEscapePlainTextButEscapeHtml() {
        Map<String, Object> model = Map.of("name", "Tom & <Jerry>");

        assertThat(templates.render("Hi {{name}}", model, Escaping.PLAIN)).isEqualTo("Hi Tom & <Jerry>");
        assertThat(templates.render("Hi {{name}}", model, Escaping.HTML)).isEqualTo("Hi Tom &amp; &lt;Jerry&gt;");
    }

    @Test
    void shouldRejectAMissingVariableNamingIt() {
        assertThatThrownBy(() -> templates.render("Hello {{name}}", Map.of(), Escaping.PLAIN))
                .isInstanceOf(TemplateException.class)
                .extracting(e -> ((TemplateException) e).reason())
                .isEqualTo("template_error: missing variable name");
    }

    @Test
    void shouldRejectAMissingSectionVariable() {
        assertThatThrownBy(() -> templates.render("{{#vip}}Dear VIP{{/vip}}", Map.of(), Escaping.PLAIN))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("vip");
    }

    @Test
    void shouldRenderSectionsThatArePresent() {
        assertThat(templates.render("{{#vip}}Dear VIP {{/vip}}{{name}}", Map.of("vip", true, "name", "Ada"),
                Escaping.PLAIN)).isEqualTo("Dear VIP Ada");
    }

    @Test
    void shouldReportASyntaxError() {
        assertThatThrownBy(() -> templates.validate("Hello {{#name}}"))
                .isInstanceOf(TemplateException.class)
                .extracting(e -> ((TemplateException) e).reason())
                .asString().startsWith("template_error: syntax error");
    }
}
