package com.interviewed.cloud;

import com.interviewed.interviewer.InterviewerReply;
import com.interviewed.interviewer.Utterance;
import com.interviewed.questions.Persona;
import com.interviewed.voice.VoiceConversation;
import com.interviewed.voice.SessionWorker;
import com.interviewed.voice.VoiceSession;
import com.interviewed.voice.VoiceSessionSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * One interview connection on Amazon Nova 2 Sonic. Nova listens, decides and speaks itself; this class relays audio
 * both ways and routes Nova's typed output: the wire and its limits are {@link SonicConnection}'s (one
 * {@link SonicStream} at a time, parsed by {@link SonicOutputParser}), the turns and what the candidate heard are
 * {@link SonicTurnTracker}'s, and the tool calls {@link SonicToolHandler}'s. Here: the port, and the hand-off of a
 * panel, which takes all of them.
 *
 * <p>Every state change runs on this session's single worker thread, in arrival order: audio from the WebSocket,
 * events from the SDK and timers are all queued there, so that nothing here needs a lock and nothing here holds
 * one while calling the conversation (which may close this session from inside its own lock).
 */
final class NovaSonicSession implements VoiceSession, SonicConnection.Owner {

    private static final Logger log = LoggerFactory.getLogger(NovaSonicSession.class);
    /** Mean absolute amplitude above which a microphone frame counts as the candidate speaking. */
    private static final int VOICE_LEVEL = 500;
    private static final long END_GRACE_MS = 20_000;
    private static final int MAX_CODE_CHARS = 6000;

    private final VoiceSessionSpec spec;
    private final VoiceConversation conversation;
    private final CloudProperties.Sonic settings;
    private final ScheduledExecutorService timers;
    private final LongSupplier clock;
    private final UsageRecorder usage;
    private final SessionWorker worker;

    // Worker-confined state.
    private final List<Utterance> history;
    private final SonicToolHandler tools;
    private final SonicTurnTracker turns;
    private final SonicConnection connection;
    private ScheduledFuture<?> keepAlive;
    private volatile boolean closed;

    NovaSonicSession(VoiceSessionSpec spec, VoiceConversation conversation, SonicStreams streams,
            CloudProperties.Sonic settings, JsonMapper json, ScheduledExecutorService timers, LongSupplier clock,
            SonicHealth health, UsageRecorder usage) {
        this.spec = spec;
        this.conversation = conversation;
        this.settings = settings;
        this.timers = timers;
        this.clock = clock;
        this.usage = usage;
        this.worker = new SessionWorker("nova-" + spec.interviewId().toString().substring(0, 8),
                e -> log.error("Nova Sonic session for interview {} failed an event", spec.interviewId(), e));
        this.history = new ArrayList<>(spec.history());
        this.tools = new SonicToolHandler(spec, conversation);
        this.turns = new SonicTurnTracker(conversation, history, clock, this::later, tools,
                spec.candidateName() == null ? "Candidate" : spec.candidateName());
        this.connection = new SonicConnection(spec.interviewId(), this, streams, settings, json, timers,
                this::submit, clock, health);
    }

    // ---- The port ----

    @Override
    public void start() {
        submit(() -> {
            boolean resumed = !history.isEmpty();
            InterviewerReply opening = conversation.opening();
            if (opening != null) {
                tools.opened(opening);
            }
            connection.open(SonicConnection.Reason.START,
                    SonicInstructions.openingTrigger(opening == null ? null : opening.text(), resumed));
            long tick = SonicConnection.KEEP_ALIVE_TICK_MS;
            keepAlive = timers.scheduleAtFixedRate(() -> submit(connection::keepAliveTick), tick, tick,
                    TimeUnit.MILLISECONDS);
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
            if (voiced) {
                turns.candidateVoiced();
            }
            connection.sendAudio(pcm);
        });
    }

    @Override
    public void acceptText(String text) {
        submit(() -> {
            turns.candidateTyped(text, connection.sinceStart());
            connection.sendUserText(text);
        });
    }

