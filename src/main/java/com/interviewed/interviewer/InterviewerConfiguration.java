package com.interviewed.interviewer;

import com.interviewed.questions.QuestionBank;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** Exposes exactly one {@link Interviewer}: the configured adapter, with the deterministic one as its fallback. */
@Configuration(proxyBeanMethods = false)
class InterviewerConfiguration {

    private static final Logger log = LoggerFactory.getLogger(InterviewerConfiguration.class);

    @Bean
    Interviewer interviewer(InterviewerProperties properties, ObjectProvider<QuestionBank> questionBank,
            ObjectProvider<JsonMapper> json) {
        RoleTitles roleTitles = new RoleTitles(questionBank::getIfUnique);
        Interviewer deterministic = new DeterministicInterviewer(properties, roleTitles,
                properties.understanding().embeddings() ? new MiniLmSimilarity() : SentenceSimilarity.NONE);
        Interviewer chosen = switch (properties.provider()) {
            case DETERMINISTIC -> deterministic;
            case OPENAI -> new FallbackInterviewer(new OpenAiInterviewer(properties, roleTitles,
                    json.getIfAvailable(JsonMapper::new)), deterministic);
        };
        log.info("Interviewer: {}{}", chosen.name(), chosen == deterministic ? ""
                : " at " + properties.openai().baseUrl() + ", falling back to " + deterministic.name());
        return chosen;
    }
}
