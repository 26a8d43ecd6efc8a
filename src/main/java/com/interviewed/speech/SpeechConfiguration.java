package com.interviewed.speech;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The offline speech adapters behind {@link SpeechRecognizer} and {@link SpeechSynthesizer}. */
@Configuration(proxyBeanMethods = false)
class SpeechConfiguration {

    /** Closing frees the pooled native decoders. */
    @Bean(destroyMethod = "close")
    PocketsphinxRecognizer pocketsphinxRecognizer(SpeechProperties properties) {
        return new PocketsphinxRecognizer(properties.recognizer());
    }

    @Bean(destroyMethod = "close")
    FliteSynthesizer fliteSynthesizer(SpeechProperties properties) {
        return new FliteSynthesizer(properties.synthesizer());
    }
}
