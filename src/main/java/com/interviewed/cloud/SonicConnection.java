package com.interviewed.cloud;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps one interview connected to Nova Sonic across Nova's limits: one {@link SonicStream} at a time, a fresh one
 * (with the history replayed) before the session time limit at a quiet moment, after transport errors with
 * backoff, or when Nova ends a stream by itself; audio arriving between two streams is kept for the next one, and
 * silent frames keep a muted stream alive. Typed output of the current stream goes to the {@link Owner}; output of
 * replaced streams is dropped. Confined to the session's worker.
 */
final class SonicConnection implements SonicStream.Listener {

    private static final Logger log = LoggerFactory.getLogger(SonicConnection.class);
    static final int INPUT_BYTES_PER_SECOND = SonicEvents.INPUT_RATE * 2;
    static final long KEEP_ALIVE_TICK_MS = 500;
    private static final long MAX_ROLLOVER_DEFERRAL_MS = 60_000;

    enum Reason {
        START, ROLLOVER, RECONNECT, HAND_OFF
    }

    /** What a new stream is told before audio: the speaker's voice, the system prompt and the history. */
    record Prompt(String voiceId, String system, List<SonicInstructions.Message> history) {
    }

    /** The session this connection serves. */
    interface Owner {

        boolean closed();

        Prompt prompt();

        void output(SonicStream stream, SonicOutput output);

        /** Not a moment to switch streams: Nova is generating, or the candidate is speaking. */
        boolean busy();

        /** The candidate answered and got no reply yet: a fresh stream must reply. */
        boolean replyOwed();

        /** The stream broke: whatever was being said ends here. */
        void streamLost();

        /** Nova cannot be reached (any more): the candidate is told. */
        void unavailable(String message);
    }

    private final UUID interviewId;
    private final Owner owner;
    private final SonicStreams streams;
    private final CloudProperties.Sonic settings;
    private final SonicEvents events;
    private final JsonMapper json;
    private final ScheduledExecutorService timers;
    private final Consumer<Runnable> worker;
    private final LongSupplier clock;
    private final SonicHealth health;
    private final PendingAudio pendingAudio;

    private SonicStream stream;
    private int generation;
    private int sessions;
    private long inputTokens;
    private long outputTokens;
    private int retries;
    private long rolloverDeferredSince = -1;
    private long firstOpenedAt = -1;
    private long lastAudioAt;
    private ScheduledFuture<?> pendingOpen;

    SonicConnection(UUID interviewId, Owner owner, SonicStreams streams, CloudProperties.Sonic settings,
            JsonMapper json, ScheduledExecutorService timers, Consumer<Runnable> worker, LongSupplier clock,
            SonicHealth health) {
        this.interviewId = interviewId;
        this.owner = owner;
        this.streams = streams;
        this.settings = settings;
        this.events = new SonicEvents(json);
        this.json = json;
        this.timers = timers;
        this.worker = worker;
        this.clock = clock;
        this.health = health;
        this.pendingAudio = new PendingAudio(settings.bufferedAudioSeconds() * INPUT_BYTES_PER_SECOND);
        this.lastAudioAt = clock.getAsLong();
    }

