package com.interviewed.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpokenFormsTest {

    private final SpokenForms forms = SpokenForms.load();

    private String spoken(String text) {
        return String.join(" ", forms.words(text));
    }

    @Test
    void listedFormsAreSpokenAsPeopleSayThem() {
        assertThat(spoken("We run K8s, PostgreSQL and Node.js.")).isEqualTo("we run kubernetes postgres and node");
        assertThat(spoken("A CI/CD pipeline with gRPC")).isEqualTo("a c i c d pipeline with g r p c");
        assertThat(spoken("C++ or C#?")).isEqualTo("c plus plus or c sharp");
    }

    @Test
    void numbersAndMixedTokensFollowRules() {
        assertThat(spoken("p99 under 200ms")).isEqualTo("p ninety nine under two hundred milliseconds");
        assertThat(spoken("in 2019 we had 1500 users and 50% growth"))
                .isEqualTo("in twenty nineteen we had one thousand five hundred users and fifty percent growth");
        assertThat(spoken("S3 and EC2")).isEqualTo("s three and e c two");
        assertThat(spoken("2005")).isEqualTo("two thousand five");
        assertThat(spoken("10x faster")).isEqualTo("ten times faster");
    }

    @Test
    void shortCapitalisedAcronymsAreSpelled() {
        assertThat(spoken("AWS APIs")).isEqualTo("a w s a p is");
        assertThat(spoken("Java and I")).isEqualTo("java and i");
    }

    @Test
    void punctuationAndOddInputAreDropped() {
        assertThat(forms.words("  \"Hello\" -- (world)!  ")).isEqualTo(List.of("hello", "world"));
        assertThat(forms.words("")).isEmpty();
        assertThat(forms.words("émoji 🚀 ok")).contains("okay").allMatch(word -> word.matches("[a-z']+"));
    }
}