    @Override
    public void acceptCode(String language, String code, String testSummary) {
        submit(() -> {
            String body = code == null ? "" : code;
            if (body.length() > MAX_CODE_CHARS) {
                body = body.substring(0, MAX_CODE_CHARS) + "\n…";
            }
            connection.sendUserText("(The candidate's current " + language + " code:\n" + body
                    + (testSummary == null || testSummary.isBlank() ? "" : "\nTest results: " + testSummary)
                    + "\nDiscuss it briefly only if they ask or when they say they are done.)");
        });
    }

    @Override
    public void requestEnd() {
        submit(() -> {
            turns.interrupt();
            connection.sendUserText("(The candidate asked to end the interview now. Thank them in one sentence "
                    + "and call " + SonicTools.END + ".)");
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
        turns.close();
        connection.shutdown();
        if (connection.sessions() > 0) {
            usage.record(spec.interviewId(), settings.modelId(), connection.sessions(), connection.inputTokens(),
                    connection.outputTokens());
        }
    }

    // ---- What the connection asks ----

    @Override
    public boolean closed() {
        return closed;
    }

    @Override
    public SonicConnection.Prompt prompt() {
        Persona persona = tools.speaker();
        return new SonicConnection.Prompt(persona.novaVoiceId(),
                SonicInstructions.systemPrompt(spec.plan(), spec.interviewers(), tools.index(), spec.candidateName(),
                        spec.profile()),
                SonicInstructions.history(history, settings.maxHistoryBytes(), persona.name()));
    }

    @Override
    public boolean busy() {
        return turns.busy();
    }

    @Override
    public boolean replyOwed() {
        return !history.isEmpty() && "candidate".equals(history.get(history.size() - 1).role());
    }

    @Override
    public void streamLost() {
        turns.cut();
    }

    @Override
    public void unavailable(String message) {
        conversation.error("voice_unavailable", message);
    }

    @Override
    public void output(SonicStream stream, SonicOutput output) {
        if (output instanceof SonicOutput.CandidateTranscript t) {
            turns.candidateSaid(t.text(), connection.sinceStart());
        } else if (output instanceof SonicOutput.InterviewerPreview p) {
            turns.preview(p.text());
        } else if (output instanceof SonicOutput.InterviewerSpoke t) {
            turns.spoke(t.text());
        } else if (output instanceof SonicOutput.InterviewerAudio a) {
            turns.audio(a.pcm());
        } else if (output instanceof SonicOutput.InterviewerTurnEnded
                || output instanceof SonicOutput.CompletionEnded) {
            turns.finishTurn();
        } else if (output instanceof SonicOutput.Interrupted) {
            turns.bargeIn();
        } else if (output instanceof SonicOutput.ToolCall call) {
            runTool(stream, call);
        }
    }

    // ---- Tools ----

    private void runTool(SonicStream stream, SonicOutput.ToolCall call) {
        SonicToolHandler.Outcome outcome = tools.run(call.name());
        stream.answerTool(call.toolUseId(), outcome.result());
        switch (outcome.next()) {
            case END -> {
                tools.end("(closing)");
                scheduleEndFallback();
            }
            case HAND_OFF -> handOff();
            case NOTHING -> {
            }
        }
    }

    /**
     * The next panelist takes over: the current stream closes (nothing more from it reaches the browser), and the
     * next one opens with its own voice once the last words of the previous panelist have played, so voices never
     * overlap; its trigger asks for one introduction, and history tells it what was already said.
     */
    private void handOff() {
        turns.finishTurn();
        long playbackEnd = turns.playbackEnd();
        connection.close();
        Persona previous = tools.handOverToNext();
        String trigger = SonicInstructions.handOffTrigger(tools.speaker(), previous);
        long delay = Math.max(0, playbackEnd + SonicTurnTracker.PLAYBACK_MARGIN_MS - clock.getAsLong());
        connection.reopenAfter(delay, SonicConnection.Reason.HAND_OFF, trigger, turns::reportPlayed);
    }

    /** If the closing words never come (or the candidate asked to stop and Nova did not call the tool), end anyway. */
    private void scheduleEndFallback() {
        later(() -> tools.end(""), END_GRACE_MS);
    }

    // ---- Plumbing ----

    /** Runs a task on the worker after a delay, unless the session closed meanwhile. */
    private void later(Runnable task, long delayMillis) {
        timers.schedule(() -> submit(() -> {
            if (!closed) {
                task.run();
            }
        }), delayMillis, TimeUnit.MILLISECONDS);
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
}
