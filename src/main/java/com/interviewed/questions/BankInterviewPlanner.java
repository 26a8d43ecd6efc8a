package com.interviewed.questions;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Turns a {@link PlanRequest} into an ordered, timed plan. The rules (documented in docs/questions.md):
 * <ul>
 * <li>fixed steps: warm-up, coding (when the role codes and it was asked for), the recruiter's questions verbatim,
 * the candidate's questions and the close;</li>
 * <li>the remaining minutes are filled slot by slot in a priority order (system design first for senior and lead,
 * then questions about the resume, technical, behavioural, industry, situational), so a short interview keeps
 * the most telling questions and every plan lands on its target duration;</li>
 * <li>within a slot, questions whose tags the resume or job description mention win; ties are broken by the seed,
 * so the same request and seed always give the same plan and other seeds give other plans;</li>
 * <li>in panel mode each panelist asks one contiguous block: the engineering manager opens (warm-up, resume,
 * behavioural), the product manager follows (situational, industry, the recruiter's questions), the junior
 * developer asks technical questions and coding, and the engineering manager closes.</li>
 * </ul>
 */
@Component
class BankInterviewPlanner implements InterviewPlanner {

    static final String ENGINEERING_MANAGER = "ENGINEERING_MANAGER";
    static final String PRODUCT_MANAGER = "PRODUCT_MANAGER";
    static final String JUNIOR_DEVELOPER = "JUNIOR_DEVELOPER";

    /** The kinds of slot the planner fills, in solo speaking order. */
    enum Slot {
        OPENING, RESUME, TECHNICAL, SYSTEM_DESIGN, INDUSTRY, BEHAVIOURAL, SITUATIONAL, CODING, CUSTOM, SPARE,
        CANDIDATE, CLOSING
    }

    private static final List<Slot> PANEL_ORDER = List.of(Slot.OPENING, Slot.RESUME, Slot.BEHAVIOURAL,
            Slot.SITUATIONAL, Slot.INDUSTRY, Slot.CUSTOM, Slot.TECHNICAL, Slot.SYSTEM_DESIGN, Slot.CODING,
            Slot.SPARE, Slot.CANDIDATE, Slot.CLOSING);

    private static final Map<Slot, String> PANELIST = new EnumMap<>(Map.ofEntries(
            Map.entry(Slot.OPENING, ENGINEERING_MANAGER), Map.entry(Slot.RESUME, ENGINEERING_MANAGER),
            Map.entry(Slot.BEHAVIOURAL, ENGINEERING_MANAGER), Map.entry(Slot.SITUATIONAL, PRODUCT_MANAGER),
            Map.entry(Slot.INDUSTRY, PRODUCT_MANAGER), Map.entry(Slot.CUSTOM, PRODUCT_MANAGER),
            Map.entry(Slot.TECHNICAL, JUNIOR_DEVELOPER), Map.entry(Slot.SYSTEM_DESIGN, JUNIOR_DEVELOPER),
            Map.entry(Slot.CODING, JUNIOR_DEVELOPER), Map.entry(Slot.SPARE, JUNIOR_DEVELOPER),
            Map.entry(Slot.CANDIDATE, ENGINEERING_MANAGER),
            Map.entry(Slot.CLOSING, ENGINEERING_MANAGER)));

    private static final List<String> CUSTOM_POINTS = List.of(
            "Answers the question that was asked, directly",
            "Backs the answer with a concrete example from their own experience",
            "Explains their reasoning and the outcome");
    private static final List<String> CUSTOM_FOLLOW_UPS = List.of(
            "Can you give me a specific example of that?",
            "What was the result, and what would you change next time?");
    private static final List<String> CODING_POINTS = List.of(
            "Restates the problem and asks about unclear inputs before coding",
            "Explains an approach and its time and space complexity",
            "Writes a working solution that passes the tests",
            "Handles edge cases such as empty or very large input",
            "Tests and debugs methodically, narrating what they check");
    private static final List<String> CODING_FOLLOW_UPS = List.of(
            "What is the time complexity of your solution, and can you do better?",
            "Which edge cases would you add tests for?",
            "How would you change this if the input no longer fit in memory?");

    private final ClasspathQuestionBank bank;
    private final Supplier<CodingChallenges> codingChallenges;
    private final int defaultDuration;

    @Autowired
    BankInterviewPlanner(ClasspathQuestionBank bank, ObjectProvider<CodingChallenges> codingChallenges,
            QuestionsProperties properties) {
        this(bank, codingChallenges::getIfAvailable, properties);
    }

    /** @param codingChallenges supplies the coding challenges, or {@code null} when that module is absent */
    BankInterviewPlanner(ClasspathQuestionBank bank, Supplier<CodingChallenges> codingChallenges,
            QuestionsProperties properties) {
        this.bank = bank;
        this.codingChallenges = codingChallenges;
        this.defaultDuration = properties.defaultDurationMinutes();
    }

    @Override
    public InterviewPlan plan(PlanRequest request) {
        Role role = validRole(request.role());
        String industry = validIndustry(request.industry());
        int duration = validDuration(request.durationMinutes());
        Seniority seniority = request.seniority() == null ? Seniority.MID : request.seniority();
        Draft draft = new Draft(request, role, industry, seniority, duration);
        String jobDescription = request.jobDescription() == null || request.jobDescription().isBlank() ? null
                : request.jobDescription().strip();
        return new InterviewPlan(role.id(), seniority, duration, request.seed(), draft.steps(), jobDescription);
    }

    private Role validRole(String id) {
        return bank.role(id == null ? "" : id.trim().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new IllegalArgumentException("Unknown role '" + id + "'. Valid roles: "
                        + bank.roles().stream().map(Role::id).collect(Collectors.joining(", "))));
    }

    private String validIndustry(String industry) {
        if (industry == null || industry.isBlank()) {
            return null;
        }
        String id = industry.trim().toLowerCase(Locale.ROOT);
        if (!bank.industries().contains(id)) {
            throw new IllegalArgumentException("Unknown industry '" + industry + "'. Valid industries: "
                    + String.join(", ", bank.industries()));
        }
        return id;
    }

    private int validDuration(int minutes) {
        int duration = minutes <= 0 ? defaultDuration : minutes;
        if (duration < 10 || duration > 90) {
            throw new IllegalArgumentException("durationMinutes must be between 10 and 90 (15, 30 or 45 suggested)");
        }
        return duration;
    }

    /** One plan being built; holds the random source so every choice draws from the same seeded sequence. */
    private final class Draft {

        private final PlanRequest request;
        private final Role role;
        private final String industry;
        private final Seniority seniority;
        private final int duration;
        private final Pace pace;
        private final Random random;
        private final Keywords keywords;
        private final Set<String> usedIds = new HashSet<>();
        private final Set<String> usedTexts = new HashSet<>();
        private final Map<Slot, List<PlannedQuestion>> chosen = new EnumMap<>(Slot.class);
        /** Content steps in the order they were chosen, so spare minutes go to the most important ones first. */
        private final List<Slot> contentOrder = new ArrayList<>();

        Draft(PlanRequest request, Role role, String industry, Seniority seniority, int duration) {
            this.request = request;
            this.role = role;
            this.industry = industry;
            this.seniority = seniority;
            this.duration = duration;
            this.pace = Pace.forDuration(duration);
            // java.util.Random's sequence is fixed by its specification: a seed gives the same plan on every JVM.
            this.random = new Random(Seeds.scramble(request.seed()));
            this.keywords = Keywords.of(request.profile(), request.jobDescription());
        }

        List<PlannedQuestion> steps() {
            int remaining = duration;
            remaining -= addFixed(Slot.OPENING, QuestionCategory.WARMUP, pace.warmup());
            remaining -= addFixed(Slot.CANDIDATE, QuestionCategory.CANDIDATE_QUESTIONS, pace.candidate());
            remaining -= addFixed(Slot.CLOSING, QuestionCategory.CLOSING, pace.closing());
            remaining -= addCoding();
            remaining -= addCustom();
            remaining = fillContent(remaining);
            spread(remaining);
            addReserves();
            return ordered();
        }

        private int addFixed(Slot slot, QuestionCategory category, int minutes) {
            Optional<BankQuestion> question = choose(bank.all(category), q -> q.forRole(role.id()), q -> 0);
            // The bank's data test guarantees these steps exist; without them the plan just lacks that step.
            question.ifPresent(q -> add(slot, q.toStep(null, minutes)));
            return question.isPresent() ? minutes : 0;
        }

        private int addCoding() {
            if (!role.codes() || !request.includeCoding()) {
                return 0;
            }
            CodingChallenges challenges = codingChallenges.get();
            List<CodingChallenge> all = challenges == null ? List.of() : challenges.all();
            if (all.isEmpty()) {
                return 0;
            }
            Set<String> suitable = switch (seniority) {
                case JUNIOR -> Set.of("easy");
                case MID -> Set.of("easy", "medium");
                case SENIOR, LEAD -> Set.of("medium", "hard");
            };
            // Sorted by id: the seed must pick the same challenge whatever order the other module lists them in.
            List<CodingChallenge> sorted = all.stream().sorted(Comparator.comparing(CodingChallenge::id)).toList();
            List<CodingChallenge> pool = sorted.stream()
                    .filter(c -> c.difficulty() != null && suitable.contains(c.difficulty().toLowerCase(Locale.ROOT)))
                    .toList();
            List<CodingChallenge> from = pool.isEmpty() ? sorted : pool;
            CodingChallenge challenge = from.get(random.nextInt(from.size()));
            add(Slot.CODING, new PlannedQuestion("coding-" + challenge.id(), QuestionCategory.CODING,
                    "Let's do a short coding exercise: "
                            + (challenge.title() == null ? challenge.id() : challenge.title())
                            + ". Read the problem, talk me through your approach, then write and run your solution.",
                    "Problem solving and coding", CODING_POINTS, CODING_FOLLOW_UPS, challenge.id(), null,
                    pace.coding()));
            return pace.coding();
        }

        private int addCustom() {
            List<String> custom = request.customQuestions() == null ? List.of() : request.customQuestions();
            int minutes = 0;
            int n = 0;
            for (String text : custom) {
                if (text == null || text.isBlank()) {
                    continue;
                }
                n++;
                // Verbatim: the recruiter chose the wording, so it is neither trimmed of meaning nor rephrased.
                add(Slot.CUSTOM, new PlannedQuestion("custom-" + n, QuestionCategory.SITUATIONAL, text.strip(),
                        "Recruiter's question", CUSTOM_POINTS, CUSTOM_FOLLOW_UPS, null, null, pace.custom()));
                usedTexts.add(normalised(text));
                minutes += pace.custom();
            }
            return minutes;
        }

        private int fillContent(int remaining) {
            List<PlannedQuestion> resume = new ResumeQuestions(bank.resumeTemplates(), random, keywords)
                    .build(request.profile(), duration >= 45 ? 3 : 2);
            int resumeUsed = 0;
            for (Slot slot : priorities()) {
                int cost = slot == Slot.SYSTEM_DESIGN ? pace.systemDesign() : pace.question();
                if (remaining < pace.question()) {
                    break;
                }
                if (cost > remaining) {
                    continue;
                }
                Optional<PlannedQuestion> step = switch (slot) {
                    case RESUME -> resumeUsed < resume.size() ? Optional.of(resume.get(resumeUsed++)) : Optional.empty();
                    case SYSTEM_DESIGN -> bankStep(QuestionCategory.TECHNICAL, q -> q.systemDesign()
                            && q.industry() == null);
                    case TECHNICAL -> bankStep(QuestionCategory.TECHNICAL, q -> !q.systemDesign()
                            && q.industry() == null);
                    case BEHAVIOURAL -> bankStep(QuestionCategory.BEHAVIOURAL, q -> q.industry() == null);
                    case SITUATIONAL -> bankStep(QuestionCategory.SITUATIONAL, q -> q.industry() == null);
                    case INDUSTRY -> industry == null ? Optional.empty() : industryStep();
                    default -> Optional.empty();
                };
                if (step.isPresent()) {
                    PlannedQuestion s = step.get();
                    add(slot, withMinutes(s, cost));
                    contentOrder.add(slot);
                    remaining -= cost;
                }
            }
            return remaining;
        }

        /**
         * The order in which slots are filled until time runs out. Senior and lead candidates get a system-design
         * question first; leads get an extra leadership story early; panels get a situational question early so the
         * product manager has something to ask.
         */
        private List<Slot> priorities() {
            List<Slot> order = new ArrayList<>();
            if (seniority == Seniority.SENIOR || seniority == Seniority.LEAD) {
                order.add(Slot.SYSTEM_DESIGN);
            }
            order.add(Slot.RESUME);
            order.add(Slot.TECHNICAL);
            if (request.panel()) {
                order.add(Slot.SITUATIONAL);
            }
            order.add(Slot.BEHAVIOURAL);
            // A second question about the candidate's own work comes before the generic ones: it is what makes the
            // interview feel prepared for them.
            order.add(Slot.RESUME);
            order.add(Slot.INDUSTRY);
            if (seniority == Seniority.LEAD) {
                order.add(Slot.BEHAVIOURAL);
            }
            order.addAll(List.of(Slot.TECHNICAL, Slot.SITUATIONAL, Slot.BEHAVIOURAL, Slot.RESUME, Slot.TECHNICAL,
                    Slot.INDUSTRY));
            // Long interviews: keep alternating until every pool runs dry (the loop stops when time runs out).
            for (int i = 0; i < 12; i++) {
                order.addAll(List.of(Slot.TECHNICAL, Slot.BEHAVIOURAL, Slot.TECHNICAL, Slot.SITUATIONAL));
            }
            return order;
        }

        private Optional<PlannedQuestion> bankStep(QuestionCategory category, Predicate<BankQuestion> filter) {
            return pick(bank.all(category), filter);
        }

        /** Industry packs mix categories: technical, situational and behavioural questions about the sector. */
        private Optional<PlannedQuestion> industryStep() {
            return pick(bank.all(), q -> industry.equals(q.industry()));
        }

        private Optional<PlannedQuestion> pick(List<BankQuestion> from, Predicate<BankQuestion> filter) {
            // Leads are asked about leading; everyone else gets the general behavioural set first.
            ToIntFunction<BankQuestion> bonus = q -> seniority == Seniority.LEAD && q.tags().contains("leadership")
                    ? 1 : 0;
            return choose(from, filter.and(q -> q.forRole(role.id()) && q.suits(seniority)), bonus)
                    .map(q -> q.toStep(null, 0));
        }

        /** Shuffled by the seed, then the first best match for the resume and job description wins. */
        private Optional<BankQuestion> choose(List<BankQuestion> from, Predicate<BankQuestion> filter,
                ToIntFunction<BankQuestion> bonus) {
            List<BankQuestion> pool = from.stream()
                    .filter(filter)
                    .filter(q -> !usedIds.contains(q.id()) && !usedTexts.contains(normalised(q.text())))
                    .collect(Collectors.toCollection(ArrayList::new));
            if (pool.isEmpty()) {
                return Optional.empty();
            }
            Collections.shuffle(pool, random);
            // The first best-scoring question of the shuffled pool: the same as a stable sort by score, in one pass.
            BankQuestion first = null;
            int best = Integer.MIN_VALUE;
            for (BankQuestion q : pool) {
                int score = keywords.score(q.tags()) + bonus.applyAsInt(q);
                if (score > best) {
                    best = score;
                    first = q;
                }
            }
            usedIds.add(first.id());
            usedTexts.add(normalised(first.text()));
            return Optional.of(first);
        }

        private void add(Slot slot, PlannedQuestion step) {
            chosen.computeIfAbsent(slot, s -> new ArrayList<>()).add(step);
        }

        /**
         * Spare questions, asked only when the clock shows room (answers ran shorter than the plan's pace): one for
         * every two planned questions plus two, at least three (one for every planned question plus two when the
         * plan allows three minutes a question: plus four). Half go at the end of their kind's block
         * (technical, behavioural, situational in turn), so each reads as one more question on the same theme and
         * in a panel the same panelist asks it; the rest are technical questions after the coding exercise, where
         * the time a quick solution saved is known (in a panel the developer, who ran the exercise, asks them).
         */
        private void addReserves() {
            // Longer interviews plan three minutes a question, so brisk answers leave more of the time unused.
            int wanted = pace.question() >= 3 ? contentOrder.size() + 4 : Math.max(3, contentOrder.size() / 2 + 2);
            int inBlocks = wanted / 2;
            List<Slot> kinds = List.of(Slot.TECHNICAL, Slot.BEHAVIOURAL, Slot.SITUATIONAL);
            int added = 0;
            for (int i = 0; added < wanted && i < 4 * wanted; i++) {
                Slot slot = added < inBlocks ? kinds.get(i % kinds.size()) : Slot.SPARE;
                Optional<PlannedQuestion> step = switch (slot) {
                    case SPARE -> bankStep(QuestionCategory.TECHNICAL, q -> !q.systemDesign() && q.industry() == null)
                            .or(() -> bankStep(QuestionCategory.BEHAVIOURAL, q -> q.industry() == null));
                    case TECHNICAL -> bankStep(QuestionCategory.TECHNICAL, q -> !q.systemDesign()
                            && q.industry() == null);
                    case BEHAVIOURAL -> bankStep(QuestionCategory.BEHAVIOURAL, q -> q.industry() == null);
                    default -> bankStep(QuestionCategory.SITUATIONAL, q -> q.industry() == null);
                };
                if (step.isPresent()) {
                    PlannedQuestion q = step.get();
                    add(slot, new PlannedQuestion(q.id(), q.category(), q.text(), q.competency(), q.expectedPoints(),
                            q.followUps(), q.challengeId(), q.panelRole(), pace.question(), true));
                    added++;
                }
            }
        }

        /** Spare minutes (fewer than one question's worth) go one by one to the content steps, most important first. */
        private void spread(int spare) {
            if (spare <= 0) {
                return;
            }
            if (contentOrder.isEmpty()) {
                chosen.computeIfPresent(Slot.CANDIDATE, (slot, steps) -> List.of(
                        withMinutes(steps.get(0), steps.get(0).minutes() + spare)));
                return;
            }
            Map<Slot, Integer> seen = new EnumMap<>(Slot.class);
            List<int[]> positions = new ArrayList<>();
            for (Slot slot : contentOrder) {
                int index = seen.merge(slot, 1, Integer::sum) - 1;
                positions.add(new int[] {slot.ordinal(), index});
            }
            for (int i = 0; i < spare; i++) {
                int[] at = positions.get(i % positions.size());
                List<PlannedQuestion> steps = chosen.get(Slot.values()[at[0]]);
                steps.set(at[1], withMinutes(steps.get(at[1]), steps.get(at[1]).minutes() + 1));
            }
        }

        private List<PlannedQuestion> ordered() {
            List<Slot> order = request.panel() ? PANEL_ORDER : List.of(Slot.values());
            List<PlannedQuestion> steps = new ArrayList<>();
            for (Slot slot : new LinkedHashSet<>(order)) {
                for (PlannedQuestion step : chosen.getOrDefault(slot, List.of())) {
                    steps.add(request.panel() ? withPanelist(step, PANELIST.get(slot)) : step);
                }
            }
            return List.copyOf(steps);
        }
    }

    static String normalised(String text) {
        return Keywords.normalise(text);
    }

    private static PlannedQuestion withMinutes(PlannedQuestion q, int minutes) {
        return new PlannedQuestion(q.id(), q.category(), q.text(), q.competency(), q.expectedPoints(), q.followUps(),
                q.challengeId(), q.panelRole(), minutes, q.reserve());
    }

    private static PlannedQuestion withPanelist(PlannedQuestion q, String panelRole) {
        return new PlannedQuestion(q.id(), q.category(), q.text(), q.competency(), q.expectedPoints(), q.followUps(),
                q.challengeId(), panelRole, q.minutes(), q.reserve());
    }
}
