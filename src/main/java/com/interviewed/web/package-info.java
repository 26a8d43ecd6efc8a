/**
 * Shared web layer: the layout, the landing pages for both products, recruiter host routing and the RFC 9457
 * error responses of the JSON API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package com.interviewed.web;
