package com.interviewed.interviewer;

import com.interviewed.interviewer.InterviewerReply.Action;
import com.interviewed.questions.PlannedQuestion;
import com.interviewed.questions.QuestionCategory;

/**
 * Checks a model's {@link TurnDecision} against the plan and turns it into a reply: indices in range, never a step
 * already asked, follow-ups within their limit, no early end. Speakers, challenge ids and actions come from the
 * plan, not from the model.
 */
final class TurnValidator {

    private final InterviewerProperties properties;

    TurnValidator(InterviewerProperties properties) {
        this.properties = properties;
    }

    InterviewerReply toReply(InterviewContext context, CandidateInput input, TurnDecision decision) {
        if (decision == null || decision.move() == null || !TurnDecision.MOVES.contains(decision.move())) {
            throw new InvalidTurnException("unknown move " + (decision == null ? null : decision.move()));
        }
        String text = decision.text() == null ? "" : decision.text().strip();
        if (text.isEmpty() && !decision.move().equals("wait")) {
            throw new InvalidTurnException("empty text for move " + decision.move());
        }
        Conversation c = new Conversation(context);
        if (input instanceof CandidateInput.EndRequested) {
            // The candidate decides to stop; whatever the model chose, this turn ends the interview.
            return new InterviewerReply(text, context.speakerIndex(), context.questionIndex(), 0, Action.END, null);
        }
        boolean notStarted = c.currentStep().isEmpty();
        return switch (decision.move()) {
            case "next_step" -> nextStep(c, decision.nextStepIndex(), text);
            case "end" -> end(c, text);
            case "follow_up" -> {
                if (notStarted) {
                    throw new InvalidTurnException("follow_up before the first question");
                }
                if (context.followUpsAsked() >= followUpLimit(c.currentStep().get())) {
                    throw new InvalidTurnException("follow-up limit reached on step " + context.questionIndex());
                }
                yield stay(context, text, context.followUpsAsked() + 1, Action.CONTINUE);
            }
            case "wait" -> stay(context, text, context.followUpsAsked(), Action.WAIT);
            default -> {
                if (notStarted) {
                    throw new InvalidTurnException("stay before the first question");
                }
                yield stay(context, text, context.followUpsAsked(), Action.CONTINUE);
            }
        };
    }

    private int followUpLimit(PlannedQuestion step) {
        return switch (step.category()) {
            case CODING -> CodeReviewQuestions.COUNT;
            case CANDIDATE_QUESTIONS -> properties.maxCandidateQuestions();
            default -> properties.followUps().maxPerStep();
        };
    }

    private InterviewerReply nextStep(Conversation c, Integer index, String text) {
        if (index == null || index < 0 || index >= c.steps().size()) {
            throw new InvalidTurnException("step index " + index + " out of range 0.." + (c.steps().size() - 1));
        }
        PlannedQuestion step = c.steps().get(index);
        if (index == c.context().questionIndex() || c.isAsked(step)) {
            throw new InvalidTurnException("step " + step.id() + " was already asked");
        }
        int speaker = c.speakerFor(step);
        if (step.category() == QuestionCategory.CLOSING) {
            return new InterviewerReply(text, speaker, index, 0, Action.END, null);
        }
        if (step.category() == QuestionCategory.CODING) {
            return new InterviewerReply(text, speaker, index, 0, Action.CODE_CHALLENGE, step.challengeId());
        }
        boolean handOff = speaker != c.context().speakerIndex()
                && c.history().stream().anyMatch(line -> Conversation.INTERVIEWER.equalsIgnoreCase(line.role()));
        return new InterviewerReply(text, speaker, index, 0, handOff ? Action.HAND_OFF : Action.CONTINUE, null);
    }

    /** Ending is allowed once only the candidate's questions or the close remain. */
    private InterviewerReply end(Conversation c, String text) {
        boolean questionsLeft = c.steps().stream().skip(Math.max(c.context().questionIndex() + 1, 0))
                .anyMatch(step -> !c.isAsked(step) && !step.reserve() && step.category() != QuestionCategory.CLOSING
                        && step.category() != QuestionCategory.CANDIDATE_QUESTIONS);
        if (questionsLeft) {
            throw new InvalidTurnException("end while plan steps remain");
        }
        // Land on the plan's closing step when there is one, so that it counts as asked like any other.
        int closing = c.nextUnaskedIndex();
        int index = closing >= 0 && c.steps().get(closing).category() == QuestionCategory.CLOSING ? closing
                : c.context().questionIndex();
        return new InterviewerReply(text, c.context().speakerIndex(), index, 0, Action.END, null);
    }

    private static InterviewerReply stay(InterviewContext context, String text, int followUps, Action action) {
        return new InterviewerReply(text, context.speakerIndex(), context.questionIndex(), followUps, action, null);
    }
}
