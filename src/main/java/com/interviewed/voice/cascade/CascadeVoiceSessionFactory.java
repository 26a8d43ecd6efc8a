package com.interviewed.voice.cascade;

import com.interviewed.speech.SpeechRecognizer;
import com.interviewed.speech.SpeechSynthesizer;
import com.interviewed.speech.SynthesizedSpeech;
import com.interviewed.voice.VoiceConversation;
import com.interviewed.voice.VoiceProperties;
import com.interviewed.voice.VoiceSession;
import com.interviewed.voice.VoiceSessionFactory;
import com.interviewed.voice.VoiceSessionSpec;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** The offline default: local recognition, the configured interviewer, local synthesis. */
@Component
@ConditionalOnProperty(name = "interviewed.voice.provider", havingValue = "cascade", matchIfMissing = true)
class CascadeVoiceSessionFactory implements VoiceSessionFactory, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(CascadeVoiceSessionFactory.class);

    private final SpeechRecognizer recognizer;
    private final SpeechSynthesizer synthesizer;
    private final VoiceProperties properties;
    private final PhraseCache phrases;
    private final ReplyTimers replyTimers;
    private final ScheduledExecutorService timers = Executors.newScheduledThreadPool(1, daemon("voice-timers"));
    /** Interviewer decisions and syntheses of every session: slow work that must never run on a session's worker. */
    private final ExecutorService slowWork = Executors.newCachedThreadPool(daemon("voice-slow-work"));

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
    public VoiceSession open(VoiceSessionSpec spec, VoiceConversation conversation) {
        SessionLoop loop = new WorkerLoop("voice-" + spec.interviewId().toString().substring(0, 8), timers, slowWork,
                e -> {
                    log.error("Voice session {} failed a turn", spec.interviewId(), e);
                    conversation.error("interviewer_failed", "The interviewer could not answer. Please try again.");
                });
        return new CascadeVoiceSession(spec, conversation, recognizer, this::synthesize, properties.turn(), loop,
                replyTimers);
    }

    /** Null when the interviewer's words can only be shown as text. */
    private SynthesizedSpeech synthesize(String sentence, String voice) {
        return synthesizer.available() ? phrases.synthesize(sentence, voice) : null;
    }

    @Override
    public void destroy() {
        timers.shutdownNow();
        slowWork.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
