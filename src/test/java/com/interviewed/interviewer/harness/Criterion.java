package com.interviewed.interviewer.harness;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** The true/false checks every scripted interview is held to; each applies to the personas it makes sense for. */
enum Criterion {

    NEVER_THE_SAME_QUESTION_TWICE("never the same question twice", all(), Criterion::neverTwice),
    ACKNOWLEDGEMENT_FITS("no acknowledgement contradicts the answer", all(), Criterion::acknowledgementFits),
    OFF_TOPIC_REDIRECTED("off-topic or repeated answer redirected", EnumSet.of(Persona.OFF_TOPIC, Persona.REPEATER),
            Criterion::redirected),
    COVERED_NOT_ASKED_AGAIN("covered question not asked again", EnumSet.of(Persona.TWO_AT_ONCE),
            Criterion::coveredSkipped),
    CANDIDATE_QUESTIONS_ANSWERED("candidate questions get an answer",
            EnumSet.of(Persona.STRONG, Persona.TYPICAL, Persona.ASKS_BACK), Criterion::questionsAnswered),
    FILLS_ITS_TIME("fills its time (80-115 % of the length)", EnumSet.of(Persona.STRONG, Persona.TYPICAL),
            run -> run.minutes() >= 0.8 * run.scenario().minutes() && run.minutes() <= 1.15 * run.scenario().minutes()),
    NO_STACKED_FILLER("at most one acknowledgement per turn", all(), Criterion::noStackedFiller),
    THIN_ANSWERS_FOLLOWED_UP("thin answers get a follow-up", EnumSet.of(Persona.WEAK, Persona.ONE_WORD),
            Criterion::thinFollowedUp),
    STUCK_GETS_A_HINT("stuck gets a hint, not a harder question", EnumSet.of(Persona.WEAK, Persona.STUCK_ON_CODE),
            Criterion::stuckGetsHint),
    CODING_REACTS_TO_TESTS("coding reacts to the test outcome", EnumSet.of(Persona.STUCK_ON_CODE),
            Criterion::reactsToTests),
    WARM_GREETING("greeting says who and what, own name", all(), Criterion::greeting),
    NO_INVENTED_FACTS("no invented employer facts", all(), Criterion::noInventedFacts),
    ENDS_PROPERLY("the interview ends with a goodbye", all(), run -> run.ended() && !run.lines().isEmpty()
            && run.lines().get(run.lines().size() - 1).interviewer());

    private static final Pattern PRAISE = Pattern.compile("(?i)\\b(great|love|brilliant|fascinat|i like that|"
            + "good question|how i'd do it|thanks for sharing|clear example|that answers it|thoughtful|interesting|"
            + "really helpful|nice|well structured|precise|good, |defensible|sensible|that's helpful|useful|"
            + "clear picture|great story|appreciate)");
    private static final Pattern FILLER = Pattern.compile("(?i)^(great|lovely|thanks|thank you|okay|ok|right|good|"
            + "nice|cool|noted|understood|got it|fine|alright|understood|very well|i see|clear|brilliant|love that|"
            + "interesting|oh)\\b.*");
    private static final Set<String> DOUBTFUL = Set.of("WEAK", "STUCK", "ONE_WORD", "OFF_TOPIC", "REPEATED",
            "VAGUE", "DONE", "THINKING");

    final String title;
    private final Set<Persona> personas;
    private final Predicate<Run> check;

    Criterion(String title, Set<Persona> personas, Predicate<Run> check) {
        this.title = title;
        this.personas = personas;
        this.check = check;
    }

    boolean appliesTo(Persona persona) {
        return personas.contains(persona);
    }

    boolean holdsFor(Run run) {
        return check.test(run);
    }

    private static Set<Persona> all() {
        return EnumSet.allOf(Persona.class);
    }

    /** Lines that say a question again on purpose: a repeat, a rephrase, a redirect, a clarification. */
    private static boolean reAsk(String line) {
        return Pattern.compile("(?i)again|repeat|bring us back|told me about that|put it differently|^so:|So: |back to "
                + "my question|the question is|here it is").matcher(line).find();
    }

