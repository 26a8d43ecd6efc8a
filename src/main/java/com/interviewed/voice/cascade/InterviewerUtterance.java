package com.interviewed.voice.cascade;

import java.util.ArrayList;
import java.util.List;

/**
 * One interviewer utterance being played in the browser. The browser plays audio in real time from when the first
 * chunk arrives, so elapsed time tells how much was heard when the candidate barges in.
 */
final class InterviewerUtterance {

    private record Sentence(String text, long durationMillis) {
    }

    final String messageId;
    final String fullText;
    private final List<Sentence> sentences = new ArrayList<>();
    private long startedAtMillis = -1;
    private volatile boolean cancelled;
    private volatile boolean announced;
    private boolean synthesisDone;

    InterviewerUtterance(String messageId, String fullText) {
        this.messageId = messageId;
        this.fullText = fullText;
    }

    synchronized void played(String sentence, long durationMillis, long nowMillis) {
        if (startedAtMillis < 0) {
            startedAtMillis = nowMillis;
        }
        sentences.add(new Sentence(sentence, durationMillis));
    }

    synchronized void synthesisDone() {
        synthesisDone = true;
    }

    /** The browser was told of this utterance (its transcript line and audio start). */
    void announce() {
        announced = true;
    }

    boolean announced() {
        return announced;
    }

    void cancel() {
        cancelled = true;
    }

    boolean cancelled() {
        return cancelled;
    }

    synchronized long audioMillis() {
        return sentences.stream().mapToLong(Sentence::durationMillis).sum();
    }

    /** When the browser will have played everything sent so far (or {@code now} if nothing was sent). */
    synchronized long playbackEndMillis(long nowMillis) {
        return startedAtMillis < 0 ? nowMillis : startedAtMillis + audioMillis();
    }

    /** Still audible at {@code nowMillis}: more audio is coming, or what was sent has not finished playing. */
    synchronized boolean audibleAt(long nowMillis, long marginMillis) {
        return !synthesisDone || nowMillis < playbackEndMillis(nowMillis) + marginMillis;
    }

    /** The words the candidate heard by {@code nowMillis}: whole sentences, then a share of the current one. */
    synchronized String spokenBy(long nowMillis) {
        if (startedAtMillis < 0) {
            return "";
        }
        long elapsed = nowMillis - startedAtMillis;
        StringBuilder spoken = new StringBuilder();
        for (Sentence sentence : sentences) {
            if (elapsed >= sentence.durationMillis()) {
                spoken.append(sentence.text()).append(' ');
                elapsed -= sentence.durationMillis();
                continue;
            }
            String[] words = sentence.text().split("\\s+");
            int heard = (int) (words.length * elapsed / Math.max(1, sentence.durationMillis()));
            for (int i = 0; i < heard; i++) {
                spoken.append(words[i]).append(' ');
            }
            break;
        }
        return spoken.toString().strip();
    }
}
