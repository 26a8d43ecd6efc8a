package com.interviewed.interview;

import com.interviewed.interviewer.Utterance;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What has been said in a live interview, in order, as the interviewer sees it: one utterance per transcript line,
 * replaced when the line is corrected, continued or cut short. Thread-safe; its lock guards only this list.
 */
final class SpokenHistory {

    private final List<Utterance> utterances = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();

    SpokenHistory(List<TranscriptTurn> transcript) {
        for (TranscriptTurn turn : transcript) {
            put(turn.id().toString(), new Utterance(turn.role(), turn.speaker(), turn.text()));
        }
    }

    /** Adds the line {@code messageId}, or replaces it if it is there. */
    synchronized void put(String messageId, Utterance utterance) {
        Integer at = index.get(messageId);
        if (at == null) {
            index.put(messageId, utterances.size());
            utterances.add(utterance);
        } else {
            utterances.set(at, utterance);
        }
    }

    /** The line {@code messageId}, or null. */
    synchronized Utterance get(String messageId) {
        Integer at = index.get(messageId);
        return at == null ? null : utterances.get(at);
    }

    synchronized List<Utterance> snapshot() {
        return List.copyOf(utterances);
    }
}
