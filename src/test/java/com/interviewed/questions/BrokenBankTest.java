package com.interviewed.questions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** Broken data must stop start-up with a message that names the problem, not surface later as an odd interview. */
class BrokenBankTest {

    @TempDir
    Path dir;

    @BeforeEach
    void minimalBank() throws IOException {
        Files.writeString(dir.resolve("roles.json"), """
                {"version": 1, "roles": [{"id": "backend", "title": "Backend engineer", "codes": true}]}""");
        Files.writeString(dir.resolve("resume-templates.json"), """
                {"version": 1, "templates": []}""");
        Files.createDirectories(dir.resolve("bank"));
    }

    private static String question(String id, String extra) {
        return """
                {"id": "%s", "category": "TECHNICAL", "competency": "Caching", %s "tags": ["redis"],
                 "text": "Question %s?", "expectedPoints": ["a", "b", "c"], "followUps": ["d"]}""".formatted(id, extra, id);
    }

    private void pack(String roles, String... questions) throws IOException {
        Files.writeString(dir.resolve("bank/pack.json"), """
                {"pack": "Test", "version": 1, "roles": [%s], "questions": [%s]}"""
                .formatted(roles, String.join(",", questions)));
    }

    private ClasspathQuestionBank load() {
        return new ClasspathQuestionBank(JsonMapper.builder().build(),
                new QuestionsProperties(dir.toUri().toString().replaceAll("/$", ""), 30));
    }

    @Test
    void aWellFormedPackLoads() throws IOException {
        pack("\"backend\"", question("q-1", ""), question("q-2", "\"levels\": [\"SENIOR\"],"));

        ClasspathQuestionBank bank = load();

        assertThat(bank.size()).isEqualTo(2);
        assertThat(bank.all().get(1).suits(Seniority.JUNIOR)).isFalse();
    }

    @Test
    void duplicateIdsAreRejected() throws IOException {
        pack("\"backend\"", question("q-1", ""), question("q-1", ""));

        assertThatThrownBy(this::load).hasMessageContaining("Duplicate question id q-1");
    }

    @Test
    void anUnknownRoleIsRejected() throws IOException {
        pack("\"astronaut\"", question("q-1", ""));

        assertThatThrownBy(this::load).hasMessageContaining("Unknown role astronaut");
    }

    @Test
    void aMisspeltFieldIsRejectedRatherThanIgnored() throws IOException {
        pack("\"backend\"", question("q-1", "\"level\": [\"SENIOR\"],"));

        assertThatThrownBy(this::load).hasMessageContaining("level");
    }

    @Test
    void aQuestionWithoutCompetencyIsRejected() throws IOException {
        pack("\"backend\"", question("q-1", "").replace("\"competency\": \"Caching\",", ""));

        assertThatThrownBy(this::load).hasMessageContaining("Incomplete question q-1");
    }

    @Test
    void aPersonaWithoutLinesIsRejected() throws IOException {
        String persona = """
                {"id": "%s", "name": "Ann", "gender": "female", "offlineVoice": "slt", "novaVoiceId": "amy",
                 "style": "calm", "panelRole": %s, "greetings": ["Hi {candidate}"], "acknowledgements": %s,
                 "transitions": ["Next."], "closings": ["Bye."]}""";
        Files.writeString(dir.resolve("personas.json"), "{\"version\": 1, \"solo\": [%s], \"panel\": [%s]}".formatted(
                persona.formatted("ann", "null", "[]"), persona.formatted("em", "\"ENGINEERING_MANAGER\"", "[\"Ok.\"]")));

        assertThatThrownBy(() -> new ClasspathPersonas(JsonMapper.builder().build(),
                new QuestionsProperties(dir.toUri().toString().replaceAll("/$", ""), 30)))
                .hasMessageContaining("Incomplete persona ann");
    }
}
