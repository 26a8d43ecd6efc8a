package com.interviewed.interviewer;

import com.interviewed.interviewer.AnswerUnderstanding.Kind;
import com.interviewed.interviewer.InterviewerReply.Action;
import com.interviewed.questions.PlannedQuestion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the interviewer does with an answer to a question, driven by what the answer was
 * ({@link AnswerUnderstanding}): bring an off-topic answer back once, follow up on the most important missing
 * point naming what the candidate said, give a hint when they are stuck, answer their question, and otherwise
 * acknowledge honestly and move on (skipping what they already covered).
 */
final class AnswerMoves {

    static final String REDIRECT = "Let me bring us back to the question.";
    static final String REPEATED = "You told me about that a moment ago.";
    static final String HINT = "Here's a way in:";

    private static final Pattern EXAMPLE_FOLLOW_UP = Pattern.compile(
            "(?i)example|specific|a time|situation|instance|walk me through|concrete");
    private static final Pattern RESULT_FOLLOW_UP = Pattern.compile(
            "(?i)result|outcome|impact|measur|metric|learn|differen|turn out|success|know it worked");
    private static final Pattern LEADING_VERB = Pattern.compile(
            "^(?i)(explains|names|describes|mentions|discusses|gives|justifies|considers|identifies|uses|shows|"
                    + "separates|reflects on|reflects|says|talks about|covers|notes|knows|chooses|compares|"
                    + "suggests|proposes|asks about|asks|defines|lists|states)\\s+");

    private final InterviewerProperties properties;
    private final Turns turns;
    private final Pacing pacing;

    AnswerMoves(InterviewerProperties properties, Turns turns, Pacing pacing) {
        this.properties = properties;
        this.turns = turns;
        this.pacing = pacing;
    }

    InterviewerReply respond(Conversation c, PlannedQuestion step, AnswerUnderstanding answer, String said) {
        Phrasebook book = Turns.book(c.context().speaker());
        int asked = c.context().followUpsAsked();
        return switch (answer.kind()) {
            case REPEAT_REQUEST -> Turns.stay(c, Turns.join(c.pickFresh(book.repeatLeadIns(), "repeat"), step.text()),
                    asked, Action.CONTINUE);
            case TIME_REQUEST -> Turns.stay(c, c.pickFresh(book.waits(), "wait"), asked, Action.WAIT);
            case REPHRASE_REQUEST -> Turns.stay(c, Turns.join("Let me put it differently.", aboutLine(step),
                    step.text()), asked, Action.CONTINUE);
            case STUCK -> stuck(c, step, answer);
            case REFUSAL -> turns.advance(c, c.pick(book.skipLeadIns(), "skip"), answer);
            case DONE -> turns.advance(c, turns.neutralAcknowledgement(c), answer);
            case CLARIFICATION -> Turns.stay(c, Turns.join(clarification(step), "So:", step.text()), asked,
                    Action.CONTINUE);
            case QUESTION_TO_INTERVIEWER -> Turns.stay(c, Turns.join(turns.candidateAnswers().answer(c, said), "Now, back to my question.", step.text()), asked,
                    Action.CONTINUE);
            case OFF_TOPIC, REPEATED -> offTopic(c, step, answer);
            case KEYWORD_ECHO, EVASIVE, THIN, ANSWER -> attempt(c, step, answer);
        };
    }

    private InterviewerReply offTopic(Conversation c, PlannedQuestion step, AnswerUnderstanding answer) {
        String last = c.lastInterviewerText();
        // The step's own counter, not only the history: a line the candidate talked over is stored cut short.
        if (c.context().followUpsAsked() > 0 || last.contains(REDIRECT) || last.contains(REPEATED)) {
            // Redirect once; a second answer past the question moves on without pretending it was answered.
            return turns.advance(c, "Let's leave that one there.", answer);
        }
        String lead = answer.kind() == Kind.REPEATED ? REPEATED + " For this question I'd like to hear something "
                + "new." : REDIRECT;
        return Turns.stay(c, Turns.join(lead, step.text()), c.context().followUpsAsked() + 1, Action.CONTINUE);
    }

    private InterviewerReply stuck(Conversation c, PlannedQuestion step, AnswerUnderstanding answer) {
        Phrasebook book = Turns.book(c.context().speaker());
        String reassurance = c.pickFresh(book.reassurances(), "reassure");
        boolean hinted = c.lastInterviewerText().contains(HINT) || c.context().followUpsAsked() > 0;
        Optional<String> hint = hint(step, answer);
        if (!hinted && hint.isPresent()) {
            return Turns.stay(c, Turns.join(reassurance, HINT, hint.get()), c.context().followUpsAsked() + 1,
                    Action.CONTINUE);
        }
        return turns.advance(c, Turns.join(reassurance, c.pick(book.skipLeadIns(), "skip")), answer);
    }

