package com.interviewed.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param recruiterHostPrefix a request whose Host starts with this (e.g. {@code hire.interviewed.example}) gets
 *                            the recruiter portal at {@code /}; empty turns host routing off
 */
@Validated
@ConfigurationProperties("interviewed.web")
record WebProperties(String recruiterHostPrefix) {

    boolean isRecruiterHost(String host) {
        return recruiterHostPrefix != null && !recruiterHostPrefix.isBlank() && host != null
                && host.regionMatches(true, 0, recruiterHostPrefix, 0, recruiterHostPrefix.length());
    }
}
