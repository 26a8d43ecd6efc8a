package com.interviewed.voice.cascade;

import com.interviewed.speech.SpeechRecognizer;
import com.interviewed.speech.SpeechSynthesizer;
import com.interviewed.voice.Conversation;
import com.interviewed.voice.VoiceProperties;
import com.interviewed.voice.VoiceSession;
import com.interviewed.voice.VoiceSessionFactory;
import com.interviewed.voice.VoiceSessionSpec;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** The offline default: local recognition, the configured interviewer, local synthesis. */
@Component
@ConditionalOnProperty(name = "interviewed.voice.provider", havingValue = "cascade", matchIfMissing = true)
class CascadeVoiceSessionFactory implements VoiceSessionFactory, DisposableBean {

    private final SpeechRecognizer recognizer;
    private final SpeechSynthesizer synthesizer;
    private final VoiceProperties properties;
    private final PhraseCache phrases;
    private final ReplyTimers replyTimers;
    private final ScheduledExecutorService timers = Executors.newScheduledThreadPool(1, runnable -> {
        Thread thread = new Thread(runnable, "voice-timers");
        thread.setDaemon(true);
        return thread;
    });

    CascadeVoiceSessionFactory(SpeechRecognizer recognizer, SpeechSynthesizer synthesizer,
            VoiceProperties properties, MeterRegistry meterRegistry) {
        this.recognizer = recognizer;
        this.replyTimers = ReplyTimers.register(meterRegistry);
        this.synthesizer = synthesizer;
        this.properties = properties;
        this.phrases = new PhraseCache(synthesizer);
    }

    @Override
    public String provider() {
        return "cascade";
    }

    @Override
    public boolean audioAvailable() {
        return recognizer.available();
    }

    @Override
    public VoiceSession open(VoiceSessionSpec spec, Conversation conversation) {
        return new CascadeVoiceSession(spec, conversation, recognizer, synthesizer, phrases, properties, timers,
                replyTimers, () -> System.nanoTime() / 1_000_000);
    }

    @Override
    public void destroy() {
        timers.shutdownNow();
    }
}
