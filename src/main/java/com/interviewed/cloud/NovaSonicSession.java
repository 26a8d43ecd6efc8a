package com.interviewed.cloud;

import com.interviewed.interviewer.InterviewerReply;
import com.interviewed.interviewer.Utterance;
import com.interviewed.questions.Persona;
import com.interviewed.questions.PlannedQuestion;
import com.interviewed.questions.QuestionCategory;
import com.interviewed.voice.VoiceConversation;
import com.interviewed.voice.SessionWorker;
import com.interviewed.voice.VoiceSession;
import com.interviewed.voice.VoiceSessionSpec;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.bedrockruntime.model.BidirectionalOutputPayloadPart;
import software.amazon.awssdk.services.bedrockruntime.model.InvokeModelWithBidirectionalStreamInput;
import software.amazon.awssdk.services.bedrockruntime.model.InvokeModelWithBidirectionalStreamRequest;
import software.amazon.awssdk.services.bedrockruntime.model.InvokeModelWithBidirectionalStreamResponseHandler;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One interview connection on Amazon Nova 2 Sonic. Nova listens, decides and speaks itself; this class relays audio
 * both ways, reports only FINAL transcripts to the {@link VoiceConversation}, turns tool calls into interviewer moves,
 * and keeps the conversation going across Nova's session limits: a fresh session (with the history replayed) before
 * the time limit, after idle or transport errors, and for each panelist of a panel.
 *
 * <p>Every state change runs on this session's single worker thread, in arrival order: audio from the WebSocket,
 * events from the SDK and timers are all queued there, so that nothing here needs a lock and nothing here holds
 * one while calling the conversation (which may close this session from inside its own lock).
 */
final class NovaSonicSession implements VoiceSession {

    private static final Logger log = LoggerFactory.getLogger(NovaSonicSession.class);
    /** Interviewer audio bytes per millisecond at 24 kHz PCM16 mono. */
    private static final int OUTPUT_BYTES_PER_MS = SonicEvents.OUTPUT_RATE * 2 / 1000;
    private static final int INPUT_BYTES_PER_SECOND = SonicEvents.INPUT_RATE * 2;
    private static final long KEEP_ALIVE_TICK_MS = 500;
    /** Mean absolute amplitude above which a microphone frame counts as the candidate speaking. */
    private static final int VOICE_LEVEL = 500;
    private static final long VOICE_HANGOVER_MS = 1500;
    private static final long MAX_ROLLOVER_DEFERRAL_MS = 60_000;
    private static final long END_GRACE_MS = 20_000;
    private static final long PLAYBACK_MARGIN_MS = 250;

    enum Reason {
        START, ROLLOVER, RECONNECT, HAND_OFF
    }

    private final VoiceSessionSpec spec;
    private final VoiceConversation conversation;
    private final SonicStreams streams;
    private final CloudProperties.Sonic settings;
    private final SonicEvents events;
    private final JsonMapper json;
    private final ScheduledExecutorService timers;
    private final LongSupplier clock;
    private final SonicHealth health;
    private final UsageRecorder usage;
    private final SessionWorker worker;

    // Worker-confined state.
    private final List<Utterance> history;
    private final Deque<byte[]> pendingAudio = new ArrayDeque<>();
    private int pendingBytes;
    private Stream stream;
    private int generation;
    private int speakerIndex;
    private int questionIndex;
    private Turn turn;
    /** A finished turn whose audio the browser is still playing: a barge-in can still cut it short. */
    private Turn playing;
    private boolean awaitingNewTurn;
    private long lastAudioAt;
    private long lastVoiceAt = Long.MIN_VALUE / 2;
    private long sessionOpenedAt;
    private int retries;
    private long rolloverDeferredSince = -1;
    private String lastTyped;
    private boolean endRequested;
    private long inputTokens;
    private long outputTokens;
    private int sessions;
    private ScheduledFuture<?> keepAlive;
    private ScheduledFuture<?> pendingTimer;
    private volatile boolean closed;

