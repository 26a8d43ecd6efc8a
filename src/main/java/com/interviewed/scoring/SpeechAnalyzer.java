package com.interviewed.scoring;

import java.util.ArrayList;
import java.util.List;

/**
 * Speech analytics from the transcript and turn timings. Each metric comes with a plain explanation and the
 * range interview coaches consider comfortable; metrics that need timings are reported as unknown without them.
 */
final class SpeechAnalyzer {

    static final long LONG_PAUSE_MS = 5_000;

    private SpeechAnalyzer() {
    }

    static SpeechAnalytics analyze(List<ReportTurn> transcript, List<List<ReportTurn>> answers, String language) {
        Lexicon lexicon = Lexicon.forLanguage(language);
        int candidateWords = 0;
        int fillers = 0;
        long candidateMs = 0;
        long interviewerMs = 0;
        boolean timed = false;
        int longPauses = 0;
        List<Long> delays = new ArrayList<>();
        ReportTurn previous = null;
        for (ReportTurn turn : transcript) {
            boolean candidate = "candidate".equals(turn.role());
            Long duration = duration(turn);
            if (candidate) {
                candidateWords += Text.words(turn.text()).size();
                fillers += FillerWords.find(turn.text(), lexicon).size();
            }
            if (duration != null) {
                timed = true;
                if (candidate) {
                    candidateMs += duration;
                } else {
                    interviewerMs += duration;
                }
            }
            if (candidate && previous != null && previous.endMs() != null && turn.startMs() != null) {
                long gap = turn.startMs() - previous.endMs();
                if (gap >= LONG_PAUSE_MS) {
                    longPauses++;
                }
                if (!"candidate".equals(previous.role()) && gap >= 0) {
                    delays.add(gap);
                }
            }
            previous = turn;
        }
        Double minutes = timed && candidateMs > 0 ? candidateMs / 60_000.0 : null;
        Double wpm = minutes == null ? null : round(candidateWords / minutes);
        Double fpm = minutes == null ? null : round(fillers / minutes);
        Double talkRatio = timed && candidateMs + interviewerMs > 0
                ? Math.round(100.0 * candidateMs / (candidateMs + interviewerMs)) / 100.0 : null;
        Double delay = delays.isEmpty() ? null
                : round(delays.stream().mapToLong(Long::longValue).average().orElse(0) / 1000.0);
        List<Double> durations = answers.stream().map(SpeechAnalyzer::seconds).toList();
        Double averageAnswer = durations.stream().allMatch(d -> d == null) || durations.isEmpty() ? null
                : round(durations.stream().filter(d -> d != null).mapToDouble(Double::doubleValue).average().orElse(0));

        List<SpeechMetric> metrics = List.of(
                metric("wordsPerMinute", "Speaking pace", wpm, "words/min", 110.0, 170.0,
                        "Words you spoke per minute of your own speaking time. Under 110 can sound hesitant, over 170 hard to follow."),
                metric("fillerWordsPerMinute", "Filler words", fpm, "per min", 0.0, 3.0,
                        "Fillers such as \"um\", \"uh\", \"you know\" and \"like\" used as filler, per minute of speaking ("
                                + fillers + " in total). A few are natural; more than 3 a minute distract."),
                metric("longPauses", "Long pauses", timed ? (double) longPauses : null, "pauses", 0.0, 3.0,
                        "Silences of 5 seconds or more before or between your turns. A short pause to think is fine; many long ones suggest you were stuck."),
                metric("responseDelaySeconds", "Time to start answering", delay, "s", 0.5, 4.0,
                        "Average time from the end of a question to the start of your answer."),
                metric("talkRatio", "Your share of talk time", talkRatio, "of talk", 0.55, 0.8,
                        "Your speaking time over all speaking time. In an interview you should do most of the talking, but not all of it."),
                metric("averageAnswerSeconds", "Average answer length", averageAnswer, "s", 30.0, 150.0,
                        "How long your answers ran on average. Under 30 seconds rarely shows enough; over 2½ minutes loses the listener."));
        return new SpeechAnalytics(wpm, fpm, fillers, longPauses, talkRatio, durations, metrics);
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

    private static Double seconds(List<ReportTurn> turns) {
        long total = 0;
        boolean any = false;
        for (ReportTurn turn : turns) {
            Long d = duration(turn);
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
