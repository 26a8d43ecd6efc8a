package com.interviewed.interview;

import com.interviewed.interviewer.Interviewer;
import com.interviewed.interviewer.Utterance;
import com.interviewed.questions.CodingChallenge;
import com.interviewed.questions.CodingChallenges;
import com.interviewed.questions.InterviewPlan;
import com.interviewed.questions.Persona;
import com.interviewed.questions.Personas;
import com.interviewed.resumes.ResumeProfile;
import com.interviewed.resumes.Resumes;
import com.interviewed.voice.VoiceSession;
import com.interviewed.voice.VoiceSessionFactory;
import com.interviewed.voice.VoiceSessionSpec;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The live interviews of this instance: one connection per interview (a new one replaces the old, which is how a
 * reconnect works), each a {@link LiveInterview} talking through a {@link VoiceSession}.
 */
@Service
class InterviewSessions {

    private final InterviewRepository repository;
    private final Interviews interviews;
    private final Personas personas;
    private final Resumes resumes;
    private final Interviewer interviewer;
    private final VoiceSessionFactory voices;
    private final ObjectProvider<CodingChallenges> challenges;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final Clock clock;
    private final Map<UUID, Connection> live = new ConcurrentHashMap<>();

    InterviewSessions(InterviewRepository repository, Interviews interviews, Personas personas, Resumes resumes,
            Interviewer interviewer, VoiceSessionFactory voices, ObjectProvider<CodingChallenges> challenges,
            ApplicationEventPublisher events, TransactionTemplate transactions, JsonMapper json, Clock clock) {
        this.repository = repository;
        this.interviews = interviews;
        this.personas = personas;
        this.resumes = resumes;
        this.interviewer = interviewer;
        this.voices = voices;
        this.challenges = challenges;
        this.events = events;
        this.transactions = transactions;
        this.json = json;
        this.clock = clock;
    }

    /**
     * A browser connected to the interview: it takes the live session over (any earlier connection is fenced and
     * told so before anything is read), resumes where the interview stands and lets the interviewer speak.
     * Connections racing each other are ordered by their claimed epoch: the highest wins, the others are replaced.
     */
    Connection connect(UUID interviewId, ClientChannel client) {
        long epoch = transactions.execute(tx -> repository.claimSession(interviewId));
        SessionStore store = new SessionStore(repository, transactions, interviewId, epoch);
        Connection connection = new Connection(interviewId, store, client);
        Connection[] replaced = new Connection[1];
        Connection winner = live.compute(interviewId, (id, current) -> {
            if (current != null && current.epoch() > epoch) {
                return current;
            }
            replaced[0] = current;
            return connection;
        });
        if (replaced[0] != null) {
            replaced[0].replace();
        }
        if (winner != connection) {
            connection.replace();
            return connection;
        }
        InterviewRow row = repository.find(interviewId).orElseThrow();
        if (repository.markStarted(interviewId, clock.instant())) {
            transactions.executeWithoutResult(tx -> events.publishEvent(
                    new InterviewStarted(interviewId, row.candidateId(), row.inviteId())));
        }
        InterviewRow started = repository.find(interviewId).orElseThrow();
        InterviewPlan plan = json.readValue(started.planJson(), InterviewPlan.class);
        ConversationState state = json.readValue(started.stateJson(), ConversationState.class);
        List<Persona> interviewers = state.personaIds().stream()
                .map(id -> personas.byId(id).orElseThrow(() -> new IllegalStateException("Unknown persona " + id)))
                .toList();
        List<TranscriptTurn> transcript = interviews.transcript(interviewId);
        List<CodeSnapshot> drafts = interviews.code(interviewId);
        ResumeProfile profile = profile(started);

        LiveInterview conversation = new LiveInterview(started, plan, interviewers, state, transcript, profile,
                interviewer, store, json, clock, connection.client(), this::challenge,
                () -> finish(started, connection));
        drafts.stream().filter(d -> d.challengeId().equals(state.challengeId())).findFirst()
                .ifPresent(d -> conversation.codeUpdated(null, d.language(), d.code()));
        connection.client().sendEvent(sessionReady(started, interviewers, transcript, drafts));
        VoiceSession voice = voices.open(new VoiceSessionSpec(interviewId, plan, interviewers, state.speakerIndex(),
                started.candidateName(), profile, conversation.history(),
                InterviewRecognitionContext.of(plan, profile, resumes.skillNames())), conversation);
        if (connection.attach(conversation, voice)) {
            voice.start();
        }
        return connection;
    }

    /** The browser went away; the interview stays open for a reconnect, which fences what is still queued. */
    void disconnected(Connection connection) {
        live.remove(connection.interviewId(), connection);
        connection.detach();
    }

    /**
     * Closing a voice session waits for its recogniser, whose listener may at that moment be waiting for the
     * conversation's lock; the conversation ends (and the socket closes) while holding that lock. Closing on another
     * thread keeps the two from waiting for each other.
     */
    private static void closeLater(VoiceSession voice) {
        if (voice != null) {
            CompletableFuture.runAsync(voice::close);
        }
    }

