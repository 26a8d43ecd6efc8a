package com.interviewed.scoring;

import com.interviewed.interview.HeardWord;
import java.util.List;

/**
 * One transcript turn as the report shows it. {@code role} is {@code candidate} or {@code interviewer}.
 *
 * @param status       {@code SPOKEN}, {@code TYPED}, {@code INTERRUPTED} or {@code EDITED}; {@code null} when
 *                     unknown (an API caller's transcript), which counts as spoken
 * @param intendedText for an interrupted interviewer turn, everything the interviewer meant to say (the planned
 *                     question among it), while {@code text} is only what was played; otherwise {@code null}
 * @param words        a recognised answer's words with the recogniser's confidence (empty for typed, corrected and
 *                     interviewer turns), so the report marks what may have been misheard
 */
public record ReportTurn(String role, String speaker, String text, Long startMs, Long endMs, String status,
        String intendedText, List<HeardWord> words) {

    public ReportTurn {
        words = words == null ? List.of() : List.copyOf(words);
    }

    /** A turn without word confidences (an API caller's transcript). */
    public ReportTurn(String role, String speaker, String text, Long startMs, Long endMs, String status,
            String intendedText) {
        this(role, speaker, text, startMs, endMs, status, intendedText, List.of());
    }

    public ReportTurn(String role, String speaker, String text, Long startMs, Long endMs) {
        this(role, speaker, text, startMs, endMs, null, null);
    }

    public boolean candidate() {
        return "candidate".equals(role);
    }

    /** Typed by the candidate, so it has no speaking time: left out of pace, pauses and talk share. */
    public boolean typed() {
        return "TYPED".equals(status);
    }

    public boolean interrupted() {
        return "INTERRUPTED".equals(status);
    }

    public boolean hasUnsureWords() {
        return words.stream().anyMatch(HeardWord::unsure);
    }
}
