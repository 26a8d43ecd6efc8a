package com.interviewed.interview;

import java.util.List;
import java.util.UUID;

/**
 * One utterance as stored.
 *
 * @param seq          order within the interview, from 0
 * @param role         {@code candidate} or {@code interviewer}
 * @param speaker      the interviewer persona's name, or the candidate's
 * @param status       {@code SPOKEN}, {@code TYPED}, {@code INTERRUPTED} (interviewer cut off: only what was
 *                     played is kept) or {@code EDITED} (the candidate corrected the recognised text)
 * @param originalText for {@code EDITED} turns, what was recognised before the correction; for {@code INTERRUPTED}
 *                     interviewer turns, everything the interviewer meant to say
 * @param startMs      milliseconds since the interview started, or {@code null}
 * @param endMs        milliseconds since the interview started, or {@code null}
 * @param words        for a recognised candidate turn, its words with the recogniser's confidence, in the order of
 *                     {@code text}; empty for typed, corrected and interviewer turns
 */
public record TranscriptTurn(UUID id, int seq, String role, String speaker, String text, String status,
        String originalText, Long startMs, Long endMs, List<HeardWord> words) {

    public TranscriptTurn {
        words = HeardWord.matching(words, text);
    }

    /** True if some word of this turn was heard with low confidence. */
    public boolean hasUnsureWords() {
        return words.stream().anyMatch(HeardWord::unsure);
    }
}
