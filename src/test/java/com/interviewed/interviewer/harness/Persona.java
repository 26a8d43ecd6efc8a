package com.interviewed.interviewer.harness;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Scripted simulated candidates. Each knows the plan (as a candidate who has prepared knows the subject: a strong
 * one can say the expected points in its own words) and answers the interviewer's latest line in character.
 */
enum Persona {
    STRONG, TYPICAL, WEAK, OFF_TOPIC, REPEATER, ONE_WORD, ASKS_BACK, STUCK_ON_CODE, INTERRUPTS, TWO_AT_ONCE;

    /** What the candidate does next; {@code kind} is the intent, used by the criteria. */
    record Reply(String text, String kind) {
    }

    /** Where the conversation is, as the candidate sees it. */
    record Turn(String line, Step step, boolean newStep, int repliesToStep, int contentStepsSeen, Step nextContent,
            String role) {

        /** The interviewer's line asks something other than the step's own question (a follow-up, a hint). */
        boolean followUp() {
            return step != null && !line.contains(step.text());
        }
    }

    static final String OFF_TOPIC_ANSWER = "Honestly my weekends are all about football. I play in a five a side "
            + "league on Saturdays, and afterwards I cook a big pasta dinner for friends with fresh basil, garlic and "
            + "tomatoes from the market.";
    static final String REPEATED_ANSWER = "I usually work closely with the people around me, I keep my work tidy "
            + "and I always check everything carefully before I hand it over to anyone else.";
    /**
     * Why a point matters, as a prepared candidate says it: with these, a strong answer runs to about a minute and
     * a typical one to half that (110-150 and 50-70 words at 2.3 words a second), the length interview coaches
     * recommend, rather than a list of bullet points read out in twenty seconds.
     */
    private static final List<String> REASONS = List.of(
            "I start there because it is cheap to check and it usually narrows the problem down quickly.",
            "That matters because it is where I have seen things go wrong most often.",
            "I learned that one the hard way on an earlier project, so now I do it from the start.",
            "It also makes the decision easy to explain to the rest of the team afterwards.",
            "Skipping it tends to cost more later than doing it properly now.");
    /** How a typical candidate rounds an answer off: each a habit, and none the same twice in a row. */
    private static final List<String> TYPICAL_ENDINGS = List.of(
            "I'd talk it through with the people involved before deciding, because they usually know things I "
                    + "don't.",
            "I'd try the simplest version first and adjust once I saw how it behaved in practice.",
            "I'd write down what I decided and why, so the next person does not have to guess.",
            "I'd keep an eye on it over the following weeks to make sure it actually helped.");
    private static final List<String> ONE_WORDS = List.of("Sometimes.", "Yes.", "Maybe.", "Probably.", "Not really.");
    private static final Pattern LEADING_VERB = Pattern.compile(
            "^(?i)(explains|names|describes|mentions|discusses|gives|justifies|considers|identifies|uses|shows|"
                    + "separates|reflects on|reflects|says|talks about|covers|notes|knows|chooses|compares|"
                    + "suggests|proposes|asks about|asks|defines|lists|states)\\s+");

    Reply reply(Turn t) {
        String category = t.step() == null ? "WARMUP" : t.step().category();
        switch (category) {
            case "CANDIDATE_QUESTIONS" -> {
                return candidateQuestions(t);
            }
            case "CLOSING" -> {
                return new Reply("No, that's everything, thank you.", "DONE");
            }
            case "CODING" -> {
                return coding(t);
            }
            case "WARMUP" -> {
                return warmUp(t);
            }
            default -> {
                return content(t);
            }
        }
    }

