package com.interviewed.voice;

/**
 * Opens the live voice session of one interview connection. The configured provider is chosen by
 * {@code interviewed.voice.provider}: the offline cascade (the default) or a speech-to-speech cloud model.
 */
public interface VoiceSessionFactory {

    /** For example {@code cascade} or {@code nova-sonic}. */
    String provider();

    /** False when the provider cannot handle audio here (for example speech packages missing): typed mode only. */
    boolean audioAvailable();

    VoiceSession open(VoiceSessionSpec spec, VoiceConversation conversation);
}
