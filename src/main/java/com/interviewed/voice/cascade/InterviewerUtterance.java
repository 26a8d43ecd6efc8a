package com.interviewed.voice.cascade;

import com.interviewed.voice.InterviewerMove;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One interviewer utterance being played in the browser, sentence by sentence. The browser plays audio in real time
 * from when the first chunk arrives, so elapsed time tells how much was heard when the candidate barges in.
 *
 * <p>Whoever {@linkplain #stop stops} it first (the worker finishing or superseding it, or the candidate's
 * interruption on the audio thread) owns the record of how it ended: the flag is flipped atomically, so an
 * utterance is never recorded twice nor left playing after an interruption.
 */
final class InterviewerUtterance {

    private record Played(int sentence, long durationMillis) {
    }

    final String messageId;
    final String fullText;
    final int speakerIndex;
    final String voice;
    final InterviewerMove move;
    /** The sentences to say; a resumed utterance says only the rest of {@link #fullText}. */
    final List<String> sentences;
    private final int firstSentence;
    private final List<Played> played = new ArrayList<>();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private long startedAtMillis = -1;
    private boolean synthesisDone;
    private volatile boolean announced;
    /** When the answer this replies to was recognised ({@link System#nanoTime}), to time the reply; 0 if none. */
    private volatile long recognisedAt;

    InterviewerUtterance(String messageId, String fullText, int speakerIndex, String voice, InterviewerMove move) {
        this(messageId, fullText, speakerIndex, voice, move, SentenceSplitter.split(fullText), 0, false);
    }

    private InterviewerUtterance(String messageId, String fullText, int speakerIndex, String voice,
            InterviewerMove move, List<String> sentences, int firstSentence, boolean announced) {
        this.messageId = messageId;
        this.fullText = fullText;
        this.speakerIndex = speakerIndex;
        this.voice = voice;
        this.move = move;
        this.sentences = sentences;
        this.firstSentence = firstSentence;
        this.announced = announced;
    }

    /** The rest of this utterance, from the sentence being heard at {@code atMillis} (after a false interruption). */
    synchronized InterviewerUtterance resumedAt(long atMillis) {
        int from = sentenceAt(atMillis);
        List<String> all = SentenceSplitter.split(fullText);
        return new InterviewerUtterance(messageId, fullText, speakerIndex, voice, move,
                all.subList(Math.min(from, all.size()), all.size()), from, true);
    }

    synchronized void played(int index, long durationMillis, long nowMillis) {
        if (startedAtMillis < 0) {
            startedAtMillis = nowMillis;
        }
        played.add(new Played(firstSentence + index, durationMillis));
    }

    synchronized void synthesisDone() {
        synthesisDone = true;
    }

    void timedFrom(long recognisedAtNanos) {
        recognisedAt = recognisedAtNanos;
    }

    long recognisedAt() {
        return recognisedAt;
    }

    /** The browser was told of this utterance (its transcript line and audio start). */
    void announce() {
        announced = true;
    }

    boolean announced() {
        return announced;
    }

    /** True for the one caller that stopped it (any thread); false if it was already stopped. */
    boolean stop() {
        return stopped.compareAndSet(false, true);
    }

    boolean stopped() {
        return stopped.get();
    }

    /** When the browser will have played everything sent so far (or {@code now} if nothing was sent). */
    synchronized long playbackEndMillis(long nowMillis) {
        return startedAtMillis < 0 ? nowMillis : startedAtMillis + played.stream().mapToLong(Played::durationMillis).sum();
    }

    /** Still audible at {@code nowMillis}: more audio is coming, or what was sent has not finished playing. */
    synchronized boolean audibleAt(long nowMillis, long marginMillis) {
        return !synthesisDone || nowMillis < playbackEndMillis(nowMillis) + marginMillis;
    }

    /** The words the candidate heard by {@code nowMillis}: whole sentences, then a share of the current one. */
    synchronized String spokenBy(long nowMillis) {
        List<String> all = SentenceSplitter.split(fullText);
        StringBuilder spoken = new StringBuilder();
        for (int i = 0; i < firstSentence && i < all.size(); i++) {
            spoken.append(all.get(i)).append(' ');
        }
        if (startedAtMillis >= 0) {
            long elapsed = nowMillis - startedAtMillis;
            for (Played sentence : played) {
                String text = all.get(sentence.sentence());
                if (elapsed >= sentence.durationMillis()) {
                    spoken.append(text).append(' ');
                    elapsed -= sentence.durationMillis();
                    continue;
                }
                String[] words = text.split("\\s+");
                int heard = (int) (words.length * elapsed / Math.max(1, sentence.durationMillis()));
                for (int i = 0; i < heard; i++) {
                    spoken.append(words[i]).append(' ');
                }
                break;
            }
        }
        return spoken.toString().strip();
    }

    /** Index in {@link #fullText}'s sentences of the one being heard at {@code atMillis}. */
    private int sentenceAt(long atMillis) {
        if (startedAtMillis < 0) {
            return firstSentence;
        }
        long elapsed = atMillis - startedAtMillis;
        for (Played sentence : played) {
            if (elapsed < sentence.durationMillis()) {
                return sentence.sentence();
            }
            elapsed -= sentence.durationMillis();
        }
        return played.isEmpty() ? firstSentence : played.get(played.size() - 1).sentence() + 1;
    }
}
