package com.interviewed.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.interviewed.support.HttpTestSupport;
import com.interviewed.support.RecognisedWords;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;

/**
 * Evidence is never quoted as certainly said when the recogniser was unsure of its words: the report says so at
 * the quote, in words, and leaves quotes of answers heard with confidence (or typed) as they are.
 */
class UnsureEvidenceTest extends HttpTestSupport {

    /** The story as the recogniser heard it: lower case, no punctuation, one word it was unsure of. */
    private static final String HEARD_STORY = "at my last company a colleague wanted mongo for the order service and i "
            + "preferred postgres i asked him to walk me through his reasons and we ran a two day benchmark of our top "
            + "ten queries postgres was faster on eight of them so we stayed and i learned to look for the problem "
            + "behind a proposal";
    private static final String UNSURE = "benchmark";

    @Autowired
    InterviewScoring scoring;

    @Test
    void aQuoteWithAnUnsureWordIsMarkedInTheReportAndTheOthersAreNot() {
        String email = uniqueEmail("unsure-evidence");
        String token = registerAndGetToken("CANDIDATE", email, "correct horse");
        UUID interview = SeededInterview.insert(jdbc, SeededInterview.userId(jdbc, email));
        assertThat(jdbc.sql("update transcript_turns set text = ?, words_json = ? where interview_id = ? and text = ?")
                .params(HEARD_STORY, RecognisedWords.withOneUnsure(HEARD_STORY, UNSURE), interview,
                        SeededInterview.STORY).update())
                .isEqualTo(1);

        scoring.score(interview);

        JsonNode evaluation = get("/api/v1/interviews/" + interview + "/evaluation", token).json();
        List<String> unsure = new ArrayList<>();
        List<String> sure = new ArrayList<>();
        evaluation.get("questions").forEach(q -> q.get("evidence").forEach(e -> {
            String quote = e.asString();
            (Pattern.compile("\\b" + UNSURE + "\\b").matcher(quote).find() ? unsure : sure).add(quote);
        }));
        assertThat(unsure).as("the story's quote rests on the unsure word").isNotEmpty();
        assertThat(sure).as("other answers are quoted too").isNotEmpty();

        String html = get("/interviews/" + interview + "/report", token).body();
        for (String quote : unsure) {
            assertThat(html).containsPattern("<p>" + Pattern.quote(HtmlUtils.htmlEscape(quote))
                    + "</p>\\s*<p class=\"hint unsure-note\">May be misheard");
        }
        for (String quote : sure) {
            assertThat(html).containsPattern("<p>" + Pattern.quote(HtmlUtils.htmlEscape(quote))
                    + "</p>\\s*</blockquote>");
        }
    }
}