    /** Opens a Nova stream for the current speaker; what was said so far is replayed into it. */
    void open(Reason reason, String trigger) {
        if (owner.closed()) {
            return;
        }
        Prompt prompt = owner.prompt();
        SonicStream s = new SonicStream(++generation, clock.getAsLong(), events, new SonicOutputParser(json));
        stream = s;
        sessions++;
        if (firstOpenedAt < 0) {
            firstOpenedAt = s.openedAt();
        }
        s.setUp(settings, prompt.voiceId(), prompt.system(), prompt.history(), pendingAudio.takeAll(), trigger);
        log.info("Nova Sonic session {} for interview {} ({}, voice {})", s.generation(), interviewId, reason,
                prompt.voiceId());
        s.invoke(streams, settings.modelId(), worker, this);
        timers.schedule(() -> worker.accept(() -> rollover(s)), settings.rolloverAfter().toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** Closes the current stream now and opens the next one after {@code delayMillis}, first running {@code before}. */
    void reopenAfter(long delayMillis, Reason reason, String trigger, Runnable before) {
        close();
        scheduleOpen(() -> {
            before.run();
            open(reason, trigger);
        }, delayMillis);
    }

    /** Milliseconds since the first stream opened: the interview's time base for transcripts. */
    long sinceStart() {
        return firstOpenedAt < 0 ? 0 : clock.getAsLong() - firstOpenedAt;
    }

    void sendAudio(byte[] pcm) {
        lastAudioAt = clock.getAsLong();
        if (stream == null) {
            // Between streams: keep the candidate's words for the next one.
            pendingAudio.add(pcm);
        } else {
            stream.sendAudio(pcm);
        }
    }

    void sendUserText(String text) {
        if (stream != null) {
            stream.sendText("USER", text, true);
        }
    }

    /** A muted microphone sends nothing, but Nova ends a stream after about 175 s without audio. */
    void keepAliveTick() {
        if (stream != null && clock.getAsLong() - lastAudioAt >= settings.keepAliveAfter().toMillis()) {
            stream.sendAudio(new byte[(int) (INPUT_BYTES_PER_SECOND * KEEP_ALIVE_TICK_MS / 1000)]);
        }
    }

    /** Ends the current stream and forgets it: late events from it are ignored. */
    void close() {
        SonicStream s = stream;
        stream = null;
        if (s == null || s.closed()) {
            return;
        }
        s.close();
        inputTokens += s.inputTokens();
        outputTokens += s.outputTokens();
    }

    /** The session ends: no more streams; usage totals for the record. */
    void shutdown() {
        if (pendingOpen != null) {
            pendingOpen.cancel(false);
        }
        close();
    }

    int sessions() {
        return sessions;
    }

    long inputTokens() {
        return inputTokens;
    }

    long outputTokens() {
        return outputTokens;
    }

    @Override
    public void output(int gen, String rawEvent) {
        if (!current(gen)) {
            return;
        }
        SonicStream s = stream;
        if (!s.producedOutput()) {
            retries = 0;
            health.succeeded();
        }
        owner.output(s, s.parse(rawEvent));
    }

    @Override
    public void ended(int gen) {
        if (current(gen)) {
            // Nova ended the stream by itself (idle limit, or its session limit): carry on in a new one.
            reconnect(new IllegalStateException("stream ended by the service"));
        }
    }

    @Override
    public void failed(int gen, Throwable error) {
        if (!current(gen)) {
            return;
        }
        Throwable cause = SonicErrors.unwrap(error);
        if (!SonicErrors.retryable(cause)) {
            String reason = SonicErrors.describe(cause);
            log.error("Nova Sonic failed for interview {} and will not be retried: {}", interviewId, reason);
            health.failed(reason);
            close();
            owner.unavailable("The interviewer's voice service is unavailable. Please try again later.");
            return;
        }
        reconnect(cause);
    }

    private boolean current(int gen) {
        return !owner.closed() && stream != null && stream.generation() == gen;
    }

    /** Before Nova's time limit: a fresh stream, at a moment when nobody is speaking. */
    private void rollover(SonicStream s) {
        if (owner.closed() || stream != s) {
            return;
        }
        long now = clock.getAsLong();
        if (owner.busy()) {
            if (rolloverDeferredSince < 0) {
                rolloverDeferredSince = now;
            }
            if (now - rolloverDeferredSince < MAX_ROLLOVER_DEFERRAL_MS) {
                timers.schedule(() -> worker.accept(() -> rollover(s)), 500, TimeUnit.MILLISECONDS);
                return;
            }
        }
        rolloverDeferredSince = -1;
        close();
        open(Reason.ROLLOVER, owner.replyOwed() ? SonicInstructions.reconnectTrigger() : null);
    }

    private void reconnect(Throwable cause) {
        close();
        owner.streamLost();
        if (retries >= settings.maxRetries()) {
            String reason = "gave up after " + retries + " retries: " + SonicErrors.describe(cause);
            log.error("Nova Sonic for interview {} {}", interviewId, reason);
            health.failed(reason);
            owner.unavailable("The interviewer's voice connection was lost. Please reload the page to continue.");
            return;
        }
        long delay = settings.initialBackoff().toMillis() << Math.min(retries, 10);
        retries++;
        log.warn("Nova Sonic stream for interview {} lost ({}); reconnecting in {} ms (attempt {})", interviewId,
                SonicErrors.describe(cause), delay, retries);
        scheduleOpen(() -> open(Reason.RECONNECT, SonicInstructions.reconnectTrigger()), delay);
    }

    /** The one pending reconnect or hand-off; a newer one replaces it. */
    private void scheduleOpen(Runnable task, long delayMillis) {
        if (pendingOpen != null) {
            pendingOpen.cancel(false);
        }
        pendingOpen = timers.schedule(() -> worker.accept(task), delayMillis, TimeUnit.MILLISECONDS);
    }
}
