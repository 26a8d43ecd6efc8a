package com.interviewed.interview;

import com.interviewed.questions.InterviewPlan;
import com.interviewed.questions.PlannedQuestion;
import com.interviewed.resumes.ResumeProfile;
import com.interviewed.speech.RecognitionContext;
import java.util.ArrayList;
import java.util.List;

/**
 * What the speech recogniser should expect in one interview, from what the interview already knows: its questions
 * with their expected points and follow-ups, the candidate's resume (skills, titles, employers, projects) and the
 * skill taxonomy's names, the job description when the plan was made for one, and the common terms of the plan's
 * role ({@link RoleLexicon}). Resume items are terms (the recogniser weights them up); the rest is text that answers
 * will resemble. See docs/speech.md, Interview vocabulary.
 */
public final class InterviewRecognitionContext {

    private InterviewRecognitionContext() {
    }

    /**
     * @param profile    the candidate's resume profile, or {@code null} without a resume
     * @param skillNames the skill taxonomy's canonical names (each a short phrase of its own)
     */
    public static RecognitionContext of(InterviewPlan plan, ResumeProfile profile, List<String> skillNames) {
        return of(plan, profile, skillNames, RoleLexicon.terms(plan == null ? null : plan.role()));
    }

    /** @param lexicon the field's common terms (the role's lexicon; the benchmark also measures without it) */
    public static RecognitionContext of(InterviewPlan plan, ResumeProfile profile, List<String> skillNames,
            List<String> lexicon) {
        List<String> sentences = new ArrayList<>();
        if (plan != null && plan.steps() != null) {
            for (PlannedQuestion step : plan.steps()) {
                add(sentences, List.of(nullToEmpty(step.text()), nullToEmpty(step.competency())));
                add(sentences, step.expectedPoints());
                add(sentences, step.followUps());
            }
            // A recruiter's job description names the stack and the work: answers will use its words.
            add(sentences, List.of(nullToEmpty(plan.jobDescription())));
        }
        add(sentences, skillNames);
        add(sentences, lexicon);
        List<String> terms = new ArrayList<>();
        if (profile != null) {
            add(terms, profile.skills());
            add(terms, profile.titles());
            add(terms, profile.employers());
            add(terms, profile.projects());
        }
        return new RecognitionContext(terms, sentences);
    }

    private static void add(List<String> into, List<String> texts) {
        if (texts != null) {
            texts.stream().filter(text -> text != null && !text.isBlank()).forEach(into::add);
        }
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
