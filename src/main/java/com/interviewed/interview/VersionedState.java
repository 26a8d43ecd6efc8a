package com.interviewed.interview;

import com.interviewed.interviewer.InterviewerReply;
import com.interviewed.questions.InterviewPlan;

/**
 * A live interview's {@link ConversationState} with a version that counts committed moves, so that a move decided on
 * a snapshot can be committed later only if nothing else was committed meanwhile. Thread-safe; its lock guards only
 * these fields and is never held across a database, socket or interviewer call.
 */
final class VersionedState {

    /** The state a commit moved from and to. */
    record Change(ConversationState before, ConversationState after) {
    }

    /** A consistent view to decide on. */
    record Snapshot(ConversationState state, long version, String latestCode) {
    }

    private final InterviewPlan plan;
    private ConversationState state;
    private long version;
    private String latestCode;
    private boolean endAfterSpeaking;
    private boolean ended;

    VersionedState(InterviewPlan plan, ConversationState state) {
        this.plan = plan;
        this.state = state;
    }

    synchronized ConversationState state() {
        return state;
    }

    /** Null once the interview has ended. */
    synchronized Snapshot snapshot() {
        return ended ? null : new Snapshot(state, version, latestCode);
    }

    /**
     * Applies {@code reply} if the state is still at version {@code decidedOn} (or whatever it is, for -1); null if
     * the move is stale or the interview has ended.
     */
    synchronized Change advance(InterviewerReply reply, long decidedOn) {
        if (ended || (decidedOn >= 0 && decidedOn != version)) {
            return null;
        }
        ConversationState before = state;
        int question = reply.questionIndex();
        String askedId = question >= 0 && question < plan.steps().size() ? plan.steps().get(question).id() : null;
        String challengeId = reply.action() == InterviewerReply.Action.CODE_CHALLENGE ? reply.challengeId()
                : state.challengeId();
        state = state.advance(reply.speakerIndex(), question, reply.followUpsAsked(), askedId, challengeId);
        version++;
        if (reply.action() == InterviewerReply.Action.END) {
            endAfterSpeaking = true;
        }
        return new Change(before, state);
    }

    synchronized void code(String code) {
        latestCode = code;
    }

    synchronized boolean endAfterSpeaking() {
        return endAfterSpeaking;
    }

    synchronized boolean ended() {
        return ended;
    }

    /** True for the one caller that ended it. */
    synchronized boolean end() {
        if (ended) {
            return false;
        }
        ended = true;
        return true;
    }
}
