package com.interviewed.cloud;

import com.interviewed.interviewer.InterviewerReply;
import com.interviewed.questions.Persona;
import com.interviewed.questions.PlannedQuestion;
import com.interviewed.questions.QuestionCategory;
import com.interviewed.voice.VoiceConversation;
import com.interviewed.voice.VoiceSessionSpec;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The interviewer's control moves, which Nova makes as tool calls ({@link SonicTools}): where the interview stands
 * (which panelist speaks, which planned step is current) and the {@link InterviewerReply} each move becomes. The
 * session answers the tool on the stream and carries out what takes a new stream (a hand-off). Worker-confined.
 */
final class SonicToolHandler implements SonicTurnTracker.Speaker {

    /** What the session must do after answering the tool. */
    enum Next {
        NOTHING, END, HAND_OFF
    }

    record Outcome(Map<String, Object> result, Next next) {
    }

    private final VoiceSessionSpec spec;
    private final VoiceConversation conversation;
    private int speakerIndex;
    private int questionIndex = -1;

    SonicToolHandler(VoiceSessionSpec spec, VoiceConversation conversation) {
        this.spec = spec;
        this.conversation = conversation;
        this.speakerIndex = spec.speakerIndex();
    }

    /** The interview's opening move, as the interviewer planned it (null when resuming with nothing planned). */
    void opened(InterviewerReply opening) {
        speakerIndex = opening.speakerIndex();
        questionIndex = opening.questionIndex();
    }

    @Override
    public int index() {
        return speakerIndex;
    }

    @Override
    public String name() {
        return speaker().name();
    }

    Persona speaker() {
        return persona(speakerIndex);
    }

    Outcome run(String name) {
        return switch (name) {
            case SonicTools.CODING -> new Outcome(issueChallenge(), Next.NOTHING);
            case SonicTools.END -> new Outcome(Map.of("ok", true, "instruction", "Say goodbye in one sentence."),
                    Next.END);
            case SonicTools.HAND_OFF -> speakerIndex + 1 >= spec.interviewers().size()
                    ? new Outcome(Map.of("ok", false, "error", "You are the last panelist: close the interview with "
                            + SonicTools.END + "."), Next.NOTHING)
                    : new Outcome(Map.of("ok", true), Next.HAND_OFF);
            default -> new Outcome(Map.of("ok", false, "error", "unknown tool " + name), Next.NOTHING);
        };
    }

    /** Nova said its closing words (or the grace period for them passed): the interview ends. */
    void end(String text) {
        conversation.control(new InterviewerReply(text, speakerIndex, lastStepIndex(), 0,
                InterviewerReply.Action.END, null));
    }

    /** The next panelist takes over at their first planned step; returns the one who handed over. */
    Persona handOverToNext() {
        Persona previous = speaker();
        int from = questionIndex;
        speakerIndex++;
        questionIndex = firstStepOf(speaker(), from);
        conversation.control(new InterviewerReply("", speakerIndex, questionIndex, 0,
                InterviewerReply.Action.HAND_OFF, null));
        return previous;
    }

    private Map<String, Object> issueChallenge() {
        List<PlannedQuestion> steps = spec.plan().steps();
        int index = codingStep(Math.max(0, questionIndex));
        if (index < 0) {
            index = codingStep(0);
        }
        if (index < 0) {
            return Map.of("ok", false, "error", "This interview has no coding challenge.");
        }
        questionIndex = index;
        PlannedQuestion step = steps.get(index);
        conversation.control(new InterviewerReply(step.text(), speakerIndex, index, 0,
                InterviewerReply.Action.CODE_CHALLENGE, step.challengeId()));
        return Map.of("ok", true, "challenge", step.text());
    }

    /** The first coding step with a challenge from {@code from} on, or -1. */
    private int codingStep(int from) {
        List<PlannedQuestion> steps = spec.plan().steps();
        for (int i = from; i < steps.size(); i++) {
            if (steps.get(i).category() == QuestionCategory.CODING && steps.get(i).challengeId() != null) {
                return i;
            }
        }
        return -1;
    }

    private int firstStepOf(Persona persona, int after) {
        List<PlannedQuestion> steps = spec.plan().steps();
        for (int i = Math.max(0, after); i < steps.size(); i++) {
            if (Objects.equals(steps.get(i).panelRole(), persona.panelRole())) {
                return i;
            }
        }
        return Math.max(0, Math.min(after + 1, steps.size() - 1));
    }

    private int lastStepIndex() {
        return Math.max(0, spec.plan().steps().size() - 1);
    }

    private Persona persona(int index) {
        List<Persona> all = spec.interviewers();
        return all.get(Math.max(0, Math.min(index, all.size() - 1)));
    }
}