    private Reply warmUp(Turn t) {
        if (t.repliesToStep() >= 1) {
            // A follow-up on the introduction: a real candidate answers it, rather than saying their intro again.
            return switch (this) {
                case WEAK -> new Reply("I'm not sure. Probably my current job.", "WEAK");
                case ONE_WORD -> new Reply("Probably.", "ONE_WORD");
                default -> new Reply("The logistics startup taught me the most. There were only eight engineers, so "
                        + "I owned problems end to end, from talking to the warehouse staff to fixing the database "
                        + "at night. That is where I learned to write decisions down and to ship in small steps, "
                        + "and it is why I want more ownership again.", "ANSWER");
            };
        }
        return switch (this) {
            case WEAK -> new Reply("I'm a developer. I do some work on apps.", "WEAK");
            case ONE_WORD -> new Reply("Developer.", "ONE_WORD");
            default -> new Reply("I'm a " + t.role().replace('-', ' ') + " with six years of experience. At the "
                    + "moment I work on a payments platform called Ledgerly, where I lead a small team and look after "
                    + "the public API. Before that I spent three years at a logistics startup. I'm looking for a "
                    + "role with more ownership of the product and the people side.", "ANSWER");
        };
    }

    private Reply content(Turn t) {
        Step step = t.step();
        boolean followUp = t.followUp();
        switch (this) {
            case STRONG, INTERRUPTS -> {
                return followUp ? new Reply(followUpAnswer(t, true), "ANSWER") : new Reply(strong(step), "ANSWER");
            }
            case TYPICAL -> {
                return followUp ? new Reply(followUpAnswer(t, false), "ANSWER") : new Reply(typical(step), "ANSWER");
            }
            case WEAK -> {
                if (t.repliesToStep() >= 1) {
                    return new Reply("I don't know, sorry.", "STUCK");
                }
                return new Reply("I'm not sure. I think I would just try something and see if it works.", "WEAK");
            }
            case ONE_WORD -> {
                return new Reply(ONE_WORDS.get((t.contentStepsSeen() + t.repliesToStep()) % ONE_WORDS.size()),
                        "ONE_WORD");
            }
            case OFF_TOPIC -> {
                if (t.contentStepsSeen() == 1 && t.repliesToStep() == 0) {
                    return new Reply(OFF_TOPIC_ANSWER, "OFF_TOPIC");
                }
                return followUp ? new Reply(followUpAnswer(t, false), "ANSWER") : new Reply(typical(step), "ANSWER");
            }
            case REPEATER -> {
                if (t.contentStepsSeen() <= 3 && t.repliesToStep() == 0) {
                    return new Reply(REPEATED_ANSWER, t.contentStepsSeen() == 1 ? "VAGUE" : "REPEATED");
                }
                return followUp ? new Reply(followUpAnswer(t, false), "ANSWER") : new Reply(typical(step), "ANSWER");
            }
            case ASKS_BACK -> {
                if (t.newStep() && t.repliesToStep() == 0 && t.contentStepsSeen() == 1) {
                    return new Reply("Do you mean in my current job specifically, or in general?", "CLARIFICATION");
                }
                if (t.newStep() && t.repliesToStep() == 0 && t.contentStepsSeen() == 2) {
                    return new Reply("Before I answer, how does the team decide what to build next?", "QUESTION");
                }
                return followUp ? new Reply(followUpAnswer(t, false), "ANSWER") : new Reply(typical(step), "ANSWER");
            }
            case TWO_AT_ONCE -> {
                if (t.contentStepsSeen() == 1 && t.repliesToStep() == 0 && t.nextContent() != null) {
                    return new Reply(strong(step) + " And that connects to another topic. " + strong(t.nextContent()),
                            "TWO_AT_ONCE");
                }
                return followUp ? new Reply(followUpAnswer(t, true), "ANSWER") : new Reply(strong(step), "ANSWER");
            }
            default -> {
                return followUp ? new Reply(followUpAnswer(t, false), "ANSWER") : new Reply(typical(step), "ANSWER");
            }
        }
    }

    private Reply candidateQuestions(Turn t) {
        int asked = t.repliesToStep();
        return switch (this) {
            case WEAK, ONE_WORD -> new Reply("No.", "DONE");
            case ASKS_BACK -> asked == 0 ? new Reply("What would my first few months in the role look like?", "QUESTION")
                    : asked == 1 ? new Reply("Is there an on-call rota for the team?", "QUESTION")
                    : new Reply("No, that is all, thank you.", "DONE");
            case STRONG, TYPICAL -> asked == 0
                    ? new Reply("Yes. What is the biggest challenge the team is facing right now?", "QUESTION")
                    : new Reply("No, that is all, thank you.", "DONE");
            default -> new Reply("No, that is all, thank you.", "DONE");
        };
    }