    NovaSonicSession(VoiceSessionSpec spec, VoiceConversation conversation, SonicStreams streams,
            CloudProperties.Sonic settings, JsonMapper json, ScheduledExecutorService timers, LongSupplier clock,
            SonicHealth health, UsageRecorder usage) {
        this.spec = spec;
        this.conversation = conversation;
        this.streams = streams;
        this.settings = settings;
        this.json = json;
        this.events = new SonicEvents(json);
        this.timers = timers;
        this.clock = clock;
        this.health = health;
        this.usage = usage;
        this.history = new ArrayList<>(spec.history());
        this.speakerIndex = spec.speakerIndex();
        this.questionIndex = -1;
        this.worker = new SessionWorker("nova-" + spec.interviewId().toString().substring(0, 8),
                e -> log.error("Nova Sonic session for interview {} failed an event", spec.interviewId(), e));
        this.lastAudioAt = clock.getAsLong();
    }

    // ---- The port ----

    @Override
    public void start() {
        submit(() -> {
            boolean resumed = !history.isEmpty();
            InterviewerReply opening = conversation.opening();
            String planned = null;
            if (opening != null) {
                speakerIndex = opening.speakerIndex();
                questionIndex = opening.questionIndex();
                planned = opening.text();
            }
            openStream(Reason.START, SonicInstructions.openingTrigger(planned, resumed));
            keepAlive = timers.scheduleAtFixedRate(() -> submit(this::keepAliveTick), KEEP_ALIVE_TICK_MS,
                    KEEP_ALIVE_TICK_MS, TimeUnit.MILLISECONDS);
        });
    }

    @Override
    public void acceptAudio(short[] samples, int length) {
        if (closed || length <= 0) {
            return;
        }
        byte[] pcm = new byte[length * 2];
        long level = 0;
        for (int i = 0; i < length; i++) {
            pcm[2 * i] = (byte) samples[i];
            pcm[2 * i + 1] = (byte) (samples[i] >> 8);
            level += Math.abs(samples[i]);
        }
        boolean voiced = level / length > VOICE_LEVEL;
        submit(() -> {
            long now = clock.getAsLong();
            lastAudioAt = now;
            if (voiced) {
                lastVoiceAt = now;
            }
            sendAudio(pcm);
        });
    }

    @Override
    public void acceptText(String text) {
        submit(() -> {
            interruptTurn();
            long at = clock.getAsLong() - sessionOpenedAt;
            String id = UUID.randomUUID().toString();
            conversation.candidateFinal(id, text, at, at, true);
            history.add(new Utterance("candidate", candidateName(), text));
            lastTyped = text.strip();
            sendUserText(text, true);
        });
    }

    @Override
    public void acceptCode(String language, String code, String testSummary) {
        submit(() -> {
            String body = code == null ? "" : code;
            if (body.length() > 6000) {
                body = body.substring(0, 6000) + "\n…";
            }
            sendUserText("(The candidate's current " + language + " code:\n" + body
                    + (testSummary == null || testSummary.isBlank() ? "" : "\nTest results: " + testSummary)
                    + "\nDiscuss it briefly only if they ask or when they say they are done.)", true);
        });
    }

    @Override
    public void requestEnd() {
        submit(() -> {
            interruptTurn();
            endRequested = true;
            sendUserText("(The candidate asked to end the interview now. Thank them in one sentence and call "
                    + SonicTools.END + ".)", true);
            scheduleEndFallback();
        });
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        // Runs after whatever is queued; close() may itself be called from the worker.
        worker.submitEvenIfStopped(this::shutdown);
        worker.stop();
    }

    private void shutdown() {
        if (keepAlive != null) {
            keepAlive.cancel(false);
        }
        cancelPendingTimer();
        if (turn != null) {
            Turn t = turn;
            turn = null;
            conversation.interviewerFinished(t.id, t.spokenOrPreview(), false);
        }
        reportPlayed();
        closeStream();
        if (sessions > 0) {
            usage.record(spec.interviewId(), settings.modelId(), sessions, inputTokens, outputTokens);
        }
    }

    // ---- Streams ----

