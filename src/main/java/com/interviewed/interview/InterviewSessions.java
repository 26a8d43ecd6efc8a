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
    private final Map<UUID, LiveConnection> live = new ConcurrentHashMap<>();

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
    LiveConnection connect(UUID interviewId, ClientChannel client) {
        long epoch = transactions.execute(tx -> repository.claimSession(interviewId));
        SessionStore store = new SessionStore(repository, transactions, interviewId, epoch);
        LiveConnection connection = new LiveConnection(interviewId, store, client);
        LiveConnection[] replaced = new LiveConnection[1];
        LiveConnection winner = live.compute(interviewId, (id, current) -> {
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
                InterviewRecognitionContext.of(plan, profile, resumes.skillNames()), account(started)), conversation);
        if (connection.attach(conversation, voice)) {
            voice.start();
        }
        return connection;
    }

    /** Who speaks in the interview, for the per-account share of speech recognisers. */
    private static String account(InterviewRow row) {
        return row.candidateId() != null ? "candidate:" + row.candidateId() : "invite:" + row.inviteId();
    }

    /** The browser went away; the interview stays open for a reconnect, which fences what is still queued. */
    void disconnected(LiveConnection connection) {
        live.remove(connection.interviewId(), connection);
        connection.detach();
    }

    /** The candidate ran their code's tests: the interviewer hears the outcome on the live connection, if any. */
    void codeRun(UUID interviewId, String language, String code, String summary) {
        LiveConnection connection = live.get(interviewId);
        LiveInterview conversation = connection == null ? null : connection.conversation();
        VoiceSession voice = connection == null ? null : connection.voice();
        if (conversation != null && voice != null) {
            conversation.codeUpdated(null, language, code);
            voice.acceptCode(language, code, summary);
        }
    }

    /** Ends the interview now (REST, or the page's End button when no connection is live). */
    boolean endNow(UUID interviewId) {
        LiveConnection connection = live.get(interviewId);
        LiveInterview conversation = connection == null ? null : connection.conversation();
        if (conversation != null) {
            conversation.end("ended");
            return true;
        }
        InterviewRow row = repository.find(interviewId).orElseThrow();
        return publishEnd(row);
    }

    private void finish(InterviewRow row, LiveConnection connection) {
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
                        turn.speaker(), turn.text(), TurnStatus.valueOf(turn.status()),
                        ServerEvent.Word.of(turn.words(), turn.text()))).toList(),
                drafts.stream().map(d -> new ServerEvent.Draft(d.challengeId(), d.language(), d.code())).toList(),
                row.startedAt() == null ? null : row.startedAt().toString());
    }
}
