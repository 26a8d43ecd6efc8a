package com.interviewed.speech;

import static org.assertj.core.api.Assertions.assertThat;

import com.interviewed.interview.RoleLexicon;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every word of every role's field lexicon can reach the recogniser: its spoken form is in cmudict or flite's
 * {@code t2p} gives it phones (a word neither can say would be dropped from the interview model silently).
 */
class RoleLexiconPronunciationTest {

    static final List<String> ROLES = List.of("backend", "frontend", "fullstack", "mobile", "data-analyst",
            "data-scientist", "devops", "qa", "product-manager", "designer");

    @Test
    void everyLexiconWordHasAPronunciation() {
        SpokenForms forms = SpokenForms.load();
        Pronunciations pronunciations = Pronunciations.load(
                Path.of(SpeechFixtures.recognizerProperties(1).modelDirectory()).resolve("cmudict-en-us.dict"),
                PocketsphinxRecognizer.T2P);
        List<String> unsayable = new ArrayList<>();
        for (String role : ROLES) {
            for (String term : RoleLexicon.terms(role)) {
                List<String> words = forms.words(term);
                if (words.isEmpty()) {
                    unsayable.add(role + ": " + term);
                }
                words.stream().filter(word -> !pronunciations.known(word) && pronunciations.guess(word).isEmpty())
                        .forEach(word -> unsayable.add(role + ": " + term + " (" + word + ")"));
            }
        }
        assertThat(unsayable).isEmpty();
    }
}