    /** Opens a Nova session for the current speaker; what was said so far is replayed into it. */
    private void openStream(Reason reason, String trigger) {
        if (closed) {
            return;
        }
        Persona persona = persona(speakerIndex);
        Stream s = new Stream(++generation, UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                clock.getAsLong());
        stream = s;
        sessions++;
        if (sessionOpenedAt == 0) {
            sessionOpenedAt = s.openedAt;
        }
        s.send(events.sessionStart(settings));
        s.send(events.promptStart(s.promptName, persona.novaVoiceId()));
        String system = SonicInstructions.systemPrompt(spec.plan(), spec.interviewers(), speakerIndex,
                spec.candidateName(), spec.profile());
        sendText(s, "SYSTEM", system, false);
        for (SonicInstructions.Message m : SonicInstructions.history(history, settings.maxHistoryBytes(),
                persona.name())) {
            sendText(s, m.role(), m.text(), false);
        }
        s.send(events.audioStart(s.promptName, s.audioContent));
        while (!pendingAudio.isEmpty()) {
            s.send(events.audioInput(s.promptName, s.audioContent,
                    Base64.getEncoder().encodeToString(pendingAudio.poll())));
        }
        pendingBytes = 0;
        if (trigger != null) {
            sendText(s, "USER", trigger, true);
        }
        log.info("Nova Sonic session {} for interview {} ({}, voice {})", s.generation, spec.interviewId(),
                reason, persona.novaVoiceId());
        InvokeModelWithBidirectionalStreamRequest request = InvokeModelWithBidirectionalStreamRequest.builder()
                .modelId(settings.modelId()).build();
        int gen = s.generation;
        InvokeModelWithBidirectionalStreamResponseHandler handler = InvokeModelWithBidirectionalStreamResponseHandler
                .builder()
                .subscriber(InvokeModelWithBidirectionalStreamResponseHandler.Visitor.builder()
                        .onChunk((BidirectionalOutputPayloadPart part) -> {
                            String event = part.bytes().asUtf8String();
                            submit(() -> onOutput(gen, event));
                        })
                        .build())
                .onError(error -> submit(() -> onStreamFailed(gen, error)))
                .build();
        CompletableFuture<Void> done;
        try {
            done = streams.invoke(request, s.input, handler);
        } catch (RuntimeException e) {
            onStreamFailed(gen, e);
            return;
        }
        done.whenComplete((ok, error) -> submit(() -> {
            if (error != null) {
                onStreamFailed(gen, error);
            } else {
                onStreamEnded(gen);
            }
        }));
        scheduleRollover(s);
    }

    /** Ends the current stream politely (Nova bills until sessionEnd) and forgets it: late events are ignored. */
    private void closeStream() {
        Stream s = stream;
        stream = null;
        if (s == null || s.closed) {
            return;
        }
        s.closed = true;
        s.send(events.contentEnd(s.promptName, s.audioContent));
        s.send(events.promptEnd(s.promptName));
        s.send(events.sessionEnd());
        s.input.complete();
        inputTokens += s.inputTokens;
        outputTokens += s.outputTokens;
    }

    private void scheduleRollover(Stream s) {
        long delay = settings.rolloverAfter().toMillis();
        timers.schedule(() -> submit(() -> rollover(s)), delay, TimeUnit.MILLISECONDS);
    }

    /** Before Nova's time limit: a fresh session, at a moment when nobody is speaking. */
    private void rollover(Stream s) {
        if (closed || stream != s) {
            return;
        }
        long now = clock.getAsLong();
        boolean busy = turn != null || now - lastVoiceAt < VOICE_HANGOVER_MS;
        if (busy) {
            if (rolloverDeferredSince < 0) {
                rolloverDeferredSince = now;
            }
            if (now - rolloverDeferredSince < MAX_ROLLOVER_DEFERRAL_MS) {
                timers.schedule(() -> submit(() -> rollover(s)), 500, TimeUnit.MILLISECONDS);
                return;
            }
        }
        rolloverDeferredSince = -1;
        closeStream();
        // The candidate answered and the old session had not replied yet: the new one must.
        boolean owed = !history.isEmpty() && "candidate".equals(history.get(history.size() - 1).role());
        openStream(Reason.ROLLOVER, owed ? SonicInstructions.reconnectTrigger() : null);
    }

    private void onStreamEnded(int gen) {
        if (closed || stream == null || stream.generation != gen) {
            return;
        }
        // Nova ended the stream by itself (idle limit, or its session limit): carry on in a new one.
        reconnect(new IllegalStateException("stream ended by the service"));
    }

    private void onStreamFailed(int gen, Throwable error) {
        if (closed || stream == null || stream.generation != gen) {
            return;
        }
        Throwable cause = SonicErrors.unwrap(error);
        if (!SonicErrors.retryable(cause)) {
            String reason = SonicErrors.describe(cause);
            log.error("Nova Sonic failed for interview {} and will not be retried: {}", spec.interviewId(), reason);
            health.failed(reason);
            closeStream();
            conversation.error("voice_unavailable", "The interviewer's voice service is unavailable. "
                    + "Please try again later.");
            return;
        }
        reconnect(cause);
    }

