package com.interviewed.interviewer;

import com.interviewed.questions.InterviewPlan;
import com.interviewed.questions.Persona;
import com.interviewed.questions.PlannedQuestion;
import com.interviewed.questions.QuestionCategory;
import com.interviewed.questions.Seniority;
import com.interviewed.resumes.ResumeProfile;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/** Plans, personas and settings for interviewer tests, built here rather than taken from the planner. */
final class Fixtures {

    static final String CHALLENGE = "two-sum";

    private Fixtures() {
    }

    static InterviewerProperties properties() {
        return new InterviewerProperties(InterviewerProperties.Provider.DETERMINISTIC,
                new InterviewerProperties.FollowUps(25, 1,
                        EnumSet.of(QuestionCategory.RESUME, QuestionCategory.BEHAVIOURAL)),
                12,
                new InterviewerProperties.Silence(Duration.ofSeconds(8), Duration.ofSeconds(20),
                        Duration.ofSeconds(120)),
                3,
                new InterviewerProperties.OpenAi("http://localhost:1/v1", "", "test-model", Duration.ofSeconds(1),
                        Duration.ofSeconds(2), 0.4, 400),
                new InterviewerProperties.Understanding(false));
    }

    static DeterministicInterviewer deterministic() {
        return new DeterministicInterviewer(properties(), new RoleTitles(() -> null));
    }

    static Persona warm() {
        return new Persona("james", "James", "male", "rms", "matthew", "warm and encouraging", null,
                List.of("Hi {candidate}, I'm {name}. Welcome to your {role} interview."),
                List.of("Thanks, that's helpful.", "Great, thank you.", "I like that.", "Good to hear."),
                List.of("Let's move on.", "Next I'd like to ask about something else."),
                List.of("Thanks so much for your time today, {candidate}. Good luck!"));
    }

    static Persona direct() {
        return new Persona("sarah", "Sarah", "female", "slt", "tiffany", "direct and analytical", null,
                List.of("Hello {candidate}. I'm {name}. This is the {role} interview."),
                List.of("Okay.", "Understood.", "Noted."),
                List.of("Next question.", "Moving on."),
                List.of("That concludes the interview, {candidate}. Thank you."));
    }

    static List<Persona> panel() {
        return List.of(
                new Persona("maya", "Maya", "female", "slt", "tiffany", "warm and encouraging", "ENGINEERING_MANAGER",
                        List.of("Hello {candidate}, I'm {name}, the engineering manager."),
                        List.of("Thank you.", "That's helpful."), List.of("Let's move on."),
                        List.of("Thank you all, and thank you {candidate}.")),
                new Persona("priya", "Priya", "female", "slt-high", "amy", "warm and curious", "PRODUCT_MANAGER",
                        List.of("Hi {candidate}, I'm {name}, the product manager on the team."),
                        List.of("Nice.", "Makes sense."),
                        List.of("Another one from me."), List.of("Thanks!")),
                new Persona("alex", "Alex", "male", "rms", "matthew", "direct and analytical", "JUNIOR_DEVELOPER",
                        List.of(), List.of("Cool.", "Got it."),
                        List.of("Next one."), List.of("Thanks.")));
    }

    static PlannedQuestion step(String id, QuestionCategory category, String text, List<String> followUps,
            String panelRole) {
        return new PlannedQuestion(id, category, text, "competency", List.of(), followUps,
                category == QuestionCategory.CODING ? CHALLENGE : null, panelRole, 3);
    }

    static PlannedQuestion withPoints(PlannedQuestion q, List<String> points) {
        return new PlannedQuestion(q.id(), q.category(), q.text(), q.competency(), points, q.followUps(),
                q.challengeId(), q.panelRole(), q.minutes());
    }

    static InterviewPlan soloPlan() {
        return plan(List.of(
                step("warmup-1", QuestionCategory.WARMUP, "Tell me a little about yourself.",
                        List.of("What are you most proud of in your last role?"), null),
                step("resume-1", QuestionCategory.RESUME, "I see you worked on a payments platform. What was your part in it?",
                        List.of("What was the measurable result of your work?"), null),
                withPoints(step("tech-1", QuestionCategory.TECHNICAL,
                        "How would you design a rate limiter for a public API?",
                        List.of("How would it behave across several servers?"), null),
                        List.of("Names an algorithm such as a token bucket or a sliding window",
                                "Shares the counters between servers, for example in Redis",
                                "Rejects with status 429 and a Retry-After header")),
                step("beh-1", QuestionCategory.BEHAVIOURAL, "Tell me about a time you disagreed with a colleague.",
                        List.of("Can you give me a specific example of what you said?",
                                "What was the outcome for the team?"), null),
                step("coding-1", QuestionCategory.CODING, "Find two numbers in an array that add up to a target.",
                        List.of("Think about what you could remember as you walk the array."), null),
                step("cq-1", QuestionCategory.CANDIDATE_QUESTIONS, "Do you have any questions for me?", List.of(), null),
                step("close-1", QuestionCategory.CLOSING, "That's all from me.", List.of(), null)));
    }

