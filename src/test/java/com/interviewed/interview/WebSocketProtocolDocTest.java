package com.interviewed.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.json.JsonMapper;

/** docs/websocket-protocol.md and the protocol records say the same: every type, both ways, and its fields. */
class WebSocketProtocolDocTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static String doc() throws IOException {
        return Files.readString(Path.of("docs/websocket-protocol.md"));
    }

    private static String section(String doc, String heading) {
        int start = doc.indexOf("## " + heading);
        assertThat(start).as("section " + heading).isNotNegative();
        int end = doc.indexOf("\n## ", start + 3);
        return end < 0 ? doc.substring(start) : doc.substring(start, end);
    }

    private static Set<String> typesOf(Class<?> sealed) {
        return Arrays.stream(sealed.getPermittedSubclasses())
                .map(type -> type.getAnnotation(JsonTypeName.class).value())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> matches(String text, String regex) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = Pattern.compile(regex, Pattern.MULTILINE).matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    @Test
    void everyClientCommandIsDocumentedAndNothingElse() throws IOException {
        Set<String> documented = matches(section(doc(), "Client → server"), "^\\| `\\{\"type\":\"([^\"]+)\"");
        assertThat(documented).isEqualTo(typesOf(ClientCommand.class));
    }

    @Test
    void everyServerEventIsDocumentedWithItsFieldsAndNothingElse() throws IOException {
        String server = section(doc(), "Server → client");
        Set<String> documented = matches(server, "^\\| `([a-z_.]+)` \\|");
        assertThat(documented).isEqualTo(typesOf(ServerEvent.class));
        for (Class<?> event : ServerEvent.class.getPermittedSubclasses()) {
            String type = event.getAnnotation(JsonTypeName.class).value();
            String row = server.lines().filter(line -> line.startsWith("| `" + type + "` |")).findFirst().orElseThrow();
            String fields = row.split("(?<!\\\\)\\|")[2]; // a cell may hold an escaped pipe
            for (var component : event.getRecordComponents()) {
                assertThat(fields).as(type + " documents its field " + component.getName())
                        .contains("`" + component.getName() + "`");
            }
        }
    }

    @Test
    void theTypeDiscriminatorIsWrittenAndRead() {
        assertThat(JSON.writerFor(ServerEvent.class).writeValueAsString(new ServerEvent.AudioEnd("m1")))
                .isEqualTo("{\"type\":\"audio.end\",\"messageId\":\"m1\"}");
        assertThat(JSON.writerFor(ServerEvent.class).writeValueAsString(
                ServerEvent.TranscriptFinal.of("candidate", "Ann", "hi", "m2", TurnStatus.TYPED)))
                .isEqualTo("{\"type\":\"transcript.final\",\"role\":\"candidate\",\"speaker\":\"Ann\",\"text\":\"hi\","
                        + "\"messageId\":\"m2\",\"status\":\"TYPED\"}");
        assertThat(JSON.readValue("{\"type\":\"code.update\",\"challengeId\":\"c\",\"language\":\"python\","
                + "\"code\":\"x\",\"extra\":1}", ClientCommand.class))
                .isEqualTo(new ClientCommand.CodeUpdate("c", "python", "x"));
        assertThat(JSON.readValue("{\"type\":\"ping\"}", ClientCommand.class)).isEqualTo(new ClientCommand.Ping());
        assertThatThrownBy(() -> JSON.readValue("{\"type\":\"teleport\"}", ClientCommand.class))
                .isInstanceOf(InvalidTypeIdException.class);
    }
}
