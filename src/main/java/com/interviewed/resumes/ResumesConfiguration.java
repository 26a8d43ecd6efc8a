package com.interviewed.resumes;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The skill taxonomy is read once at startup; a malformed file stops the application with the line at fault. */
@Configuration
class ResumesConfiguration {

    @Bean
    SkillTaxonomy skillTaxonomy() {
        return SkillTaxonomy.fromClasspath();
    }
}
