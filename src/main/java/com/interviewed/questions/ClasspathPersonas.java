package com.interviewed.questions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The interviewer personas, read from {@code <dataLocation>/personas.json}. */
@Component
class ClasspathPersonas implements Personas {

    private final List<Persona> solo;
    private final List<Persona> panel;

    ClasspathPersonas(JsonMapper mapper, QuestionsProperties properties) {
        JsonMapper json = BankJson.strict(mapper);
        Resource resource = new DefaultResourceLoader().getResource(properties.dataLocation() + "/personas.json");
        BankData.PersonasFile file;
        try (InputStream in = resource.getInputStream()) {
            file = json.readValue(in, BankData.PersonasFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
        this.solo = List.copyOf(file.solo());
        this.panel = List.copyOf(file.panel());
        if (solo.isEmpty() || panel.isEmpty()) {
            throw new IllegalStateException(resource + " needs solo and panel personas");
        }
        Stream.concat(solo.stream(), panel.stream()).forEach(p -> check(p, resource));
        panel.stream().filter(p -> p.panelRole() == null).findAny().ifPresent(p -> {
            throw new IllegalStateException("Panel persona " + p.id() + " has no panelRole in " + resource);
        });
    }

    /** The interviewer draws lines from every list, so an empty one would fail mid-interview rather than here. */
    private static void check(Persona p, Resource resource) {
        boolean complete = p.id() != null && p.name() != null && p.gender() != null && p.offlineVoice() != null
                && p.novaVoiceId() != null && p.style() != null
                && Stream.of(p.greetings(), p.acknowledgements(), p.transitions(), p.closings())
                        .allMatch(lines -> lines != null && !lines.isEmpty());
        if (!complete) {
            throw new IllegalStateException("Incomplete persona " + p.id() + " in " + resource);
        }
    }

    @Override
    public List<Persona> solo() {
        return solo;
    }

    @Override
    public List<Persona> panel() {
        return panel;
    }

    @Override
    public Persona pick(long seed) {
        return solo.get((int) Math.floorMod(Seeds.scramble(seed), (long) solo.size()));
    }

    @Override
    public Optional<Persona> byId(String id) {
        return Stream.concat(solo.stream(), panel.stream()).filter(p -> p.id().equals(id)).findFirst();
    }
}
