package com.interviewed.scoring;

import com.interviewed.interview.HeardWord;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a quoted piece of evidence rests on words the recogniser was unsure of: the quote is found word for word in
 * the spoken answer it came from, and one of its words there was heard with low confidence. Typed and corrected
 * answers carry no word confidences, so their quotes are never unsure.
 */
final class UnsureQuotes {

    private UnsureQuotes() {
    }

    static boolean unsure(String quote, List<ReportTurn> transcript) {
        List<String> quoted = Text.words(quote);
        if (quoted.isEmpty()) {
            return false;
        }
        for (ReportTurn turn : transcript) {
            if (turn.candidate() && turn.hasUnsureWords() && unsureIn(quoted, turn.words())) {
                return true;
            }
        }
        return false;
    }

    private static boolean unsureIn(List<String> quoted, List<HeardWord> heard) {
        List<String> words = new ArrayList<>();
        List<Boolean> unsure = new ArrayList<>();
        for (HeardWord word : heard) {
            for (String token : Text.words(word.word())) {
                words.add(token);
                unsure.add(word.unsure());
            }
        }
        for (int start = 0; start + quoted.size() <= words.size(); start++) {
            if (words.subList(start, start + quoted.size()).equals(quoted)
                    && unsure.subList(start, start + quoted.size()).contains(true)) {
                return true;
            }
        }
        return false;
    }
}