    private void reconnect(Throwable cause) {
        closeStream();
        finishTurnCut();
        if (retries >= settings.maxRetries()) {
            String reason = "gave up after " + retries + " retries: " + SonicErrors.describe(cause);
            log.error("Nova Sonic for interview {} {}", spec.interviewId(), reason);
            health.failed(reason);
            conversation.error("voice_unavailable", "The interviewer's voice connection was lost. "
                    + "Please reload the page to continue.");
            return;
        }
        long delay = settings.initialBackoff().toMillis() << Math.min(retries, 10);
        retries++;
        log.warn("Nova Sonic stream for interview {} lost ({}); reconnecting in {} ms (attempt {})",
                spec.interviewId(), SonicErrors.describe(cause), delay, retries);
        schedule(() -> openStream(Reason.RECONNECT, SonicInstructions.reconnectTrigger()), delay);
    }

    // ---- Output events ----

    private void onOutput(int gen, String raw) {
        Stream s = stream;
        if (closed || s == null || s.generation != gen) {
            return;
        }
        JsonNode event = json.readTree(raw).path("event");
        if (!s.producedOutput) {
            s.producedOutput = true;
            retries = 0;
            health.succeeded();
        }
        if (event.has("contentStart")) {
            JsonNode c = event.get("contentStart");
            String stage = "FINAL";
            String extra = c.path("additionalModelFields").asString("");
            if (!extra.isBlank()) {
                stage = json.readTree(extra).path("generationStage").asString("FINAL");
            }
            s.blocks.put(c.path("contentId").asString(""), new Block(c.path("type").asString(""),
                    c.path("role").asString(""), stage));
        } else if (event.has("textOutput")) {
            onText(s, event.get("textOutput"));
        } else if (event.has("audioOutput")) {
            onAudio(event.get("audioOutput"));
        } else if (event.has("toolUse")) {
            JsonNode t = event.get("toolUse");
            s.toolName = t.path("toolName").asString("");
            s.toolUseId = t.path("toolUseId").asString("");
            s.toolInput = t.path("content").asString("{}");
        } else if (event.has("contentEnd")) {
            JsonNode c = event.get("contentEnd");
            Block block = s.blocks.remove(c.path("contentId").asString(""));
            String type = block != null ? block.type : c.path("type").asString("");
            String stopReason = c.path("stopReason").asString("");
            if ("TOOL".equals(type) && s.toolName != null) {
                String name = s.toolName;
                String id = s.toolUseId;
                String input = s.toolInput;
                s.toolName = null;
                runTool(s, name, id, input);
            } else if ("INTERRUPTED".equals(stopReason)) {
                bargeIn();
            } else if ("END_TURN".equals(stopReason) && block != null && "ASSISTANT".equals(block.role)
                    && "TEXT".equals(type) && "FINAL".equals(block.stage)) {
                finishTurn();
            }
        } else if (event.has("usageEvent")) {
            JsonNode u = event.get("usageEvent");
            // Totals are cumulative over the session.
            s.inputTokens = Math.max(s.inputTokens, u.path("totalInputTokens").asLong(0));
            s.outputTokens = Math.max(s.outputTokens, u.path("totalOutputTokens").asLong(0));
        } else if (event.has("completionEnd")) {
            finishTurn();
        }
    }

    private void onText(Stream s, JsonNode text) {
        Block block = s.blocks.get(text.path("contentId").asString(""));
        String role = text.path("role").asString(block == null ? "" : block.role);
        String stage = block == null ? "FINAL" : block.stage;
        String content = text.path("content").asString("");
        if (isInterruptedMarker(content)) {
            bargeIn();
            return;
        }
        if (content.isBlank()) {
            return;
        }
        if ("USER".equals(role)) {
            if (!"FINAL".equals(stage)) {
                return;
            }
            String said = content.strip();
            if (said.equals(lastTyped)) {
                // Nova echoes typed input as the user's turn; it is already in the transcript.
                lastTyped = null;
                return;
            }
            finishTurn();
            long end = clock.getAsLong() - sessionOpenedAt;
            conversation.candidateFinal(UUID.randomUUID().toString(), said, Math.max(0, end - 1), end, false);
            history.add(new Utterance("candidate", candidateName(), said));
            return;
        }
        if (!"ASSISTANT".equals(role)) {
            return;
        }
        if ("SPECULATIVE".equals(stage)) {
            if (turn == null) {
                startTurn(content.strip());
            }
            awaitingNewTurn = false;
            return;
        }
        if (awaitingNewTurn) {
            return;
        }
        if (turn == null) {
            startTurn(content.strip());
        }
        turn.spoken.append(turn.spoken.isEmpty() ? "" : " ").append(content.strip());
    }

