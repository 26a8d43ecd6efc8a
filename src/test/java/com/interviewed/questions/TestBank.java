package com.interviewed.questions;

import java.util.List;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;

/** The real bank, personas and planner built without Spring, so the tests stay fast. */
final class TestBank {

    /** The values config/questions.yml ships with. */
    static final QuestionsProperties DEFAULTS = new QuestionsProperties("classpath:questions", 30);

    static final ClasspathQuestionBank BANK = new ClasspathQuestionBank(JsonMapper.builder().build(),
            DEFAULTS);
    static final ClasspathPersonas PERSONAS = new ClasspathPersonas(JsonMapper.builder().build(),
            DEFAULTS);

    private TestBank() {
    }

    static BankInterviewPlanner planner() {
        return new BankInterviewPlanner(BANK, () -> null, DEFAULTS);
    }

    static BankInterviewPlanner plannerWith(List<CodingChallenge> challenges) {
        CodingChallenges coding = new CodingChallenges() {
            @Override
            public List<CodingChallenge> all() {
                return challenges;
            }

            @Override
            public Optional<CodingChallenge> byId(String id) {
                return challenges.stream().filter(c -> c.id().equals(id)).findFirst();
            }
        };
        return new BankInterviewPlanner(BANK, () -> coding, DEFAULTS);
    }

    static PlanRequest request(String role, Seniority seniority, int minutes, long seed) {
        return new PlanRequest(role, seniority, null, minutes, null, null, List.of(), false, false, seed);
    }
}
