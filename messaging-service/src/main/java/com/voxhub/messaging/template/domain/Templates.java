package com.voxhub.messaging.template.domain;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders campaign templates with Mustache in strict mode: a variable the model lacks (or holds as null) is an
 * error, never a blank in a text a person receives. Compiled templates are cached because a campaign renders
 * the same template for every one of its jobs.
 */
public final class Templates {

    /** How values are escaped: plain text for SMS and email text parts, HTML for email HTML parts. */
    public enum Escaping { PLAIN, HTML }

    private static final int MAX_CACHED = 1_000;

    private final Mustache.Compiler plain = strictCompiler().escapeHTML(false);
    private final Mustache.Compiler html = strictCompiler().escapeHTML(true);
    private final Map<String, Template> plainCache = new ConcurrentHashMap<>();
    private final Map<String, Template> htmlCache = new ConcurrentHashMap<>();

    public String render(String template, Map<String, ?> model, Escaping escaping) {
        Template compiled = compile(template, escaping);
        try {
            return compiled.execute(model);
        } catch (MustacheException.Context e) {
            throw new TemplateException("missing variable " + e.key, e);
        } catch (MustacheException e) {
            throw new TemplateException("cannot render: " + e.getMessage(), e);
        }
    }

    /** Compiles without rendering, so a template can be checked when a campaign is set up. */
    public void validate(String template) {
        compile(template, Escaping.PLAIN);
    }

    private Template compile(String template, Escaping escaping) {
        Map<String, Template> cache = escaping == Escaping.HTML ? htmlCache : plainCache;
        Template cached = cache.get(template);
        if (cached != null) {
            return cached;
        }
        Template compiled;
        try {
            compiled = (escaping == Escaping.HTML ? html : plain).compile(template);
        } catch (MustacheException e) {
            throw new TemplateException("syntax error: " + e.getMessage(), e);
        }
        if (cache.size() >= MAX_CACHED) {
            // Campaign templates change rarely; dropping the whole cache now and then is cheaper than an LRU.
            cache.clear();
        }
        cache.put(template, compiled);
        return compiled;
    }

    private static Mustache.Compiler strictCompiler() {
        // No defaultValue/nullValue: jmustache then throws for missing and null variables; strictSections does the
        // same for {{#section}} whose name is unknown. No template loader: partials are not a campaign feature.
        return Mustache.compiler().strictSections(true).standardsMode(false);
    }
}