    private void onAudio(JsonNode audio) {
        if (awaitingNewTurn) {
            return;
        }
        byte[] pcm = Base64.getDecoder().decode(audio.path("content").asString(""));
        if (pcm.length == 0) {
            return;
        }
        if (turn == null) {
            startTurn("");
        }
        long now = clock.getAsLong();
        if (turn.firstAudioAt < 0) {
            turn.firstAudioAt = now;
        }
        turn.audioBytes += pcm.length;
        conversation.interviewerAudio(turn.id, pcm);
    }

    private boolean isInterruptedMarker(String content) {
        String c = content.strip();
        if (!c.startsWith("{")) {
            return false;
        }
        try {
            return json.readTree(c).path("interrupted").asBoolean(false);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private void startTurn(String preview) {
        turn = new Turn(UUID.randomUUID().toString(), preview);
        conversation.interviewerStarted(turn.id, speakerIndex, preview, SonicEvents.OUTPUT_RATE);
    }

    /** The interviewer's turn is complete: it counts as spoken once the browser has played it. */
    private void finishTurn() {
        Turn t = turn;
        if (t == null) {
            return;
        }
        turn = null;
        t.historyIndex = history.size();
        history.add(new Utterance("interviewer", persona(speakerIndex).name(), t.spokenOrPreview()));
        reportPlayed();
        long delay = Math.max(0, t.playbackEnd() + PLAYBACK_MARGIN_MS - clock.getAsLong());
        if (delay == 0) {
            conversation.interviewerFinished(t.id, t.spokenOrPreview(), false);
            return;
        }
        playing = t;
        timers.schedule(() -> submit(() -> {
            if (playing == t) {
                reportPlayed();
            }
        }), delay, TimeUnit.MILLISECONDS);
    }

    /** The turn still playing in the browser is over (or superseded): report it as fully spoken. */
    private void reportPlayed() {
        Turn t = playing;
        if (t != null) {
            playing = null;
            conversation.interviewerFinished(t.id, t.spokenOrPreview(), false);
        }
    }

    /** The stream broke mid-turn: keep what was confirmed spoken. */
    private void finishTurnCut() {
        Turn t = turn;
        if (t == null) {
            return;
        }
        turn = null;
        String spoken = t.spoken.toString();
        history.add(new Utterance("interviewer", persona(speakerIndex).name(), spoken));
        conversation.interviewerFinished(t.id, spoken, true);
    }

    /** Nova heard the candidate over the interviewer: stop playback, keep only what was actually spoken. */
    private void bargeIn() {
        awaitingNewTurn = true;
        Turn t = turn;
        if (t != null) {
            turn = null;
            String spoken = t.spoken.toString().strip();
            history.add(new Utterance("interviewer", persona(speakerIndex).name(), spoken));
            conversation.bargeIn();
            conversation.interviewerFinished(t.id, spoken, true);
            return;
        }
        Turn p = playing;
        if (p != null) {
            // Nova had finished generating, but the browser was still playing: what was heard is a share of it.
            playing = null;
            String heard = p.heardBy(clock.getAsLong());
            history.set(p.historyIndex, new Utterance("interviewer", persona(speakerIndex).name(), heard));
            conversation.bargeIn();
            conversation.interviewerFinished(p.id, heard, true);
        }
    }

    /** Typed text interrupts like speech: the same as a barge-in, decided here rather than by Nova. */
    private void interruptTurn() {
        long now = clock.getAsLong();
        Turn t = turn != null ? turn : playing;
        if (t != null && t.playbackEnd() + PLAYBACK_MARGIN_MS > now) {
            bargeIn();
        } else {
            finishTurn();
            reportPlayed();
        }
    }

    // ---- Tools: the interviewer's control moves ----

    private void runTool(Stream s, String name, String toolUseId, String input) {
        Map<String, Object> result;
        switch (name) {
            case SonicTools.CODING -> result = issueChallenge();
            case SonicTools.END -> {
                answerTool(s, toolUseId, Map.of("ok", true, "instruction", "Say goodbye in one sentence."));
                conversation.control(new InterviewerReply("(closing)", speakerIndex, lastStepIndex(), 0,
                        InterviewerReply.Action.END, null));
                scheduleEndFallback();
                return;
            }
            case SonicTools.HAND_OFF -> {
                if (speakerIndex + 1 >= spec.interviewers().size()) {
                    result = Map.of("ok", false, "error", "You are the last panelist: close the interview with "
                            + SonicTools.END + ".");
                    break;
                }
                answerTool(s, toolUseId, Map.of("ok", true));
                handOff(speakerIndex + 1);
                return;
            }
            default -> result = Map.of("ok", false, "error", "unknown tool " + name);
        }
        answerTool(s, toolUseId, result);
    }

    private Map<String, Object> issueChallenge() {
        List<PlannedQuestion> steps = spec.plan().steps();
        int index = -1;
        for (int i = Math.max(0, questionIndex); i < steps.size() && index < 0; i++) {
            if (steps.get(i).category() == QuestionCategory.CODING && steps.get(i).challengeId() != null) {
                index = i;
            }
        }
        for (int i = 0; i < steps.size() && index < 0; i++) {
            if (steps.get(i).category() == QuestionCategory.CODING && steps.get(i).challengeId() != null) {
                index = i;
            }
        }
        if (index < 0) {
            return Map.of("ok", false, "error", "This interview has no coding challenge.");
        }
        questionIndex = index;
        PlannedQuestion step = steps.get(index);
        conversation.control(new InterviewerReply(step.text(), speakerIndex, index, 0,
                InterviewerReply.Action.CODE_CHALLENGE, step.challengeId()));
        return Map.of("ok", true, "challenge", step.text());
    }

    private void answerTool(Stream s, String toolUseId, Map<String, Object> result) {
        if (s.closed) {
            return;
        }
        String content = UUID.randomUUID().toString();
        s.send(events.toolStart(s.promptName, content, toolUseId));
        s.send(events.toolResult(s.promptName, content, result));
        s.send(events.contentEnd(s.promptName, content));
    }

    /**
     * The next panelist takes over: the current stream closes (nothing more from it reaches the browser), and the
     * next one opens with its own voice once the last words of the previous panelist have played, so voices never
     * overlap; its trigger asks for one introduction, and history tells it what was already said.
     */
    private void handOff(int next) {
        Persona previous = persona(speakerIndex);
        finishTurn();
        long playbackEnd = playing == null ? clock.getAsLong() : playing.playbackEnd();
        closeStream();
        int from = questionIndex;
        speakerIndex = next;
        questionIndex = firstStepOf(persona(next), from);
        conversation.control(new InterviewerReply("", next, questionIndex, 0, InterviewerReply.Action.HAND_OFF,
                null));
        String trigger = SonicInstructions.handOffTrigger(persona(next), previous);
        long delay = Math.max(0, playbackEnd + PLAYBACK_MARGIN_MS - clock.getAsLong());
        schedule(() -> {
            reportPlayed();
            openStream(Reason.HAND_OFF, trigger);
        }, delay);
    }

    private int firstStepOf(Persona persona, int after) {
        List<PlannedQuestion> steps = spec.plan().steps();
        for (int i = Math.max(0, after); i < steps.size(); i++) {
            if (Objects.equals(steps.get(i).panelRole(), persona.panelRole())) {
                return i;
            }
        }
        return Math.max(0, Math.min(after + 1, steps.size() - 1));
    }

    private int lastStepIndex() {
        return Math.max(0, spec.plan().steps().size() - 1);
    }

    /** If the closing words never come (or the candidate asked to stop and Nova did not call the tool), end anyway. */
    private void scheduleEndFallback() {
        timers.schedule(() -> submit(() -> {
            if (!closed) {
                conversation.control(new InterviewerReply("", speakerIndex, lastStepIndex(), 0,
                        InterviewerReply.Action.END, null));
            }
        }), END_GRACE_MS, TimeUnit.MILLISECONDS);
    }

    // ---- Input ----

    private void sendAudio(byte[] pcm) {
        Stream s = stream;
        if (s == null) {
            // Between sessions: keep the candidate's words for the next one.
            pendingAudio.add(pcm);
            pendingBytes += pcm.length;
            int max = settings.bufferedAudioSeconds() * INPUT_BYTES_PER_SECOND;
            while (pendingBytes > max && !pendingAudio.isEmpty()) {
                pendingBytes -= pendingAudio.poll().length;
            }
            return;
        }
        s.send(events.audioInput(s.promptName, s.audioContent, Base64.getEncoder().encodeToString(pcm)));
    }

    /** A muted microphone sends nothing, but Nova ends a stream after about 175 s without audio. */
    private void keepAliveTick() {
        Stream s = stream;
        if (s == null || clock.getAsLong() - lastAudioAt < settings.keepAliveAfter().toMillis()) {
            return;
        }
        byte[] silence = new byte[(int) (INPUT_BYTES_PER_SECOND * KEEP_ALIVE_TICK_MS / 1000)];
        s.send(events.audioInput(s.promptName, s.audioContent, Base64.getEncoder().encodeToString(silence)));
    }

    private void sendUserText(String text, boolean interactive) {
        Stream s = stream;
        if (s != null) {
            sendText(s, "USER", text, interactive);
        }
    }

    /** One TEXT content block; longer text goes as several inputs of at most 1 KB each. */
    private void sendText(Stream s, String role, String text, boolean interactive) {
        String content = UUID.randomUUID().toString();
        s.send(events.textStart(s.promptName, content, role, interactive));
        for (String piece : SonicInstructions.split(text, SonicInstructions.MAX_TEXT_BYTES)) {
            s.send(events.textInput(s.promptName, content, piece));
        }
        s.send(events.contentEnd(s.promptName, content));
    }

    // ---- Plumbing ----

    private Persona persona(int index) {
        List<Persona> all = spec.interviewers();
        return all.get(Math.max(0, Math.min(index, all.size() - 1)));
    }

    private String candidateName() {
        return spec.candidateName() == null ? "Candidate" : spec.candidateName();
    }

    private void schedule(Runnable task, long delayMillis) {
        cancelPendingTimer();
        pendingTimer = timers.schedule(() -> submit(task), delayMillis, TimeUnit.MILLISECONDS);
    }

    private void cancelPendingTimer() {
        if (pendingTimer != null) {
            pendingTimer.cancel(false);
        }
    }

    private void submit(Runnable task) {
        if (!closed) {
            worker.submit(task);
        }
    }

    /** For tests: waits until everything queued so far has run. */
    void drain() throws Exception {
        worker.drain();
    }

    private record Block(String type, String role, String stage) {
    }

    /** One Nova session: its prompt and audio content names, its input publisher, and what it has said. */
    private static final class Stream {
        final int generation;
        final String promptName;
        final String audioContent;
        final long openedAt;
        final EventPublisher<InvokeModelWithBidirectionalStreamInput> input = new EventPublisher<>();
        final Map<String, Block> blocks = new HashMap<>();
        boolean closed;
        boolean producedOutput;
        String toolName;
        String toolUseId;
        String toolInput;
        long inputTokens;
        long outputTokens;

        Stream(int generation, String promptName, String audioContent, long openedAt) {
            this.generation = generation;
            this.promptName = promptName;
            this.audioContent = audioContent;
            this.openedAt = openedAt;
        }

        void send(InvokeModelWithBidirectionalStreamInput event) {
            input.offer(event);
        }
    }

    /** One interviewer turn as the browser hears it. */
    private static final class Turn {
        final String id;
        final String preview;
        final StringBuilder spoken = new StringBuilder();
        long firstAudioAt = -1;
        long audioBytes;
        int historyIndex = -1;

        Turn(String id, String preview) {
            this.id = id;
            this.preview = preview;
        }

        String spokenOrPreview() {
            return spoken.isEmpty() ? preview : spoken.toString().strip();
        }

        long playbackEnd() {
            return firstAudioAt < 0 ? 0 : firstAudioAt + audioBytes / OUTPUT_BYTES_PER_MS;
        }

        /** The share of the words played by {@code now}, as the browser plays in real time. */
        String heardBy(long now) {
            String full = spokenOrPreview();
            long duration = Math.max(1, audioBytes / OUTPUT_BYTES_PER_MS);
            double share = firstAudioAt < 0 ? 0 : Math.min(1.0, (now - firstAudioAt) / (double) duration);
            String[] words = full.split("\\s+");
            return String.join(" ", java.util.Arrays.copyOf(words, (int) (words.length * share))).strip();
        }
    }
}