    /** Scaffolding, not a harder question: what to think about first, from the step's first expected point. */
    static Optional<String> hint(PlannedQuestion step, AnswerUnderstanding answer) {
        List<String> points = answer.missingPoints().isEmpty() ? step.expectedPoints() : answer.missingPoints();
        if (points == null || points.isEmpty()) {
            return Optional.empty();
        }
        String point = points.get(0).strip().replaceAll("\\s*\\(.*?\\)", "").replaceAll("[.]+$", "");
        String focus = LEADING_VERB.matcher(point).replaceFirst("");
        String first = point.split("\\s+")[0];
        // "Names an algorithm such as…" reads as "start with an algorithm such as…"; a point led by another verb
        // ("Reconciles totals…", "Explains each join correctly") is said as what a good answer does.
        boolean stripped = !focus.equals(point);
        boolean verbLed = !stripped && first.length() > 3 && first.endsWith("s") && !first.endsWith("ss")
                && Character.isUpperCase(first.charAt(0));
        if (verbLed || stripped && focus.matches(".*\\b\\w+ly$")) {
            return Optional.of("a good answer usually " + lowerFirst(point) + ". Where would you start?");
        }
        return Optional.of("start with " + lowerFirst(focus) + ", and build from there.");
    }

    private InterviewerReply attempt(Conversation c, PlannedQuestion step, AnswerUnderstanding answer) {
        Phrasebook book = Turns.book(c.context().speaker());
        int asked = c.context().followUpsAsked();
        Gap gap = gap(step, answer);
        if (gap == Gap.NONE && pacing.wellAhead(c) && !turns.unusedFollowUps(c, step).isEmpty()) {
            // A good answer with time to spare: a human interviewer would dig one level deeper.
            gap = Gap.DEEPER;
        }
        if (gap != Gap.NONE && asked < pacing.followUpsAllowed(c, answer)) {
            String followUp = followUp(c, step, answer, gap);
            String lead = switch (answer.kind()) {
                case KEYWORD_ECHO -> "That mostly restates the question.";
                case EVASIVE -> "Let's make that concrete.";
                default -> c.pickFresh(book.followUpLeadIns(), "follow-up");
            };
            return Turns.stay(c, Turns.join(lead, followUp), asked + 1, Action.CONTINUE);
        }
        return turns.advance(c, turns.acknowledgement(c, answer), answer);
    }

    enum Gap {
        NONE, LENGTH, POINT, EXAMPLE, RESULT, DEEPER
    }

    private Gap gap(PlannedQuestion step, AnswerUnderstanding answer) {
        if (answer.kind() != Kind.ANSWER) {
            return Gap.LENGTH;
        }
        if (properties.followUps().evidenceCategories().contains(step.category())) {
            if (!answer.hasExample()) {
                return Gap.EXAMPLE;
            }
            if (!answer.hasResult()) {
                return Gap.RESULT;
            }
        }
        int points = answer.coveredPoints().size() + answer.missingPoints().size();
        // Half the expected points missing: there is something specific worth asking about.
        return points > 0 && answer.coveredPoints().size() * 2 < points ? Gap.POINT : Gap.NONE;
    }

    /**
     * The step's unused follow-up closest to what is missing (an example, a result, or the most important missing
     * point), prefixed with something the candidate said; a generic probe when the bank's are used up.
     */
    private String followUp(Conversation c, PlannedQuestion step, AnswerUnderstanding answer, Gap gap) {
        List<String> unused = new ArrayList<>(turns.unusedFollowUps(c, step));
        Optional<String> chosen = Optional.empty();
        if (gap == Gap.EXAMPLE) {
            chosen = unused.stream().filter(f -> EXAMPLE_FOLLOW_UP.matcher(f).find()).findFirst();
        } else if (gap == Gap.RESULT) {
            chosen = unused.stream().filter(f -> RESULT_FOLLOW_UP.matcher(f).find()).findFirst();
        } else if (!answer.missingPoints().isEmpty() && !unused.isEmpty()) {
            List<String> missing = ContentWords.of(answer.missingPoints().get(0));
            chosen = unused.stream().max(Comparator.comparingInt(f -> ContentWords.overlap(ContentWords.of(f),
                    missing)));
        }
        if (chosen.isEmpty() && gap != Gap.EXAMPLE && gap != Gap.RESULT && !unused.isEmpty()) {
            chosen = Optional.of(unused.get(0));
        }
        Phrasebook book = Turns.book(c.context().speaker());
        String question = chosen.orElseGet(() -> c.pick(switch (gap) {
            case EXAMPLE -> book.exampleProbes();
            case RESULT -> book.resultProbes();
            default -> book.shortAnswerProbes();
        }, "probe"));
        // A generic probe ("Can you give an example?") is anchored to something the candidate said; a follow-up
        // from the bank is a question of its own, and a mention in front of it ("You mentioned Ledgerly. How long
        // would you keep idempotency keys?") reads as a non sequitur.
        String mention = answer.mention();
        if (chosen.isEmpty() && !mention.isBlank()
                && !question.toLowerCase(Locale.ROOT).contains(mention.toLowerCase(Locale.ROOT))) {
            return "You mentioned " + mention + ". " + question;
        }
        return question;
    }

    private static String aboutLine(PlannedQuestion step) {
        return step.competency() == null || step.competency().isBlank() ? ""
                : "This one is about " + lowerFirst(step.competency()) + ".";
    }

    /** What a clarifying question gets: the scope of the question, and licence to choose. */
    private static String clarification(PlannedQuestion step) {
        return "Good question. Answer it for whatever setting you know best, say which one you picked, and focus on "
                + (step.competency() == null ? "your reasoning" : lowerFirst(step.competency())) + ".";
    }

    static String lowerFirst(String text) {
        if (text.length() > 1 && Character.isUpperCase(text.charAt(0)) && !Character.isUpperCase(text.charAt(1))) {
            return Character.toLowerCase(text.charAt(0)) + text.substring(1);
        }
        return text;
    }
}
