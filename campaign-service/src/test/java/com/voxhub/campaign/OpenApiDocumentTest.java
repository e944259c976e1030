package com.voxhub.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.yaml.snakeyaml.Yaml;

/** Every controller mapping of campaign-service appears, with its method, in the served openapi.yaml. */
class OpenApiDocumentTest {

    @Test
    void shouldDocumentEveryControllerMapping() throws Exception {
        Map<String, Map<String, Object>> paths = new java.util.HashMap<>();
        documentedPaths().forEach((path, operations) -> paths.put(anyVariableNames(path), operations));
        List<String> missing = new ArrayList<>();
        for (String mapping : controllerMappings()) {
            String[] parts = mapping.split(" ", 2);
            Map<String, Object> operations = paths.get(anyVariableNames(parts[1]));
            if (operations == null || !operations.containsKey(parts[0].toLowerCase(Locale.ROOT))) {
                missing.add(mapping);
            }
        }
        assertThat(missing).as("mappings missing from src/main/resources/static/openapi.yaml (add them in your surface's block)")
                .isEmpty();
    }

    /** {campaignId} in code and {campaign_id} in the document name the same path. */
    private static String anyVariableNames(String path) {
        return path.replaceAll("\\{[^}]*}", "{}");
    }

    @Test
    void shouldOfferAnIdempotencyKeyOnEveryDocumentedPost() throws Exception {
        documentedPaths().forEach((path, operations) -> {
            Object post = operations.get("post");
            if (post != null) {
                assertThat(String.valueOf(post)).as("POST " + path).contains("#/components/parameters/IdempotencyKey");
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> documentedPaths() throws Exception {
        try (InputStream in = OpenApiDocumentTest.class.getResourceAsStream("/static/openapi.yaml")) {
            Map<String, Object> document = new Yaml().load(in);
            assertThat(document).containsKeys("openapi", "info", "paths", "components");
            return (Map<String, Map<String, Object>>) document.get("paths");
        }
    }

    /** "METHOD /path" for every handler method of every @RestController under com.voxhub.campaign. */
    private static List<String> controllerMappings() throws Exception {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
        List<String> mappings = new ArrayList<>();
        for (BeanDefinition bean : scanner.findCandidateComponents("com.voxhub.campaign")) {
            Class<?> type = ClassUtils.forName(bean.getBeanClassName(), OpenApiDocumentTest.class.getClassLoader());
            RequestMapping root = AnnotatedElementUtils.findMergedAnnotation(type, RequestMapping.class);
            String[] prefixes = root == null || root.path().length == 0 ? new String[] {""} : root.path();
            for (Method method : type.getDeclaredMethods()) {
                RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
                if (mapping == null) {
                    continue;
                }
                String[] suffixes = mapping.path().length == 0 ? new String[] {""} : mapping.path();
                for (String prefix : prefixes) {
                    for (String suffix : suffixes) {
                        for (var verb : mapping.method()) {
                            mappings.add(verb.name() + " " + (prefix + suffix).replaceAll("\\{([^}:]+)(:[^}]*)?}", "{$1}"));
                        }
                    }
                }
            }
        }
        assertThat(mappings).as("controllers found").isNotEmpty();
        return mappings;
    }
}