    private static boolean neverTwice(Run run) {
        for (Step step : run.steps()) {
            long asked = run.lines().stream().filter(Line::interviewer)
                    .filter(l -> l.text().contains(step.text()) && !reAsk(l.text())).count();
            if (asked > 1) {
                return false;
            }
            for (String followUp : step.followUps()) {
                if (run.lines().stream().filter(l -> l.interviewer() && l.text().contains(followUp)).count() > 1) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean acknowledgementFits(Run run) {
        List<Line> lines = run.lines();
        for (int i = 0; i < lines.size(); i++) {
            Line said = lines.get(i);
            if (said.interviewer()) {
                continue;
            }
            Line reply = run.replyTo(i);
            if (reply == null) {
                continue;
            }
            String first = reply.text().split("(?<=[.!?])\\s+")[0];
            if (DOUBTFUL.contains(said.kind()) && PRAISE.matcher(first).find()) {
                return false;
            }
            boolean asked = said.kind().equals("QUESTION") || said.kind().equals("CLARIFICATION");
            if (!asked && reply.text().toLowerCase(Locale.ROOT).contains("good question")) {
                return false;
            }
        }
        return true;
    }

    private static boolean redirected(Run run) {
        List<Line> lines = run.lines();
        boolean any = false;
        for (int i = 0; i < lines.size(); i++) {
            String kind = lines.get(i).kind();
            if (!lines.get(i).interviewer() && (kind.equals("OFF_TOPIC") || kind.equals("REPEATED"))) {
                any = true;
                Line reply = run.replyTo(i);
                if (reply == null || !(reply.text().contains("bring us back")
                        || reply.text().contains("told me about that"))) {
                    return false;
                }
            }
        }
        return any;
    }

    private static boolean coveredSkipped(Run run) {
        Step covered = run.coveredEarly();
        return covered != null && run.lines().stream().filter(Line::interviewer)
                .noneMatch(l -> l.text().contains(covered.text()));
    }

    private static boolean questionsAnswered(Run run) {
        List<Line> lines = run.lines();
        boolean any = false;
        for (int i = 0; i < lines.size(); i++) {
            Line said = lines.get(i);
            if (said.interviewer() || !(said.kind().equals("QUESTION") || said.kind().equals("CLARIFICATION"))) {
                continue;
            }
            any = true;
            Line reply = run.replyTo(i);
            if (reply == null) {
                return false;
            }
            String answer = reply.text();
            for (Step step : run.steps()) {
                answer = answer.replace(step.text(), "");
            }
            boolean answers = Pattern.compile("(?i)job description|practice|recruiter|answer it for|typically|usually"
                    + "|in most|teams usually|rota|challenge").matcher(answer).find();
            if (!answers || answer.split("\\s+").length < 10) {
                return false;
            }
        }
        return any;
    }

    private static boolean noStackedFiller(Run run) {
        for (Line line : run.lines()) {
            if (!line.interviewer()) {
                continue;
            }
            long fillers = 0;
            for (String sentence : line.text().split("(?<=[.!?])\\s+")) {
                if (sentence.split("\\s+").length <= 6 && FILLER.matcher(sentence.strip()).matches()) {
                    fillers++;
                }
            }
            if (fillers > 1) {
                return false;
            }
        }
        return true;
    }

    /** After a thin answer to a question, the interviewer asked something that is not the next planned question. */
    private static boolean thinFollowedUp(Run run) {
        List<Line> lines = run.lines();
        for (int i = 0; i < lines.size(); i++) {
            Line said = lines.get(i);
            if (said.interviewer() || !(said.kind().equals("WEAK") || said.kind().equals("ONE_WORD"))) {
                continue;
            }
            Line reply = run.replyTo(i);
            if (reply != null && run.steps().stream().filter(Step::isContent)
                    .noneMatch(s -> reply.text().contains(s.text()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean stuckGetsHint(Run run) {
        List<Line> lines = run.lines();
        boolean any = false;
        for (int i = 0; i < lines.size(); i++) {
            Line said = lines.get(i);
            if (said.interviewer() || !said.kind().equals("STUCK")) {
                continue;
            }
            any = true;
            Line reply = run.replyTo(i);
            if (reply == null) {
                return false;
            }
            boolean harderQuestion = run.steps().stream().flatMap(s -> s.followUps().stream())
                    .anyMatch(f -> reply.text().contains(f));
            boolean helps = Pattern.compile("(?i)way in|start with|simplest|small example|brute|move on|leave "
                    + "that|different question|try").matcher(reply.text()).find();
            if (harderQuestion || !helps) {
                return false;
            }
        }
        return any;
    }

    private static boolean reactsToTests(Run run) {
        List<Line> lines = run.lines();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).interviewer() && lines.get(i).kind().equals("RUN_STARTER_CODE")) {
                Line reply = run.replyTo(i);
                return reply != null && !reply.text().contains("complexity")
                        && Pattern.compile("(?i)tests|run").matcher(reply.text()).find();
            }
        }
        return false;
    }

    private static boolean greeting(Run run) {
        if (run.lines().isEmpty() || !run.lines().get(0).interviewer()) {
            return false;
        }
        String first = run.lines().get(0).text();
        boolean who = first.contains("I'm") || first.contains("I am") || first.contains("My name is");
        boolean what = first.contains("minutes");
        boolean ownName = run.interviewers().stream().noneMatch(n -> n.equalsIgnoreCase(run.candidateFirstName()));
        return who && what && ownName && !first.startsWith(run.candidateFirstName() + ",");
    }

    private static boolean noInventedFacts(Run run) {
        return run.lines().stream().filter(Line::interviewer).noneMatch(l -> Pattern.compile(
                "(?i)within a week|six to eight|couple of days together in the office|learning budget")
                .matcher(l.text()).find());
    }
}
