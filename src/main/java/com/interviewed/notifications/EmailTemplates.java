package com.interviewed.notifications;

import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders email bodies from {@code templates/notifications/email/<name>.html} (HTML mode, escaped) and
 * {@code <name>.txt} (Thymeleaf's TEXT mode). A private engine, so the page engine's settings do not leak in.
 */
@Component
class EmailTemplates {

    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    EmailTemplates() {
        engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 1));
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 2));
    }

    String html(String name, Map<String, Object> model) {
        return engine.process(name + ".html", new Context(Locale.ENGLISH, model));
    }

    String text(String name, Map<String, Object> model) {
        return engine.process(name + ".txt", new Context(Locale.ENGLISH, model));
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/notifications/email/");
        resolver.setTemplateMode(mode);
        resolver.setResolvablePatterns(java.util.Set.of(pattern));
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        resolver.setOrder(order);
        resolver.setCheckExistence(true);
        return resolver;
    }
}
