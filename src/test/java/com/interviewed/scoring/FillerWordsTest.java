package com.interviewed.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FillerWordsTest {

    private static final Lexicon EN = Lexicon.forLanguage("en");

    @Test
    void umAndUhAreAlwaysFillers() {
        assertThat(FillerWords.find("Um, I think, uh, we used Kafka. Erm.", EN)).containsExactly("um", "uh", "erm");
    }

    @Test
    void likeIsAFillerOnlyWhereItCarriesNoMeaning() {
        assertThat(FillerWords.find("It was, like, really slow.", EN)).containsExactly("like");
        assertThat(FillerWords.find("Like, we had no tests.", EN)).containsExactly("like");
        assertThat(FillerWords.find("I like Kotlin and it looks like a race condition.", EN)).isEmpty();
        assertThat(FillerWords.find("We would like a faster build, something like Gradle caching.", EN)).isEmpty();
    }

    @Test
    void youKnowIsAFillerUnlessItAsksOrStatesSomething() {
        assertThat(FillerWords.find("We shipped it, you know, on time.", EN)).containsExactly("you know");
        assertThat(FillerWords.find("Do you know how the index works?", EN)).isEmpty();
        assertThat(FillerWords.find("Then, you know what, we rolled back.", EN)).isEmpty();
    }

    @Test
    void sortOfAndKindOfAreFillersUnlessTheyNameAKind() {
        assertThat(FillerWords.find("It was sort of broken and kind of slow.", EN)).containsExactly("sort of", "kind of");
        assertThat(FillerWords.find("What kind of index would you use? That sort of problem is common.", EN)).isEmpty();
    }

    @Test
    void basicallyAndIMeanAtTheStartOfAClauseAreFillers() {
        assertThat(FillerWords.find("Basically it failed. I mean, we had no alerts.", EN))
                .containsExactly("basically", "i mean");
        assertThat(FillerWords.find("That is what I mean by idempotent.", EN)).isEmpty();
    }
}
