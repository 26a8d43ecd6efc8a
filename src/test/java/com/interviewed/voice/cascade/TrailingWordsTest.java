package com.interviewed.voice.cascade;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrailingWordsTest {

    @Test
    void wordsThatNeedMoreLeadOn() {
        assertThat(TrailingWords.leadsOn("i built a payment service and")).isTrue();
        assertThat(TrailingWords.leadsOn("we moved it to the")).isTrue();
        assertThat(TrailingWords.leadsOn("because um")).isTrue();
        assertThat(TrailingWords.leadsOn("So")).isTrue();
    }

    @Test
    void finishedPhrasesAndSilenceDoNot() {
        assertThat(TrailingWords.leadsOn("i built a payment service")).isFalse();
        assertThat(TrailingWords.leadsOn("it went well")).isFalse();
        assertThat(TrailingWords.leadsOn("yes i did")).isFalse();
        assertThat(TrailingWords.leadsOn("that is all i have")).isFalse();
        assertThat(TrailingWords.leadsOn("we moved the reports to a queue and cut the response time by have")).isFalse();
        assertThat(TrailingWords.leadsOn("")).isFalse();
        assertThat(TrailingWords.leadsOn("   ")).isFalse();
    }
}