    static InterviewPlan panelPlan() {
        return plan(List.of(
                step("warmup-1", QuestionCategory.WARMUP, "Tell us a little about yourself.", List.of("Why this team?"),
                        "ENGINEERING_MANAGER"),
                step("beh-1", QuestionCategory.BEHAVIOURAL, "Tell me about a time you led a difficult project.",
                        List.of("What was the measurable result?"), "ENGINEERING_MANAGER"),
                step("product-1", QuestionCategory.SITUATIONAL, "How would you handle a feature request that conflicts with the roadmap?",
                        List.of("Who would you involve?"), "PRODUCT_MANAGER"),
                step("tech-1", QuestionCategory.TECHNICAL, "What is your favourite debugging technique?",
                        List.of("Can you give an example?"), "JUNIOR_DEVELOPER"),
                step("product-2", QuestionCategory.SITUATIONAL, "How do you decide what not to build?",
                        List.of("Give an example."), "PRODUCT_MANAGER"),
                step("cq-1", QuestionCategory.CANDIDATE_QUESTIONS, "Do you have any questions for us?", List.of(),
                        "ENGINEERING_MANAGER"),
                step("close-1", QuestionCategory.CLOSING, "Thanks for coming in.", List.of(), "ENGINEERING_MANAGER")));
    }

    static InterviewPlan plan(List<PlannedQuestion> steps) {
        return new InterviewPlan("backend-engineer", Seniority.MID, 30, 42L, steps);
    }

    static InterviewContext fresh(InterviewPlan plan, List<Persona> interviewers) {
        return new InterviewContext(plan, interviewers, 0, -1, 0, List.of(), List.of(), "Ada Lovelace",
                new ResumeProfile(List.of("java", "postgresql"), List.of("Software engineer"), List.of("Acme"),
                        List.of("payments platform"), 5, List.of("BSc Computer Science")), null);
    }

    /** A strong STAR answer: situation, actions in the first person past tense, and a measured result. */
    static final String STAR_ANSWER = "at my last job our checkout service kept timing out during sales so i led a "
            + "small group of three engineers we profiled the service found a slow database query and i rewrote it "
            + "with a proper index and added caching as a result the p99 latency went from two seconds to two "
            + "hundred milliseconds and we reduced failed orders by forty percent";

    /** Different strong STAR answers, so that a whole interview is not the same answer repeated. */
    static final List<String> STAR_ANSWERS = List.of(STAR_ANSWER,
            "in my previous role our nightly reports were failing every week so i took ownership of the pipeline "
                    + "i added retries and alerts and split the big job into smaller ones that could run in "
                    + "parallel as a result the failures dropped to zero for three months and the run time halved",
            "when i was team lead on the mobile app two designers disagreed about onboarding so i set up a quick "
                    + "experiment with both versions we shipped it to ten percent of users and the second version "
                    + "improved sign ups by twelve percent which settled the argument with data",
            "for example last spring a customer reported duplicate invoices so i traced the bug to a retry without "
                    + "an idempotency key i wrote a fix and a regression test and we refunded everyone within two "
                    + "days which reduced support tickets about billing by half",
            "at a startup i joined the onboarding flow lost many trial users so i interviewed eight of them and "
                    + "rebuilt the first screen with the designer after launch activation grew from thirty to "
                    + "forty five percent in six weeks");

    static final String SHORT_ANSWER = "i worked on the backend mostly";

    /** Long and thoughtful, but with no example of something done and no result. */
    static final String VAGUE_ANSWER = "i think communication is really important in any team and it is always "
            + "good to listen to other people and understand their point of view before deciding what to do and "
            + "to stay calm and respectful and to focus on the problem rather than the person involved in it";

    static final String TECHNICAL_ANSWER = "i would use a token bucket per api key stored in redis so every server "
            + "shares the same counters the bucket refills at a fixed rate and each request takes a token if the "
            + "bucket is empty the request gets a four two nine response with a retry after header";

    /** Plays an interview the way the interview module does: keeps the context and applies each reply to it. */
    static final class Session {

        private final Interviewer interviewer;
        private int stars;
        private InterviewContext context;
        final List<InterviewerReply> replies = new ArrayList<>();

        Session(Interviewer interviewer, InterviewContext context) {
            this.interviewer = interviewer;
            this.context = context;
        }

        InterviewerReply start() {
            return send(new CandidateInput.Start());
        }

        /** The next of {@link #STAR_ANSWERS}. */
        InterviewerReply sayStar() {
            return say(STAR_ANSWERS.get(stars++ % STAR_ANSWERS.size()));
        }

        InterviewerReply say(String answer) {
            addToHistory(new Utterance("candidate", "Ada", answer));
            return send(new CandidateInput.Answer(answer));
        }

        InterviewerReply code(String code, String testSummary) {
            context = new InterviewContext(context.plan(), context.interviewers(), context.speakerIndex(),
                    context.questionIndex(), context.followUpsAsked(), context.askedIds(), context.history(),
                    context.candidateName(), context.profile(), code);
            return send(new CandidateInput.CodeUpdate("python", code, testSummary));
        }

        InterviewerReply send(CandidateInput input) {
            InterviewerReply reply = interviewer.respond(context, input);
            replies.add(reply);
            List<String> asked = new ArrayList<>(context.askedIds());
            if (reply.questionIndex() != context.questionIndex() && reply.questionIndex() >= 0) {
                asked.add(context.plan().steps().get(reply.questionIndex()).id());
            }
            context = new InterviewContext(context.plan(), context.interviewers(), reply.speakerIndex(),
                    reply.questionIndex(), reply.followUpsAsked(), List.copyOf(asked), context.history(),
                    context.candidateName(), context.profile(), context.latestCode());
            if (!reply.text().isBlank()) {
                addToHistory(new Utterance("interviewer", context.speaker().name(), reply.text()));
            }
            return reply;
        }

        InterviewContext context() {
            return context;
        }

        private void addToHistory(Utterance line) {
            List<Utterance> history = new ArrayList<>(context.history());
            history.add(line);
            context = new InterviewContext(context.plan(), context.interviewers(), context.speakerIndex(),
                    context.questionIndex(), context.followUpsAsked(), context.askedIds(), List.copyOf(history),
                    context.candidateName(), context.profile(), context.latestCode());
        }
    }
}
