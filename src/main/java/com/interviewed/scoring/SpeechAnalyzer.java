package com.interviewed.scoring;

import java.util.ArrayList;
import java.util.List;

/**
 * Speech analytics from the transcript and turn timings. Each metric comes with a plain explanation and the
 * range interview coaches consider comfortable; metrics that need timings are reported as unknown without them.
 *
 * <p>Only spoken answers have a speaking time: a typed answer's timing is when it was sent, not how long it took
 * to say. Typed answers are therefore left out of pace, fillers per minute, pauses, time to answer, talk share
 * and answer length (with the interviewer turns they answer), and the explanations say how many were left out.
 */
final class SpeechAnalyzer {

    static final long LONG_PAUSE_MS = 5_000;

    private SpeechAnalyzer() {
    }

    static SpeechAnalytics analyze(List<ReportTurn> transcript, List<List<ReportTurn>> answers, String language) {
        Lexicon lexicon = Lexicon.forLanguage(language);
        int spokenWords = 0;
        int fillers = 0;
        int typed = 0;
        long candidateMs = 0;
        long interviewerMs = 0;
        boolean timed = false;
        int longPauses = 0;
        List<Long> delays = new ArrayList<>();
        for (int i = 0; i < transcript.size(); i++) {
            ReportTurn turn = transcript.get(i);
            ReportTurn previous = i == 0 ? null : transcript.get(i - 1);
            Long duration = duration(turn);
            if (turn.candidate() && turn.typed()) {
                typed++;
                continue;
            }
            if (!turn.candidate()) {
                // The interviewer's talk counts only against spoken answers, so the share compares like with like.
                ReportTurn next = i + 1 < transcript.size() ? transcript.get(i + 1) : null;
                if (duration != null && (next == null || !next.typed())) {
                    timed = true;
                    interviewerMs += duration;
                }
                continue;
            }
            spokenWords += Text.words(turn.text()).size();
            fillers += FillerWords.find(turn.text(), lexicon).size();
            if (duration != null) {
                timed = true;
                candidateMs += duration;
            }
            if (previous != null && !previous.typed() && previous.endMs() != null && turn.startMs() != null) {
                long gap = turn.startMs() - previous.endMs();
                if (gap >= LONG_PAUSE_MS) {
                    longPauses++;
                }
                if (!previous.candidate() && gap >= 0) {
                    delays.add(gap);
                }
            }
        }
        Double minutes = timed && candidateMs > 0 ? candidateMs / 60_000.0 : null;
        Double wpm = minutes == null ? null : round(spokenWords / minutes);
        Double fpm = minutes == null ? null : round(fillers / minutes);
        Double talkRatio = timed && candidateMs > 0 && candidateMs + interviewerMs > 0
                ? Math.round(100.0 * candidateMs / (candidateMs + interviewerMs)) / 100.0 : null;
        Double delay = delays.isEmpty() ? null
                : round(delays.stream().mapToLong(Long::longValue).average().orElse(0) / 1000.0);
        List<Double> durations = answers.stream().map(SpeechAnalyzer::seconds).toList();
        Double averageAnswer = durations.stream().allMatch(d -> d == null) || durations.isEmpty() ? null
                : round(durations.stream().filter(d -> d != null).mapToDouble(Double::doubleValue).average().orElse(0));

        String typedNote = typed == 0 ? "" : " " + typed + (typed == 1 ? " typed answer is" : " typed answers are")
                + " not counted: typing has no speaking time.";
        List<SpeechMetric> metrics = List.of(
                metric("wordsPerMinute", "Speaking pace", wpm, "words/min", 110.0, 170.0,
                        "Words you spoke per minute of your own speaking time. Under 110 can sound hesitant, over 170 hard to follow."
                                + typedNote),
                metric("fillerWordsPerMinute", "Filler words", fpm, "per min", 0.0, 3.0,
                        "Fillers such as \"um\", \"uh\", \"you know\" and \"like\" used as filler, per minute of speaking ("
                                + fillers + " in total). A few are natural; more than 3 a minute distract." + typedNote),
                metric("longPauses", "Long pauses", timed ? (double) longPauses : null, "pauses", 0.0, 3.0,
                        "Silences of 5 seconds or more before or between your spoken turns. A short pause to think is fine; many long ones suggest you were stuck."
                                + typedNote),
                metric("responseDelaySeconds", "Time to start answering", delay, "s", 0.5, 4.0,
                        "Average time from the end of a question to the start of your spoken answer." + typedNote),
                metric("talkRatio", "Your share of talk time", talkRatio, "of talk", 0.55, 0.8,
                        "Your speaking time over all speaking time. In an interview you should do most of the talking, but not all of it."
                                + typedNote),
                metric("averageAnswerSeconds", "Average answer length", averageAnswer, "s", 30.0, 150.0,
                        "How long your spoken answers ran on average. Under 30 seconds rarely shows enough; over 2½ minutes loses the listener."
                                + typedNote));
        return new SpeechAnalytics(wpm, fpm, fillers, longPauses, talkRatio, durations, metrics, typed);
    }

    private static SpeechMetric metric(String key, String label, Double value, String unit, Double low, Double high,
            String explanation) {
        String assessment = value == null ? "unknown" : value < low ? "low" : value > high ? "high" : "ok";
        return new SpeechMetric(key, label, value, unit, low, high, assessment, explanation);
    }

    private static Long duration(ReportTurn turn) {
        return turn.startMs() == null || turn.endMs() == null || turn.endMs() < turn.startMs() ? null
                : turn.endMs() - turn.startMs();
    }

    /** Seconds spoken in one answer; {@code null} when none of it was spoken with timings (typed or untimed). */
    private static Double seconds(List<ReportTurn> turns) {
        long total = 0;
        boolean any = false;
        for (ReportTurn turn : turns) {
            Long d = turn.typed() ? null : duration(turn);
            if (d != null) {
                total += d;
                any = true;
            }
        }
        return any ? round(total / 1000.0) : null;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
