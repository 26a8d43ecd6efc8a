package com.interviewed.interview;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a conversation stands, stored with the interview so that a reconnect or restart resumes exactly there.
 *
 * @param personaIds     the interviewer personas (one, or the panel in speaking order)
 * @param introduced     which of them have already introduced themselves
 * @param challengeId    the coding challenge currently open, or {@code null}
 */
record ConversationState(List<String> personaIds, List<Boolean> introduced, int speakerIndex, int questionIndex,
        int followUpsAsked, List<String> askedIds, String challengeId) {

    static ConversationState initial(List<String> personaIds) {
        List<Boolean> introduced = new ArrayList<>();
        personaIds.forEach(id -> introduced.add(false));
        return new ConversationState(List.copyOf(personaIds), introduced, 0, -1, 0, List.of(), null);
    }

    boolean started() {
        return questionIndex >= 0;
    }

    ConversationState advance(int newSpeaker, int newQuestion, int followUps, String askedId, String challenge) {
        List<String> asked = new ArrayList<>(askedIds);
        if (askedId != null && !asked.contains(askedId)) {
            asked.add(askedId);
        }
        List<Boolean> intro = new ArrayList<>(introduced);
        if (newSpeaker >= 0 && newSpeaker < intro.size()) {
            intro.set(newSpeaker, true);
        }
        return new ConversationState(personaIds, intro, newSpeaker, newQuestion, followUps, List.copyOf(asked),
                challenge);
    }
}