    private Reply coding(Turn t) {
        if (this == STUCK_ON_CODE) {
            return switch (t.repliesToStep()) {
                case 0 -> new Reply("I'm stuck, I don't really know where to start.", "STUCK");
                case 2 -> new Reply(null, "RUN_STARTER_CODE");
                default -> new Reply("I'm thinking about maybe using a loop over the input, but I'm not sure yet.",
                        "THINKING");
            };
        }
        if (t.repliesToStep() == 0) {
            return new Reply(null, "RUN_SOLUTION");
        }
        return new Reply(switch ((t.repliesToStep() - 1) % 3) {
            case 0 -> "It runs in linear time with one pass over the input, and uses linear extra space for the map.";
            case 1 -> "For an empty input it returns an empty result straight away, and a single element works too.";
            default -> "I'd add a test with duplicates and negative numbers, since those are easy to get wrong.";
        }, "ANSWER");
    }

    // --- answers in the candidate's own words ------------------------------------------------------------------

    static String strong(Step step) {
        List<String> points = points(step);
        StringBuilder answer = new StringBuilder("Here's how I'd approach it. ");
        for (int i = 0; i < points.size(); i++) {
            answer.append(sentence(points.get(i))).append(' ').append(reason(step, i)).append(' ');
        }
        answer.append(evidence(step));
        return answer.toString().strip();
    }

    static String typical(Step step) {
        List<String> points = points(step);
        StringBuilder answer = new StringBuilder("I think ");
        int half = Math.max(1, (points.size() + 1) / 2 - 1);
        for (int i = 0; i < half && i < points.size(); i++) {
            answer.append(i == 0 ? lowerFirst(sentence(points.get(i))) + " " + reason(step, 0)
                    : sentence(points.get(i))).append(' ');
        }
        answer.append(TYPICAL_ENDINGS.get(Math.floorMod(step.id().hashCode(), TYPICAL_ENDINGS.size()))).append(' ');
        if (step.category().equals("BEHAVIOURAL") || step.category().equals("RESUME")) {
            answer.append("At my last job I handled something like that with the team and it went well.");
        }
        return answer.toString().strip();
    }

    /** A follow-up answered with the points not said yet, and (strong) evidence. */
    private static String followUpAnswer(Turn t, boolean strong) {
        List<String> points = points(t.step());
        int from = Math.min(points.size(), 1 + t.repliesToStep());
        StringBuilder answer = new StringBuilder(strong ? "Good question. " : "Hmm, ");
        for (int i = from; i < points.size() && i < from + (strong ? 3 : 1); i++) {
            answer.append(sentence(points.get(i))).append(' ');
            answer.append(reason(t.step(), i + t.repliesToStep())).append(' ');
        }
        answer.append(strong ? "We measured it with error rates and latency dashboards, and failures dropped by "
                + "about forty percent within a month." : "I would probably check that with the team.");
        return answer.toString().strip();
    }

    private static String evidence(Step step) {
        return switch (step.category()) {
            case "BEHAVIOURAL", "RESUME" -> "For example, at my last job I led the rewrite of our billing service. "
                    + "I split the work with two colleagues, we shipped it in six weeks, and as a result failed "
                    + "payments dropped by thirty percent.";
            default -> "When I did this on Ledgerly, we measured the effect and cut errors by about a third.";
        };
    }

    /** The reason given for the point at {@code index}, varied by question so answers do not repeat each other. */
    private static String reason(Step step, int index) {
        return REASONS.get(Math.floorMod(step.id().hashCode() + index, REASONS.size()));
    }

    private static List<String> points(Step step) {
        return step == null || step.expectedPoints() == null ? List.of() : new ArrayList<>(step.expectedPoints());
    }

    /** An expected point as something the candidate says: "Explains X" → "I'd explain that X"-ish, "X." */
    static String sentence(String point) {
        String s = LEADING_VERB.matcher(point.strip()).replaceFirst("").replaceAll("[.]+$", "");
        return Character.toUpperCase(s.charAt(0)) + s.substring(1) + ".";
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
