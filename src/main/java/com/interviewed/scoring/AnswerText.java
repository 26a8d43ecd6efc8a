package com.interviewed.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Takes requests and meta-talk out of an answer before it is scored: "Sorry, can you repeat that?", "Give me a
 * moment.", "Let me think." are not part of what the candidate answered, and scoring them made a good answer look
 * hesitant and off-topic. Whole sentences are dropped; everything else is kept verbatim, so evidence quotes stay
 * substrings of what was said.
 */
final class AnswerText {

    private static final Pattern META = Pattern.compile("^(?:(?:sorry|okay|ok|um|uh|so|right|hmm|oh|well|yes|yeah)[,.]?\\s+)*(?:"
            + "(?:can|could|would) you (?:please )?(?:repeat|say|rephrase) (?:that|the question|it|this)(?: again)?(?: please)?"
            + "|(?:can|could) you (?:please )?repeat(?: please)?"
            + "|what was the question(?: again)?"
            + "|i (?:didn't|did not) (?:catch|hear|get) (?:that|you|the question)"
            + "|(?:give|allow) me (?:a|one|just a) (?:moment|second|sec|minute)"
            + "|(?:one|just a|wait a) (?:moment|second|sec|minute)"
            + "|let me (?:think|see)(?: about (?:that|it|this))?(?: for a (?:moment|second))?"
            + "|hold on|bear with me|good question|that's a (?:good|great|tough|hard) question"
            + "|can you hear me(?: now)?|is my (?:audio|microphone|mic) (?:ok|okay|working)|am i audible"
            + "|sorry|okay|ok|right|sure|yes|yeah|um|uh|hmm|so"
            + ")[\\s,.!?…]*$", Pattern.CASE_INSENSITIVE);

    private AnswerText() {
    }

    /** The turns without their request and meta-talk sentences; turns left empty are dropped. */
    static List<String> clean(List<String> turns) {
        List<String> cleaned = new ArrayList<>();
        for (String turn : turns) {
            List<String> kept = new ArrayList<>();
            for (String sentence : Text.sentences(turn)) {
                if (!isMeta(sentence)) {
                    kept.add(sentence);
                }
            }
            if (!kept.isEmpty()) {
                cleaned.add(String.join(" ", kept));
            }
        }
        return cleaned;
    }

    static boolean isMeta(String sentence) {
        return META.matcher(Text.normalise(sentence).trim()).matches();
    }
}
