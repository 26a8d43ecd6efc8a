package com.interviewed.notifications;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The outbox worker polls on Spring's scheduler. */
@Configuration
@EnableScheduling
class NotificationsConfiguration {
}
