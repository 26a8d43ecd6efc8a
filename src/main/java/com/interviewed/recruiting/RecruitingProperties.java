package com.interviewed.recruiting;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param inviteExpiryDays    default lifetime of a candidate's invite link
 * @param maxInviteExpiryDays the longest lifetime a recruiter may choose per batch
 * @param attempts            interviews a candidate may start from one invite (1 = no retakes)
 * @param colleagueExpiryDays lifetime of an invitation to join an organisation
 * @param pageSize            candidates per pipeline page
 * @param baseUrl             public address used in emailed links, e.g. {@code https://hire.example.com};
 *                            empty uses the address of the request that created the invite
 */
@Validated
@ConfigurationProperties("interviewed.recruiting")
record RecruitingProperties(
        @Min(1) @Max(365) int inviteExpiryDays,
        @Min(1) @Max(365) int maxInviteExpiryDays,
        @Min(1) @Max(10) int attempts,
        @Min(1) @Max(60) int colleagueExpiryDays,
        @Min(5) @Max(500) int pageSize,
        String baseUrl) {
}
