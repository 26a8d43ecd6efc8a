package com.interviewed.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void sentencesAreVerbatimSubstringsSoTheyCanBeQuoted() {
        String text = "First we measured.  Then we cached it! Did it help? Yes, p99 fell to 40 ms.";
        assertThat(Text.sentences(text)).containsExactly("First we measured.", "Then we cached it!", "Did it help?",
                "Yes, p99 fell to 40 ms.").allSatisfy(s -> assertThat(text).contains(s));
    }

    @Test
    void longUnpunctuatedSpeechIsCutIntoQuotableUnits() {
        String text = ("and then we looked at the logs and the metrics and the traces ").repeat(12).trim();
        assertThat(Text.sentences(text)).hasSizeGreaterThan(2).allSatisfy(s -> {
            assertThat(text).contains(s);
            assertThat(Text.words(s).size()).isLessThanOrEqualTo(45);
        });
    }

    @Test
    void stemsMeetAcrossInflections() {
        assertThat(Text.stem("caching")).isEqualTo(Text.stem("cached")).isEqualTo("cach");
    }
}
