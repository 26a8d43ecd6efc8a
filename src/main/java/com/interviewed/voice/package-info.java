/**
 * Voice: the speech-to-speech session port that carries a live interview's audio and text, with the offline
 * cascade adapter (recognition → interviewer → synthesis) and cloud speech-to-speech adapters.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Voice")
package com.interviewed.voice;
