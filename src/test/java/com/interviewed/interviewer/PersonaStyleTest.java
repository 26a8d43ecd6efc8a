package com.interviewed.interviewer;

import static org.assertj.core.api.Assertions.assertThat;

import com.interviewed.questions.Persona;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonaStyleTest {

    @Test
    void readsWarmAndDirectFromTheFreeTextStyle() {
        assertThat(Tone.of("warm and encouraging")).isEqualTo(Tone.WARM);
        assertThat(Tone.of("Direct and analytical")).isEqualTo(Tone.DIRECT);
        assertThat(Tone.of(null)).isEqualTo(Tone.WARM);
    }

    @Test
    void aWarmAndADirectInterviewerWordTheSameMomentsDifferently() {
        List<String> warm = script(Fixtures.warm());
        List<String> direct = script(Fixtures.direct());

        assertThat(warm.get(0)).startsWith("Hi Ada, I'm James.");
        assertThat(direct.get(0)).startsWith("Hello Ada. I'm Sarah.");
        for (int i = 1; i < warm.size(); i++) {
            assertThat(direct.get(i)).isNotEqualTo(warm.get(i));
        }
        assertThat(String.join(" ", direct).length()).isLessThan(String.join(" ", warm).length());
        assertThat(direct.get(direct.size() - 1)).endsWith("That concludes the interview, Ada. Thank you.");
    }

    /** The same moments for each persona: greeting, a follow-up, a repeat, a silence prompt, an "I don't know". */
    private static List<String> script(Persona persona) {
        Fixtures.Session session = new Fixtures.Session(Fixtures.deterministic(),
                Fixtures.fresh(Fixtures.soloPlan(), List.of(persona)));
        session.start();
        session.say(Fixtures.SHORT_ANSWER);
        session.say("sorry can you repeat that");
        session.send(new CandidateInput.Silence(10));
        session.sayStar();
        session.say("i dont know");
        session.send(new CandidateInput.EndRequested());
        return session.replies.stream().map(InterviewerReply::text).toList();
    }
}
