package com.interviewed.questions;

import java.util.List;

/**
 * One question pack as stored in {@code questions/bank/**.json}.
 *
 * @param pack     the pack's name (for messages and docs)
 * @param version  bumped whenever questions are reworded, so stored interviews can tell which wording they saw
 * @param roles    the roles the pack's questions are for; empty means every role
 * @param industry the industry pack this file belongs to, or {@code null} for general questions
 */
record BankFile(String pack, int version, List<String> roles, String industry, List<Entry> questions) {

    /**
     * @param levels seniorities the question suits; empty means all
     * @param tags   lowercase skills and topics; matched against resume skills and job-description words
     * @param roles  narrows one question of a pack to these roles (for example an engineering question in an
     *               industry pack); absent means the pack's roles
     */
    record Entry(String id, QuestionCategory category, String competency, List<Seniority> levels, List<String> tags,
            List<String> roles, String text, List<String> expectedPoints, List<String> followUps) {
    }
}
