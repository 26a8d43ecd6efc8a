package com.interviewed;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableAsync
@EnableScheduling
public class InterviewedApplication {

    public static void main(String[] args) {
        SpringApplication.run(InterviewedApplication.class, args);
    }

    /** Every module reads time from this clock, so that tests can control it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
