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

    /** A browser connected to the interview: resume it where it stands and let the interviewer speak. */
    Connection connect(UUID interviewId, ClientChannel client) {
        Connection previous = live.remove(interviewId);
        if (previous != null) {
            previous.replaced();
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
        ResumeProfile profile = profile(started);

        Connection[] self = new Connection[1];
        LiveInterview conversation = new LiveInterview(started, plan, interviewers, state, transcript, profile,
                interviewer, repository, json, clock, client, this::challenge, () -> finish(started, self[0]));
        client.sendEvent(sessionReady(started, interviewers, transcript));
        List<Utterance> history = conversation.history();
        VoiceSession voice = voices.open(new VoiceSessionSpec(interviewId, plan, interviewers, state.speakerIndex(),
                started.candidateName(), profile, history,
                InterviewRecognitionContext.of(plan, profile, resumes.skillNames())), conversation);
        Connection connection = new Connection(interviewId, conversation, voice, client);
        self[0] = connection;
        live.put(interviewId, connection);
        voice.start();
        return connection;
    }

    /** The browser went away; the interview stays open for a reconnect. */
    void disconnected(Connection connection) {
        live.remove(connection.interviewId(), connection);
        closeLater(connection.voice());
    }

    /**
     * Closing a voice session waits for its recogniser, whose listener may at that moment be waiting for the
     * conversation's lock; the conversation ends (and the socket closes) while holding that lock. Closing on another
     * thread keeps the two from waiting for each other.
     */
    private static void closeLater(VoiceSession voice) {
        java.util.concurrent.CompletableFuture.runAsync(voice::close);
    }

    /** The candidate ran their code's tests: the interviewer hears the outcome on the live connection, if any. */
    void codeRun(UUID interviewId, String language, String code, String summary) {
        Connection connection = live.get(interviewId);
        if (connection != null) {
            connection.conversation().codeUpdated(null, language, code);
            connection.voice().acceptCode(language, code, summary);
        }
    }

    /** Ends the interview now (REST, or the page's End button when no connection is live). */
    boolean endNow(UUID interviewId) {
        Connection connection = live.get(interviewId);
        if (connection != null) {
            connection.conversation().end("ended");
            return true;
        }
        InterviewRow row = repository.find(interviewId).orElseThrow();
        return publishEnd(row);
    }

    private void finish(InterviewRow row, Connection connection) {
        publishEnd(row);
        if (connection != null) {
            live.remove(row.id(), connection);
            closeLater(connection.voice());
        }
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

    private Map<String, Object> sessionReady(InterviewRow row, List<Persona> interviewers,
            List<TranscriptTurn> transcript) {
        Map<String, Object> ready = LiveInterview.event("session.ready", "interviewId", row.id().toString(),
                "mode", row.mode(), "audio", voices.audioAvailable(), "provider", voices.provider());
        ready.put("speakers", interviewers.stream().map(p -> {
            Map<String, Object> speaker = new java.util.LinkedHashMap<>();
            speaker.put("name", p.name());
            speaker.put("role", p.panelRole() == null ? "Interviewer" : p.panelRole());
            speaker.put("style", p.style());
            return speaker;
        }).toList());
        ready.put("transcript", transcript.stream().map(turn -> {
            Map<String, Object> line = new java.util.LinkedHashMap<>();
            line.put("messageId", turn.id().toString());
            line.put("role", turn.role());
            line.put("speaker", turn.speaker());
            line.put("text", turn.text());
            line.put("status", turn.status());
            return line;
        }).toList());
        return ready;
    }

    /** One live browser connection. */
    record Connection(UUID interviewId, LiveInterview conversation, VoiceSession voice, ClientChannel client) {

        void replaced() {
            closeLater(voice);
            client.sendEvent(LiveInterview.event("error", "code", "replaced",
                    "message", "This interview was opened in another window."));
            client.close("replaced by a newer connection");
        }
    }
}
