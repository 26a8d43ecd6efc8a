package com.interviewed.cloud;

import com.interviewed.voice.VoiceConversation;
import com.interviewed.voice.VoiceSession;
import com.interviewed.voice.VoiceSessionFactory;
import com.interviewed.voice.VoiceSessionSpec;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.LongSupplier;
import tools.jackson.databind.json.JsonMapper;

/** Live interviews on Amazon Nova 2 Sonic ({@code interviewed.voice.provider=nova-sonic}). */
final class NovaSonicVoiceSessionFactory implements VoiceSessionFactory {

    private final SonicStreams streams;
    private final CloudProperties properties;
    private final JsonMapper json;
    private final ScheduledExecutorService timers;
    private final SonicHealth health;
    private final UsageRecorder usage;
    private final LongSupplier clock;

    NovaSonicVoiceSessionFactory(SonicStreams streams, CloudProperties properties, JsonMapper json,
            ScheduledExecutorService timers, SonicHealth health, UsageRecorder usage, LongSupplier clock) {
        this.streams = streams;
        this.properties = properties;
        this.json = json;
        this.timers = timers;
        this.health = health;
        this.usage = usage;
        this.clock = clock;
    }

    @Override
    public String provider() {
        return "nova-sonic";
    }

    /** Nova hears the candidate itself: no local speech packages are needed. */
    @Override
    public boolean audioAvailable() {
        return true;
    }

    @Override
    public VoiceSession open(VoiceSessionSpec spec, VoiceConversation conversation) {
        return new NovaSonicSession(spec, conversation, streams, properties.sonic(), json, timers, clock, health,
                usage);
    }
}
