package com.interviewed.interviewer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Answers to the candidate's own questions that never invent facts about an employer. With a job description the
 * answer quotes what it says on the topic; without one (practice) the interviewer says so and describes what such
 * roles typically involve; on anything the job description does not cover it says honestly that the recruiter
 * will follow up. The same answer is never given twice.
 */
final class CandidateQuestionAnswers {

    record Topic(String id, List<String> cues, List<String> descriptionCues, String practiceAnswer) {
    }

    static final List<Topic> TOPICS = List.of(
            new Topic("next-steps", List.of("next step", "process", "hear back", "timeline", "how long",
                    "decision", "after this", "next stage"), List.of("process", "stage", "interview"),
                    "This is a practice interview, so there is no next stage: your feedback report will be ready "
                            + "as soon as we finish."),
            new Topic("first-months", List.of("first month", "first few month", "first 90", "first ninety",
                    "first year", "ramp up", "onboard", "first week", "success look", "expect in the first"),
                    List.of("first", "onboard", "you will", "you'll", "responsib"),
                    "In most {role} roles the first months are about learning the product and the codebase, "
                            + "shipping a few small changes early, and then owning a piece of work end to end."),
            new Topic("on-call", List.of("on call", "oncall", "pager", "out of hours", "incident", "weekend"),
                    List.of("on-call", "on call", "rota", "incident", "support"),
                    "Practice interviews have no real team, so I can't tell you about a rota. It's a very good "
                            + "question to ask in a real interview: how often, how it is paid, and how noisy it is."),
            new Topic("challenge", List.of("biggest challenge", "hardest part", "challenge", "difficult part",
                    "problem you are", "problems the team"), List.of("challeng", "problem", "scale", "grow"),
                    "For {role} teams, typical big challenges are balancing new features against reliability and "
                            + "paying down older decisions; in a real interview the team would tell you theirs."),
            new Topic("work-split", List.of("how work is split", "split", "decide what to build", "prioriti",
                    "roadmap", "who decides", "plan the work", "sprint", "how does the team decide", "agile"),
                    List.of("roadmap", "priorit", "sprint", "plan", "product"),
                    "Teams usually agree priorities with a product manager and split work into small pieces each "
                            + "person owns; how a particular team does it is worth asking them directly."),
            new Topic("team", List.of("team", "colleague", "who would i", "work with", "report to", "manager"),
                    List.of("team", "report", "work with", "colleague"),
                    "This is a practice interview, so there's no real team behind it. In a real one, ask how big "
                            + "the team is, who you'd report to and who you'd work with day to day."),
            new Topic("role", List.of("role involve", "day to day", "daytoday", "typical day", "responsibilit",
                    "the role", "the job", "the position", "expected of", "expectations"),
                    List.of("you will", "you'll", "responsib", "role", "day"),
                    "Day to day, a {role} role is usually about owning pieces of work from design to production "
                            + "and looking after them once they're live."),
            new Topic("tools", List.of("stack", "technolog", "tools", "language", "framework", "software",
                    "what do you use"), List.of("stack", "java", "python", "use", "tools", "aws", "postgres"),
                    "There's no real company behind this practice interview, so I can't name a stack; a real "
                            + "interviewer should, and it's worth asking how tools are chosen."),
            new Topic("culture", List.of("culture", "values", "environment", "like working", "atmosphere"),
                    List.of("culture", "value", "environment"),
                    "I can't speak for a real company here, since this is practice. Asking for a recent example "
                            + "of the culture in action usually tells you more than a description."),
            new Topic("growth", List.of("grow", "learning", "career", "progress", "promotion", "training",
                    "mentor"), List.of("learn", "grow", "career", "mentor", "training", "budget"),
                    "That varies a lot between companies, and this practice interview has none behind it. In a "
                            + "real one, ask how people grew in the last year."),
            new Topic("remote", List.of("remote", "office", "hybrid", "location", "from home", "relocat"),
                    List.of("remote", "office", "hybrid", "location"),
                    "This practice interview isn't for a real opening, so there's no office policy to share."),
            new Topic("pay", List.of("salary", "pay", "compensation", "benefit", "holiday", "vacation"),
                    List.of("salary", "compensation", "benefit", "holiday"),
                    "Pay and benefits are for the recruiter to go through; I don't have figures I could stand "
                            + "behind."));

    private static final List<String> QUESTION_WORDS = List.of("what", "how", "who", "when", "where", "why",
            "which", "can you", "could you", "is there", "are there", "do you", "does the", "tell me", "wondering");

    private static final String RECRUITER = "I don't have that detail here, and I'd rather not guess. The "
            + "recruiter will follow up with you on it.";
    private static final String PRACTICE_UNKNOWN = "This is a practice interview, so I can't answer that for a real "
            + "company. It's a good one to ask in a real interview.";
    private static final String ALREADY = "I've shared all I can on that already; anything more is a question for "
            + "the recruiter to follow up on.";

    private final Turns turns;

    CandidateQuestionAnswers(Turns turns) {
        this.turns = turns;
    }

    /** An honest answer to what the candidate asked, never one already given in this interview. */
    String answer(Conversation c, String normalised) {
        String jobDescription = c.context().plan() == null ? null : c.context().plan().jobDescription();
        Optional<Topic> topic = topic(normalised);
        String answer;
        if (jobDescription != null && !jobDescription.isBlank()) {
            answer = topic.flatMap(t -> fromJobDescription(jobDescription, t)).orElse(RECRUITER);
        } else {
            answer = topic.map(t -> t.practiceAnswer().replace("{role}", turns.roleTitle(c))).orElse(PRACTICE_UNKNOWN);
        }
        if (c.lastSaidOf(List.of(answer)).isPresent()) {
            return c.lastSaidOf(List.of(ALREADY)).isPresent() ? RECRUITER : ALREADY;
        }
        return answer;
    }

    static Optional<Topic> topic(String normalised) {
        return TOPICS.stream().filter(topic -> topic.cues().stream().anyMatch(normalised::contains)).findFirst();
    }

    /** The job description's sentences on the topic, quoted as what the job description says. */
    static Optional<String> fromJobDescription(String jobDescription, Topic topic) {
        List<String> found = new ArrayList<>();
        for (String sentence : jobDescription.split("(?<=[.!?])\\s+|\\n+")) {
            String s = sentence.strip().replaceAll("^[-*•]\\s*", "");
            String lower = s.toLowerCase();
            if (s.length() > 10 && topic.descriptionCues().stream().anyMatch(lower::contains)) {
                found.add(s.endsWith(".") || s.endsWith("!") || s.endsWith("?") ? s : s + ".");
            }
            if (found.size() == 2) {
                break;
            }
        }
        return found.isEmpty() ? Optional.empty()
                : Optional.of("The job description says: " + String.join(" ", found));
    }

    static boolean looksLikeQuestion(String normalised) {
        return QUESTION_WORDS.stream().anyMatch(word -> (" " + normalised + " ").contains(" " + word + " "));
    }
}
