package com.interviewed.interviewer;

import java.util.List;
import java.util.Optional;

/**
 * Generic, honest answers to the questions candidates usually ask at the end ("what does the role involve?",
 * "what are the next steps?"). This is practice, not a real opening, so the answers describe what such a team
 * typically looks like rather than inventing facts about a company.
 */
final class CandidateQuestionAnswers {

    private record Topic(List<String> cues, String answer) {
    }

    private static final List<Topic> TOPICS = List.of(
            new Topic(List.of("next step", "process", "hear back", "timeline", "how long", "decision", "after this"),
                    "After this conversation the interviewers compare notes, and you'd usually hear back within a "
                            + "week about the next stage, which is often a longer technical or team interview."),
            new Topic(List.of("team", "colleague", "who would i", "work with", "report to", "manager"),
                    "You'd join a small cross-functional team of around six to eight people: engineers, a product "
                            + "manager and a designer, who plan together every couple of weeks and review each "
                            + "other's work."),
            new Topic(List.of("role involve", "day to day", "daytoday", "typical day", "responsibilit", "the role",
                    "the job", "the position", "expected of", "expectations"),
                    "Day to day, the {role} role is about owning pieces of work from design to production: "
                            + "agreeing the approach with the team, building and testing it, and looking after it "
                            + "once it's live."),
            new Topic(List.of("culture", "values", "environment", "like working", "atmosphere"),
                    "The culture is collaborative: people are expected to ask for help early, share what they "
                            + "learn, and give each other direct but kind feedback."),
            new Topic(List.of("grow", "learning", "career", "progress", "promotion", "training", "mentor"),
                    "There's a clear path for growth: regular one-to-ones, a learning budget, and mentoring from "
                            + "more experienced colleagues, with progression based on impact rather than tenure."),
            new Topic(List.of("remote", "office", "hybrid", "location", "from home", "relocat"),
                    "Most teams like this work hybrid, with a couple of days together in the office for planning "
                            + "and collaboration, and the rest flexible."),
            new Topic(List.of("stack", "technolog", "tools", "language", "framework"),
                    "The stack depends on the team, but expect a mainstream one: a cloud platform, a relational "
                            + "database, automated tests and continuous delivery, with room to propose "
                            + "improvements."),
            new Topic(List.of("salary", "pay", "compensation", "benefit", "holiday", "vacation"),
                    "Compensation and benefits are usually covered with the recruiter at the offer stage; they'd "
                            + "be the right person to go through the details with you."));

    private static final List<String> QUESTION_WORDS = List.of("what", "how", "who", "when", "where", "why",
            "which", "can you", "could you", "is there", "are there", "do you", "does the", "tell me", "wondering");

    private CandidateQuestionAnswers() {
    }

    /** The answer to the topic the candidate asked about, with {@code {role}} already filled in. */
    static Optional<String> answer(String normalised, String roleTitle) {
        return TOPICS.stream()
                .filter(topic -> topic.cues().stream().anyMatch(normalised::contains))
                .findFirst()
                .map(topic -> topic.answer().replace("{role}", roleTitle));
    }

    static boolean looksLikeQuestion(String normalised) {
        return QUESTION_WORDS.stream().anyMatch(word -> (" " + normalised + " ").contains(" " + word + " "));
    }

    static String unknownTopic() {
        return "That's a good question. I don't have the specifics to hand, but it's well worth raising with the "
                + "hiring team in the next conversation.";
    }
}
