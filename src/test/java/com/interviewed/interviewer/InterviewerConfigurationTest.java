package com.interviewed.interviewer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The bean wiring, with the real config/interviewer.yml (imported by application.yml). */
class InterviewerConfigurationTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(InterviewerProperties.class)
    static class Properties {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withInitializer(new ConfigDataApplicationContextInitializer())
            .withUserConfiguration(Properties.class, InterviewerConfiguration.class);

    @Test
    void exposesTheDeterministicInterviewerByDefault() {
        context.run(app -> {
            assertThat(app).hasSingleBean(Interviewer.class);
            assertThat(app.getBean(Interviewer.class)).isInstanceOf(DeterministicInterviewer.class);
            InterviewerProperties properties = app.getBean(InterviewerProperties.class);
            assertThat(properties.followUps().minAnswerWords()).isEqualTo(25);
            assertThat(properties.silence().offerMoveOnAfter().toSeconds()).isEqualTo(20);
        });
    }

    @Test
    void exposesOnlyTheOpenAiInterviewerWrappingTheFallbackWhenConfigured() {
        context.withPropertyValues("interviewed.interviewer.provider=openai",
                "interviewed.interviewer.openai.base-url=http://localhost:11434/v1",
                "interviewed.interviewer.openai.model=llama3.1:8b",
                "interviewed.interviewer.openai.api-key=sk-secret").run(app -> {
                    assertThat(app).hasSingleBean(Interviewer.class);
                    Interviewer interviewer = app.getBean(Interviewer.class);
                    assertThat(interviewer).isInstanceOf(FallbackInterviewer.class);
                    assertThat(interviewer.name()).isEqualTo("openai:llama3.1:8b");
                    assertThat(app.getBean(InterviewerProperties.class).openai().toString())
                            .doesNotContain("sk-secret");
                });
    }

    @Test
    void refusesAnUnknownProvider() {
        context.withPropertyValues("interviewed.interviewer.provider=telepathy")
                .run(app -> assertThat(app).hasFailed());
    }
}
