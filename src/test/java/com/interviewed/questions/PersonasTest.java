package com.interviewed.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PersonasTest {

    /** The English Nova 2 Sonic voices and their genders (shared/reference/nova-sonic.md). */
    private static final Map<String, String> NOVA_VOICES = Map.of("tiffany", "female", "matthew", "male", "amy",
            "female", "olivia", "female", "kiara", "female", "arjun", "male");
    private static final Map<String, String> OFFLINE_VOICES = Map.of("slt", "female", "slt-low", "female", "rms",
            "male", "rms-deep", "male", "awb", "male");

    private final Personas personas = TestBank.PERSONAS;

    @Test
    void thereAreAtLeastEightSoloPersonasWithDistinctNames() {
        assertThat(personas.solo()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(personas.solo().stream().map(Persona::name).toList()).doesNotHaveDuplicates();
        assertThat(personas.solo().stream().map(Persona::style).toList()).doesNotHaveDuplicates();
        assertThat(personas.solo()).allSatisfy(p -> assertThat(p.panelRole()).isNull());
    }

    @Test
    void everyPersonaHasGenderMatchedValidVoices() {
        for (Persona p : all()) {
            assertThat(OFFLINE_VOICES).as(p.id()).containsEntry(p.offlineVoice(), p.gender());
            assertThat(NOVA_VOICES).as(p.id()).containsEntry(p.novaVoiceId(), p.gender());
        }
        Set<String> offline = new HashSet<>();
        personas.solo().forEach(p -> offline.add(p.offlineVoice()));
        assertThat(offline).as("solo personas use every offline voice").containsAll(OFFLINE_VOICES.keySet());
    }

    @Test
    void everyPersonaHasSeveralLinesOfEachKind() {
        for (Persona p : all()) {
            assertThat(p.greetings()).as(p.id()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(p.acknowledgements()).as(p.id()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(p.transitions()).as(p.id()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(p.closings()).as(p.id()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(p.greetings()).as(p.id()).anyMatch(g -> g.contains("{candidate}"));
        }
    }

    @Test
    void thePanelIsEngineeringManagerProductManagerAndJuniorDeveloperWithDistinctVoices() {
        assertThat(personas.panel().stream().map(Persona::panelRole).toList())
                .containsExactly("ENGINEERING_MANAGER", "PRODUCT_MANAGER", "JUNIOR_DEVELOPER");
        assertThat(personas.panel().stream().map(Persona::offlineVoice).toList()).doesNotHaveDuplicates();
        assertThat(personas.panel().stream().map(Persona::novaVoiceId).toList()).doesNotHaveDuplicates();
    }

    @Test
    void pickIsDeterministicAndReachesEveryPersona() {
        assertThat(personas.pick(123)).isEqualTo(personas.pick(123));
        Set<String> picked = new HashSet<>();
        for (long seed = -50; seed < 200; seed++) {
            picked.add(personas.pick(seed).id());
        }
        assertThat(picked).hasSize(personas.solo().size());
    }

    @Test
    void personasAreFoundById() {
        assertThat(personas.byId("grace")).map(Persona::panelRole).contains("ENGINEERING_MANAGER");
        assertThat(personas.byId(personas.solo().get(0).id())).contains(personas.solo().get(0));
        assertThat(personas.byId("nobody")).isEmpty();
    }

    private List<Persona> all() {
        return java.util.stream.Stream.concat(personas.solo().stream(), personas.panel().stream()).toList();
    }
}
