package com.interviewed.scoring;

/**
 * The measured properties of an answer that the scoring model weighs. Each has the direction it may move a score
 * in ({@code +1} only up, {@code -1} only down, {@code 0} either): the fit drops a feature from a dimension rather
 * than let it push the wrong way, so every listed signal reads as common sense ("hedging lowered confidence").
 */
enum Feature {

    QUESTION_SIMILARITY("similarity to the question", 1,
            "How close the answer's meaning is to the question (sentence embeddings, 0–1)."),
    ADDRESSES_THIS_QUESTION("addresses this question", 1,
            "Share of other interview questions the answer is less close to than to this one: an answer that fits another question better scores low."),
    SENTENCES_HERE("sentences about this question", 1,
            "Mean over the answer's sentences of the share of other interview questions each sentence is less close to than to this one: independent of the answer's length."),
    NEW_CONTENT("says something new about it", 1,
            "Similarity to the question once the question's own words are taken out of the answer: echoing the question earns nothing here."),
    ABOVE_GENERIC("closer than a generic answer", 1,
            "How much closer the answer is to the question than a generic answer that would fit any question: some questions sit close to every answer, some to none."),
    QUESTION_WORDS_USED("takes up the question's terms", 1,
            "Share of the question's content words that the answer uses: an answer to another question uses almost none."),
    BEST_SENTENCE("closest sentence", 1, "Similarity to the question of the answer's sentence that is closest to it."),
    ECHO("repeats the question", -1, "Share of the answer's content words that are the question's own."),
    POINT_COVERAGE("expected-point coverage", 1, "Share of the question's expected points the answer covers."),
    PARTS_COVERED("covers each part of the question", 1,
            "How well the answer's best sentence matches each part of the question (for questions without expected points too)."),
    FOCUS("focus", 1, "How closely each sentence sticks to the question and its expected points (0–1)."),
    OFF_TOPIC("off-topic sentences", -1, "Share of sentences that relate to neither the question nor its expected points."),
    FIGURES("concrete figures", 1, "Numbers and measured results stated."),
    ACTIONS("own actions", 1, "Statements of what the candidate did or would do."),
    REASONING("reasoning", 1, "Causal links such as \"because\", \"so that\", \"to avoid\"."),
    TRADE_OFFS("trade-offs", 1, "Options weighed: \"instead of\", \"the downside\", \"rather than\"."),
    STEPS("structured steps", 1, "Sequencing words that lay out an approach step by step."),
    TECHNOLOGIES("named technologies", 0, "Distinct tools, practices and role skills named that the question did not name."),
    KEYWORD_LIST("keyword list", -1, "Terms strung together without sentences: few function words per content word."),
    STORY("story parts", 1, "Parts of situation, task, action and result shown (questions about past experience)."),
    RESULTS("results stated", 1, "Outcomes stated: \"reduced\", \"as a result\", \"went from … to …\"."),
    FILLERS("filler words", -1, "Filler words per 100 words."),
    HEDGING("hedging", -1, "Hedges per 100 words: \"I think\", \"maybe\", \"probably\"."),
    REPETITION("repetition", -1, "Share of content words that repeat earlier ones."),
    RUN_ON("run-on sentences", -1, "Words per sentence beyond 30."),
    LENGTH("length", 0, "Words in the answer (logarithmic)."),
    TOO_SHORT("too short", -1, "How far the answer falls short of 25 words."),
    PLATITUDES("platitudes", -1, "Generic phrases per 100 words (\"communication is key\", \"passionate\", \"mindset\") that would fit any question."),
    EVASION("evades the question", -1, "Phrases that sidestep the question: \"it depends on the company\", \"not my area\", \"I can't think of a time\"."),
    RED_FLAGS("red flags", -1, "Blaming others, covering up a problem or cutting an ethical corner."),
    DOES_NOT_KNOW("says does not know", -1, "The answer says \"I don't know\" or similar."),
    DISMISSIVE("dismissive certainty", -1, "Sweeping claims that close the question instead of reasoning it out: \"no need to\", \"simple as that\", \"automatically\"."),
    SPECIFICITY("specificity", 1, "Numbers, named technologies and first-person actions per 100 words.");

    private final String label;
    private final int sign;
    private final String explanation;

    Feature(String label, int sign, String explanation) {
        this.label = label;
        this.sign = sign;
        this.explanation = explanation;
    }

    String label() {
        return label;
    }

    /** +1: may only raise a score; −1: may only lower it; 0: either. */
    int sign() {
        return sign;
    }

    String explanation() {
        return explanation;
    }
}
