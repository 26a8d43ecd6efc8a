package com.interviewed.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the LLM scorers (OpenAI-compatible and Nova Lite) are given: the same rubric, the same questions with their
 * kind and expected points, and the same cleaned answers the embedded scorer scores (requests such as "can you
 * repeat that?" and meta-talk taken out), so the three scorers judge the same words by the same rules.
 */
final class LlmScoringInput {

    private LlmScoringInput() {
    }

    /** The user message's content: role, job description and the questions with their answers, in order. */
    static Map<String, Object> of(ScoringRequest request) {
        List<Map<String, Object>> questions = new ArrayList<>();
        for (int i = 0; i < request.questions().size(); i++) {
            QuestionToScore q = EmbeddedScorer.cleaned(request.questions().get(i));
            questions.add(Map.of("index", i, "question", q.question(), "category",
                    q.category() == null ? "" : q.category(), "expectedPoints", q.expectedPoints(),
                    "answer", q.answer()));
        }
        return Map.of("role", request.role() == null ? "" : request.role(), "jobDescription",
                request.jobDescription(), "questions", questions);
    }

    /** The rubric of docs/scoring.md, with its anchors, and the evidence rules. */
    static final String RUBRIC = """
            You are a strict, fair interview assessor. For each question, score the candidate's answer from 1 to 10 on
            five dimensions:
            - communication: clear, structured, concise, easy to follow. Speech-recognition errors (lower case, missing
              punctuation, misheard words) are not the candidate's fault: at most 1 point off.
            - technicalDepth: correct, specific knowledge for this question. A confidently wrong answer gets 3 or less.
            - problemSolving: a reasoned approach, options and trade-offs; for a story, the actions taken and a result.
            - confidence: assured delivery grounded in ownership and substance; hedging, evasion and bluster lower it.
            - relevance: answers THIS question. Reusing the question's words is not relevance. Off-topic 1, evasive
              2-3, a list of keywords without sentences 4.
            Use the whole scale as human raters do: strong answers 8-9, short but excellent 7.5-8, adequate 6-6.5,
            weak 3.8-4, evasive about 2.5, keyword-stuffed or long but empty about 3, confidently wrong 3.3-3.8,
            off-topic about 2. Length is not quality. Red flags (blaming others, covering up a mistake, ethical
            shortcuts) lower every dimension and must be named in the feedback.
            Feedback: 1-3 sentences telling the candidate what to do better; praise only what the answer really shows.
            Evidence: 1-3 exact, verbatim, whole sentences copied from the answer text; anything else is discarded.
            "missing": only expected points the answer really did not cover.
            Return one entry per question, in the given order, with its index.""";
}
