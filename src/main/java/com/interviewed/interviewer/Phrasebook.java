package com.interviewed.interviewer;

import java.util.List;

/**
 * What the deterministic interviewer says besides the plan's questions and the persona's own lines, in a warm and
 * a direct phrasing. Silence prompts and move-on offers are also how the interviewer recognises, in the history,
 * that it already prompted: keep them distinct from anything else said here.
 */
record Phrasebook(List<String> acknowledgements, List<String> transitions, List<String> repeatLeadIns,
        List<String> reassurances, List<String> hintLeadIns, List<String> skipLeadIns, List<String> waits,
        List<String> silencePrompts, List<String> moveOnOffers, List<String> movingOn, List<String> shortAnswerProbes,
        List<String> exampleProbes, List<String> resultProbes, List<String> followUpLeadIns, String codingAnnouncement,
        List<String> codingEncouragements, List<String> codingCheckIns, List<String> codingHints,
        String anyOtherQuestions, String goAhead, String noQuestions, String thanksForQuestions, String endRequested,
        String resume,
        String introduction, String greeting, String closing) {

    static Phrasebook of(Tone tone) {
        return tone == Tone.DIRECT ? DIRECT : WARM;
    }

    /** Acknowledgements that neither praise nor judge, for answers that did not earn praise. */
    List<String> neutralAcknowledgements() {
        return this == DIRECT ? List.of("Okay.", "Understood.", "Noted.", "Alright.")
                : List.of("Okay, thank you.", "Thanks.", "Alright, thanks.", "Got it, thank you.");
    }

    private static final Phrasebook WARM = new Phrasebook(
            List.of("Thanks, that's helpful.", "Great, thank you.", "I appreciate the detail.",
                    "Thanks for sharing that.", "That's really interesting."),
            List.of("Let's move on.", "Let's change gears a little.", "I'd like to ask you about something else."),
            List.of("Of course, let me say that again.", "Sure, no problem. Here it is again.",
                    "Happy to repeat it."),
            List.of("That's completely fine, it's a tricky one.", "No worries at all.",
                    "That's okay, not everyone has come across this."),
            List.of("Maybe think about it this way:", "Here's a hint that might help:"),
            List.of("Let's move on to something else.", "Let's try a different question."),
            List.of("Take your time.", "Sure, take a moment."),
            List.of("Take your time. Whenever you're ready, just start with whatever comes to mind.",
                    "No rush at all. It can help to think out loud."),
            List.of("If you'd prefer, we can skip this one. Shall we move on to the next question?"),
            List.of("Let's go on to the next one.", "Let's leave that one there."),
            List.of("Could you tell me a bit more about that?", "Could you expand on that a little?"),
            List.of("Could you walk me through a specific example?",
                    "Can you think of a particular time you did that?"),
            List.of("And what was the outcome?", "How did it turn out in the end?"),
            List.of("Thanks.", "Okay, thank you.", "I see."),
            "Now let's do a short coding exercise. I'm opening the editor with the problem for you. Feel free to "
                    + "think out loud as you go, and run the tests whenever you like.",
            List.of("Sounds good, keep going.", "That makes sense, carry on.", "Okay, I'm following."),
            List.of("How are you getting on? Feel free to think out loud."),
            List.of("Try starting with the simplest approach that works, then we can improve it.",
                    "It might help to work through a small example by hand first."),
            "Do you have any other questions?",
            "Sure, go ahead.",
            "That's absolutely fine.",
            "Thanks for your questions.",
            "Of course, we can stop here.",
            "Let's pick up where we left off.",
            "Hi, I'm {name}, the {panelRole} on the team.",
            "Hello {candidate}, I'm {name}. Thanks for joining me for this {role} interview.",
            "Thank you for your time today, {candidate}. That's the end of the interview, and your feedback will "
                    + "be ready shortly.");

    private static final Phrasebook DIRECT = new Phrasebook(
            List.of("Okay.", "Understood.", "Noted.", "Clear.", "Right."),
            List.of("Next question.", "Moving on.", "Different topic."),
            List.of("Sure. The question is:", "Let me repeat that.", "Again:"),
            List.of("That's fine.", "Okay, no problem."),
            List.of("Consider this:", "A pointer:"),
            List.of("Let's move on.", "Let's leave that one there."),
            List.of("Sure.", "Go ahead when ready."),
            List.of("Whenever you're ready.", "Go ahead when you're ready."),
            List.of("Should we move on to the next question?"),
            List.of("Moving on.", "Next one."),
            List.of("Can you elaborate?", "Give me more detail."),
            List.of("Give me a specific example.", "Which concrete case are you thinking of?"),
            List.of("What was the measurable result?", "What was the outcome?"),
            List.of("Okay.", "Right."),
            "Next, a coding exercise. The problem is in the editor now. Talk me through your approach and run the "
                    + "tests when you're ready.",
            List.of("Okay, go on.", "Understood, continue."),
            List.of("Status check: where are you with it?"),
            List.of("Start with a brute-force solution, then optimise.", "Work a small example by hand first."),
            "Any other questions?",
            "Go ahead.",
            "Fine.",
            "Thanks for the questions.",
            "Understood, we'll stop here.",
            "Let's continue where we were.",
            "I'm {name}, the {panelRole}.",
            "Hello {candidate}, I'm {name}. This is your {role} interview.",
            "Thanks for your time, {candidate}. That concludes the interview; your feedback will follow shortly.");
}
