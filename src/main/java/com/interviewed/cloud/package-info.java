/**
 * Cloud: Amazon Bedrock adapters. The Nova 2 Sonic speech-to-speech adapter of the voice session port (session
 * setup, audio both ways, tool-driven interview control, rollover, reconnect, panel hand-off, usage accounting),
 * provider health indicators and the read-only {@code /admin/providers} page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cloud")
package com.interviewed.cloud;
