package com.interviewed.interview;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import java.util.Map;

/**
 * Every JSON event the server sends on the interview socket (docs/websocket-protocol.md, checked against this file by
 * a test). The record's {@link JsonTypeName} is the {@code type}; its components are the fields, in order. Adding an
 * event is one record here and one row in the doc; adding a field is one component (null fields are left out).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonInclude(JsonInclude.Include.NON_NULL)
sealed interface ServerEvent {

    /** {@code startedAt} (ISO-8601) lets a reloaded room show the same elapsed time. */
    @JsonTypeName("session.ready")
    record SessionReady(String interviewId, List<Speaker> speakers, String mode, boolean audio, String provider,
            List<Line> transcript, List<Draft> drafts, String startedAt) implements ServerEvent {
    }

    /** Another connection (another tab, or a reload) took the interview over; this one is closed. */
    @JsonTypeName("session.replaced")
    record SessionReplaced(String message) implements ServerEvent {
    }

    /** No recogniser for this session (none installed, or all busy): typed answers only, the interviewer speaks. */
    @JsonTypeName("speech.unavailable")
    record SpeechUnavailable(String message) implements ServerEvent {
    }

    @JsonTypeName("speech.started")
    record SpeechStarted(String messageId) implements ServerEvent {
    }

    @JsonTypeName("transcript.partial")
    record TranscriptPartial(String role, String speaker, String text, String messageId) implements ServerEvent {
    }

    /**
     * {@code stored} is false only for a line that is said but not kept (the resume line after a reconnect).
     * {@code words}: a recognised candidate line's words with their confidence, so the room can mark the unsure
     * ones; left out for every other line.
     */
    @JsonTypeName("transcript.final")
    record TranscriptFinal(String role, String speaker, String text, String messageId, TurnStatus status,
            Boolean stored, List<Word> words) implements ServerEvent {

        static TranscriptFinal of(String role, String speaker, String text, String messageId, TurnStatus status) {
            return new TranscriptFinal(role, speaker, text, messageId, status, null, null);
        }

        /** A candidate line with the words the recogniser heard (none for typed or corrected lines). */
        static TranscriptFinal candidate(String speaker, String text, String messageId, TurnStatus status,
                List<HeardWord> words) {
            return new TranscriptFinal("candidate", speaker, text, messageId, status, null, Word.of(words, text));
        }
    }

    @JsonTypeName("audio.start")
    record AudioStart(int sampleRate, String speaker, String messageId) implements ServerEvent {
    }

    @JsonTypeName("audio.end")
    record AudioEnd(String messageId) implements ServerEvent {
    }

    @JsonTypeName("barge_in")
    record BargeIn() implements ServerEvent {
    }

    /**
     * Where the interview is: question {@code question} of {@code of} (spare questions count once asked) in an
     * interview planned for {@code minutes}. Sent after every interviewer move, so a reloaded room gets it too.
     */
    @JsonTypeName("interview.progress")
    record Progress(int question, int of, int minutes) implements ServerEvent {
    }

    @JsonTypeName("panel.handoff")
    record PanelHandoff(String from, String to) implements ServerEvent {
    }

    @JsonTypeName("code.challenge")
    record CodeChallenge(String challengeId, String title, String prompt, String language, String starterCode,
            Map<String, String> starterCodes) implements ServerEvent {
    }

    @JsonTypeName("interview.ended")
    record InterviewEnded(String reason, String evaluationUrl) implements ServerEvent {
    }

    @JsonTypeName("error")
    record Error(String code, String message) implements ServerEvent {
    }

    @JsonTypeName("pong")
    record Pong() implements ServerEvent {
    }

    /** An interviewer of the session, as the room lists them. */
    record Speaker(String name, String role, String style) {
    }

    /** A stored turn, as {@code session.ready} replays it; {@code words} as in {@code transcript.final}. */
    record Line(String messageId, String role, String speaker, String text, TurnStatus status, List<Word> words) {
    }

    /** A recognised word with the recogniser's confidence (0..1); {@code unsure} words are the ones to check. */
    record Word(String word, double confidence, boolean unsure) {

        /** The words of {@code text}, or null (left out) when there are none that match it. */
        static List<Word> of(List<HeardWord> words, String text) {
            List<HeardWord> matching = HeardWord.matching(words, text);
            return matching.isEmpty() ? null
                    : matching.stream().map(w -> new Word(w.word(), w.confidence(), w.unsure())).toList();
        }
    }

    /** The candidate's latest code for a challenge, so a reload shows the draft instead of the starter code. */
    record Draft(String challengeId, String language, String code) {
    }
}