    /** The candidate ran their code's tests: the interviewer hears the outcome on the live connection, if any. */
    void codeRun(UUID interviewId, String language, String code, String summary) {
        Connection connection = live.get(interviewId);
        LiveInterview conversation = connection == null ? null : connection.conversation();
        VoiceSession voice = connection == null ? null : connection.voice();
        if (conversation != null && voice != null) {
            conversation.codeUpdated(null, language, code);
            voice.acceptCode(language, code, summary);
        }
    }

    /** Ends the interview now (REST, or the page's End button when no connection is live). */
    boolean endNow(UUID interviewId) {
        Connection connection = live.get(interviewId);
        LiveInterview conversation = connection == null ? null : connection.conversation();
        if (conversation != null) {
            conversation.end("ended");
            return true;
        }
        InterviewRow row = repository.find(interviewId).orElseThrow();
        return publishEnd(row);
    }

    private void finish(InterviewRow row, Connection connection) {
        if (connection.store().fenced()) {
            return; // a newer connection runs the interview now; this one's ending is stale
        }
        publishEnd(row);
        live.remove(row.id(), connection);
        connection.detach();
    }

    private boolean publishEnd(InterviewRow row) {
        return Boolean.TRUE.equals(transactions.execute(tx -> {
            if (!repository.markEnded(row.id(), clock.instant())) {
                return false;
            }
            events.publishEvent(new InterviewEnded(row.id(), row.candidateId(), row.inviteId(), clock.instant()));
            return true;
        }));
    }

    private ResumeProfile profile(InterviewRow row) {
        if (row.resumeId() == null) {
            return null;
        }
        return (row.candidateId() != null ? resumes.profile(row.resumeId(), row.candidateId())
                : resumes.profileForInvite(row.resumeId(), row.inviteId())).orElse(null);
    }

    private Optional<CodingChallenge> challenge(String id) {
        CodingChallenges catalog = challenges.getIfAvailable();
        return catalog == null ? Optional.empty() : catalog.byId(id);
    }

    private ServerEvent.SessionReady sessionReady(InterviewRow row, List<Persona> interviewers,
            List<TranscriptTurn> transcript, List<CodeSnapshot> drafts) {
        return new ServerEvent.SessionReady(row.id().toString(),
                interviewers.stream().map(p -> new ServerEvent.Speaker(p.name(),
                        p.panelRole() == null ? "Interviewer" : p.panelRole(), p.style())).toList(),
                row.mode(), voices.audioAvailable(), voices.provider(),
                transcript.stream().map(turn -> new ServerEvent.Line(turn.id().toString(), turn.role(),
                        turn.speaker(), turn.text(), TurnStatus.valueOf(turn.status()))).toList(),
                drafts.stream().map(d -> new ServerEvent.Draft(d.challengeId(), d.language(), d.code())).toList(),
                row.startedAt() == null ? null : row.startedAt().toString());
    }

    /**
     * One browser connection. Its conversation and voice are attached once built; a newer connection may replace
     * it at any moment, before or after that. Only in-memory flags are touched under its lock.
     */
    static final class Connection {

        private final UUID interviewId;
        private final SessionStore store;
        private final ClientChannel socket;
        private final ClientChannel client;
        private LiveInterview conversation;
        private VoiceSession voice;
        private boolean detached;

        Connection(UUID interviewId, SessionStore store, ClientChannel socket) {
            this.interviewId = interviewId;
            this.store = store;
            this.socket = socket;
            this.client = new FencedChannel(socket, store);
        }

        UUID interviewId() {
            return interviewId;
        }

        long epoch() {
            return store.epoch();
        }

        SessionStore store() {
            return store;
        }

        ClientChannel client() {
            return client;
        }

        synchronized LiveInterview conversation() {
            return detached ? null : conversation;
        }

        synchronized VoiceSession voice() {
            return detached ? null : voice;
        }

        /** False (and the voice closed) if the connection was replaced while it was being built. */
        boolean attach(LiveInterview conversation, VoiceSession voice) {
            synchronized (this) {
                if (!detached) {
                    this.conversation = conversation;
                    this.voice = voice;
                    return true;
                }
            }
            closeLater(voice);
            return false;
        }

        /** Stops taking input and releases the voice session; queued writes still run unless fenced. */
        void detach() {
            VoiceSession closing;
            synchronized (this) {
                detached = true;
                closing = voice;
            }
            closeLater(closing);
        }

        /** A newer connection took over: fenced now, so nothing queued here writes; the browser is told why. */
        void replace() {
            store.fence();
            detach();
            socket.sendEvent(new ServerEvent.SessionReplaced(
                    "This interview is open in another tab or window."));
            socket.closeReplaced();
        }
    }

    /** Events of a fenced connection are dropped: its browser has been told it was replaced. */
    private record FencedChannel(ClientChannel client, SessionStore store) implements ClientChannel {

        @Override
        public void sendEvent(ServerEvent event) {
            if (!store.fenced()) {
                client.sendEvent(event);
            }
        }

        @Override
        public void sendAudio(byte[] pcm16le) {
            if (!store.fenced()) {
                client.sendAudio(pcm16le);
            }
        }

        @Override
        public void close(String reason) {
            client.close(reason);
        }

        @Override
        public void closeReplaced() {
            client.closeReplaced();
        }
    }
}
