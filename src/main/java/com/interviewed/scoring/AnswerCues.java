package com.interviewed.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word lists for what an answer does rather than what it is about: dodging the question, talking in platitudes,
 * red flags (blaming others, covering things up, cutting ethical corners) and dismissive certainty. They describe
 * how people answer any question, which is why they carry over to questions the scorer has never seen.
 * English only, like the rest of {@link Lexicon}.
 */
final class AnswerCues {

    static final List<String> EVASION = List.of("hard to say", "i'd rather not", "i would rather not", "not my area",
            "not really my", "not my place", "not my business", "not my job", "someone else", "usually handles",
            "usually handle", "leave it to", "leave that to", "i can't think of", "can't think of a",
            "don't really remember", "don't really have", "i haven't had", "haven't really had", "see how it goes",
            "see where it goes", "see how the situation", "go with the flow", "keep my options open", "open to any",
            "let them handle", "let them decide", "figure it out", "not a big deal", "every company does",
            "every situation is different", "no single", "hard to pick", "sort themselves out", "i'd have to check",
            "before committing", "before saying", "before giving", "doesn't matter that much", "not much i can do",
            "that's their job", "up to them", "whatever the company", "whatever they decide", "whatever fits",
            "depends on the company", "depends a lot", "it really depends", "honestly it depends",
            "i'd want to look", "not get involved", "stay out of", "others handle", "i'm open to");
    static final List<String> PLATITUDES = List.of("really important", "very important", "so important",
            "is key", "are key", "at the end of the day", "passionate", "passion", "mindset", "culture",
            "team player", "best practice", "best practices", "i always say", "make a difference", "journey",
            "our values", "my values", "empathy", "stay positive", "stay calm", "learning opportunity",
            "a lot of things", "many things", "really believe", "truly", "really care", "genuinely", "inspire",
            "robust and scalable", "communication is", "it's about", "it is about", "for me it's", "the right people",
            "the whole team", "as a team", "together", "people matter", "grateful", "exciting", "excited",
            "amazing", "great fit", "fascinating", "never fun", "happens to every", "part of the job",
            "of course", "in general", "always try", "i always", "common sense", "balance");
    static final List<String> DISMISSIVE = List.of("no need", "don't need to worry", "you don't need", "isn't needed",
            "aren't really needed", "not really needed", "simple as that", "that's easy", "it's easy", "easy money",
            "automatically", "completely secure", "statistically impossible", "waste of time", "overrated",
            "always fixes", "solves it", "can never", "can't happen", "just crud", "is always the", "are always the",
            "the data is always right", "the data doesn't lie", "doesn't lie", "best practice", "basically passing");
    /** Red flags whose wording is itself the admission. */
    private static final List<String> COVER_UP = List.of("deleted the error logs", "deleted the logs", "deleted logs", "deleted the evidence",
            "wiped the logs", "delete the logs", "nobody noticed",
            "no one noticed", "nobody knew", "no one knew", "didn't tell", "wouldn't tell", "not tell anyone",
            "without telling", "quietly", "white lie", "lie", "lied", "covered up", "cover it up", "hid the",
            "hide the", "fudged", "faked", "still reported", "report the project as green", "as green",
            "back them up", "rounds their results", "skip code reviews", "cut the testing", "skip the tests",
            "disabled the approval", "without checking the licence", "without checking the license",
            "without permission", "wouldn't count against", "even though it was actually our");
    /**
     * Blaming words: a red flag unless negated ("without blaming", "blameless"). "Fault" only as someone else's
     * ("their fault", "the vendor's fault", "at fault"): "my fault" is ownership, and "a hard fault", "the fault
     * handler" or "fault tolerance" are engineering.
     */
    private static final Pattern BLAME = Pattern.compile(
            "(?<![\\p{L}])(?:(not|no|without|never|don't|didn't)\\s+(?:\\p{L}+\\s+){0,2})?"
                    + "((?:his|her|their|your|\\p{L}+'s|\\p{L}+s')\\s+(?:own\\s+)?fault|at fault|blame|blamed|blaming|incompetent|lazy|stupid|idiots?|unreasonable|"
                    + "can't rely on other|if they had listened|peer pressure|cut him out|cut her out)(?![\\p{L}])");

    private AnswerCues() {
    }

    static List<String> found(String normalised, List<String> phrases) {
        List<String> found = new ArrayList<>();
        for (String phrase : phrases) {
            int n = Text.countPhrase(normalised, phrase);
            for (int i = 0; i < n; i++) {
                found.add(phrase);
            }
        }
        return found;
    }

    /** Blame, cover-ups and ethical shortcuts, as the phrases found. */
    static List<String> redFlags(String normalised) {
        List<String> found = found(normalised, COVER_UP);
        Matcher m = BLAME.matcher(normalised);
        while (m.find()) {
            if (m.group(1) == null) {
                found.add(m.group(2));
            }
        }
        return found;
    }
}
