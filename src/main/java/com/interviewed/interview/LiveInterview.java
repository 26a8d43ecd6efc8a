package com.interviewed.interview;

import com.interviewed.interviewer.CandidateInput;
import com.interviewed.interviewer.InterviewContext;
import com.interviewed.interviewer.Interviewer;
import com.interviewed.interviewer.InterviewerReply;
import com.interviewed.interviewer.Utterance;
import com.interviewed.questions.CodingChallenge;
import com.interviewed.questions.InterviewPlan;
import com.interviewed.questions.Persona;
import com.interviewed.questions.PlannedQuestion;
import com.interviewed.resumes.ResumeProfile;
import com.interviewed.voice.Conversation;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The conversation of one live connection: applies the interviewer's moves to the stored state, writes every
 * utterance to the transcript the moment it happens, and tells the browser. A reconnect builds a new one from what
 * was stored, so nothing said is lost and nothing is said twice.
 */
final class LiveInterview implements Conversation {

    private static final Logger log = LoggerFactory.getLogger(LiveInterview.class);

    private final InterviewRow row;
    private final InterviewPlan plan;
    private final List<Persona> interviewers;
    private final ResumeProfile profile;
    private final Interviewer interviewer;
    private final InterviewRepository repository;
    private final JsonMapper json;
    private final Clock clock;
    private final ClientChannel client;
    private final Function<String, Optional<CodingChallenge>> challenges;
    private final Runnable onEnd;
    private final Instant startedAt;
    private final long sessionOffsetMillis;

    private final List<Utterance> history = new ArrayList<>();
    private final Map<String, Integer> historyIndex = new LinkedHashMap<>();
    private ConversationState state;
    private String latestCode;
    private boolean endAfterSpeaking;
    private boolean ended;
    /** The candidate's latest spoken answer, the one a continuation would extend. */
    private String lastSpokenAnswerId;
    /** The answer the interviewer's latest move replied to, and the state before that move (to withdraw it). */
    private String repliedTo;
    private ConversationState stateBeforeReply;
    private boolean endAfterSpeakingBeforeReply;
    /** An answer the candidate went on with: no move is made until the rest of it is heard. */
    private String continuing;

    LiveInterview(InterviewRow row, InterviewPlan plan, List<Persona> interviewers, ConversationState state,
            List<TranscriptTurn> transcript, ResumeProfile profile, Interviewer interviewer,
            InterviewRepository repository, JsonMapper json, Clock clock, ClientChannel client,
            Function<String, Optional<CodingChallenge>> challenges, Runnable onEnd) {
        this.row = row;
        this.plan = plan;
        this.interviewers = interviewers;
        this.state = state;
        this.profile = profile;
        this.interviewer = interviewer;
        this.repository = repository;
        this.json = json;
        this.clock = clock;
        this.client = client;
        this.challenges = challenges;
        this.onEnd = onEnd;
        this.startedAt = row.startedAt() != null ? row.startedAt() : clock.instant();
        this.sessionOffsetMillis = clock.millis() - startedAt.toEpochMilli();
        for (TranscriptTurn turn : transcript) {
            historyIndex.put(turn.id().toString(), history.size());
            history.add(new Utterance(turn.role(), turn.speaker(), turn.text()));
        }
    }

    synchronized ConversationState state() {
        return state;
    }

    synchronized List<Utterance> history() {
        return List.copyOf(history);
    }

    synchronized boolean ended() {
        return ended;
    }

    /** A first connection greets; a reconnect picks the current question up again (the interviewer knows which). */
    @Override
    public synchronized InterviewerReply opening() {
        if (state.started()) {
            PlannedQuestion current = plan.steps().get(Math.min(state.questionIndex(), plan.steps().size() - 1));
            if (current.challengeId() != null && current.challengeId().equals(state.challengeId())) {
                sendChallenge(current.challengeId());
            }
        }
        return respond(new CandidateInput.Start());
    }

    @Override
    public synchronized InterviewerReply nextTurn(CandidateInput input) {
        if (ended) {
            return null;
        }
        return respond(input);
    }

    private InterviewerReply respond(CandidateInput input) {
        if (continuing != null && input instanceof CandidateInput.Answer) {
            // A reply to the first part of an answer the candidate is still giving: withdrawn before it was made.
            return null;
        }
        ConversationState before = state;
        boolean endBefore = endAfterSpeaking;
        InterviewerReply reply = interviewer.respond(context(), input);
        apply(reply);
        repliedTo = input instanceof CandidateInput.Answer ? lastSpokenAnswerId : null;
        stateBeforeReply = before;
        endAfterSpeakingBeforeReply = endBefore;
        return reply;
    }

    /**
     * The candidate went on speaking shortly after {@code answerId} was taken as finished: it was a thinking pause.
     * The interviewer's move in reply to it is undone (or never made, if it was still being decided), and the next
     * final extends that answer. False if the conversation has moved on since, and the speech is a new answer.
     */
    @Override
    public synchronized boolean candidateResumed(String answerId) {
        if (ended || answerId == null || !answerId.equals(lastSpokenAnswerId)) {
            return false;
        }
        if (answerId.equals(repliedTo)) {
            state = stateBeforeReply;
            endAfterSpeaking = endAfterSpeakingBeforeReply;
            repository.saveState(row.id(), json.writeValueAsString(state));
            repliedTo = null;
        }
        continuing = answerId;
        return true;
    }

    /** The rest of a resumed answer; returns the whole answer, or null if it is no longer being continued. */
    @Override
    public synchronized String candidateContinued(String answerId, String text, long endMillis) {
        if (ended || !answerId.equals(continuing)) {
            return null;
        }
        continuing = null;
        Integer index = historyIndex.get(answerId);
        if (index == null) {
            return null;
        }
        String whole = history.get(index).text();
        if (text != null && !text.isBlank()) {
            whole = whole + " " + text.strip();
            repository.extendCandidateTurn(UUID.fromString(answerId), whole, endMillis + sessionOffsetMillis);
            history.set(index, new Utterance("candidate", candidateName(), whole));
        }
        sendCandidateLine(answerId, whole, "SPOKEN");
        return whole;
    }

    @Override
    public synchronized void control(InterviewerReply reply) {
        apply(reply);
    }

    private InterviewContext context() {
        return new InterviewContext(plan, interviewers, state.speakerIndex(), state.questionIndex(),
                state.followUpsAsked(), state.askedIds(), List.copyOf(history), row.candidateName(), profile,
                latestCode, elapsedMillis() / 1000);
    }

    private void apply(InterviewerReply reply) {
        int previousSpeaker = state.speakerIndex();
        int question = reply.questionIndex();
        String askedId = question >= 0 && question < plan.steps().size() ? plan.steps().get(question).id() : null;
        String challengeId = reply.action() == InterviewerReply.Action.CODE_CHALLENGE ? reply.challengeId()
                : state.challengeId();
        state = state.advance(reply.speakerIndex(), question, reply.followUpsAsked(), askedId, challengeId);
        repository.saveState(row.id(), json.writeValueAsString(state));
        switch (reply.action()) {
            case HAND_OFF -> client.sendEvent(event("panel.handoff", "from", speakerName(previousSpeaker),
                    "to", speakerName(reply.speakerIndex())));
            case CODE_CHALLENGE -> sendChallenge(reply.challengeId());
            case END -> {
                endAfterSpeaking = true;
                if (reply.text() == null || reply.text().isBlank()) {
                    end("completed");
                }
            }
            default -> {
            }
        }
    }

    private void sendChallenge(String challengeId) {
        Optional<CodingChallenge> challenge = challengeId == null ? Optional.empty() : challenges.apply(challengeId);
        if (challenge.isEmpty()) {
            log.warn("Interview {} asked for unknown coding challenge {}", row.id(), challengeId);
            return;
        }
        CodingChallenge c = challenge.get();
        String language = c.starterCode().containsKey("python") ? "python" : c.starterCode().keySet().iterator().next();
        Map<String, Object> event = event("code.challenge", "challengeId", c.id(), "title", c.title(),
                "prompt", c.prompt(), "language", language, "starterCode", c.starterCode().get(language));
        event.put("starterCodes", c.starterCode());
        client.sendEvent(event);
    }

    @Override
    public synchronized void candidateSpeechStarted(String messageId) {
        client.sendEvent(event("speech.started", "messageId", messageId));
    }

    @Override
    public synchronized void candidatePartial(String messageId, String text) {
        Integer continued = messageId.equals(continuing) ? historyIndex.get(messageId) : null;
        String shown = continued == null ? text : history.get(continued).text() + " " + text;
        client.sendEvent(event("transcript.partial", "role", "candidate", "speaker", candidateName(),
                "text", shown, "messageId", messageId));
    }

    @Override
    public synchronized void candidateFinal(String messageId, String text, long startMillis, long endMillis,
            boolean typed) {
        if (ended) {
            return;
        }
        UUID turnId = UUID.fromString(messageId);
        repository.appendTurn(turnId, row.id(), repository.nextSeq(row.id()), "candidate", candidateName(), text,
                typed ? "TYPED" : "SPOKEN", startMillis + sessionOffsetMillis, endMillis + sessionOffsetMillis,
                clock.instant());
        historyIndex.put(messageId, history.size());
        history.add(new Utterance("candidate", candidateName(), text));
        lastSpokenAnswerId = typed ? null : messageId;
        continuing = null;
        sendCandidateLine(messageId, text, typed ? "TYPED" : "SPOKEN");
    }

    @Override
    public synchronized void interviewerStarted(String messageId, int speakerIndex, String text, int sampleRate) {
        String speaker = speakerName(speakerIndex);
        repository.appendTurn(UUID.fromString(messageId), row.id(), repository.nextSeq(row.id()), "interviewer",
                speaker, text, "SPOKEN", elapsedMillis(), null, clock.instant());
        historyIndex.put(messageId, history.size());
        history.add(new Utterance("interviewer", speaker, text));
        client.sendEvent(event("transcript.final", "role", "interviewer", "speaker", speaker, "text", text,
                "messageId", messageId));
        client.sendEvent(event("audio.start", "sampleRate", sampleRate, "speaker", speaker, "messageId", messageId));
    }

    @Override
    public synchronized void interviewerAudio(String messageId, byte[] pcm16le) {
        client.sendAudio(pcm16le);
    }

    @Override
    public synchronized void interviewerFinished(String messageId, String spokenText, boolean interrupted) {
        repository.finishInterviewerTurn(UUID.fromString(messageId), spokenText, interrupted, elapsedMillis());
        Integer index = historyIndex.get(messageId);
        if (index != null) {
            Utterance said = history.get(index);
            history.set(index, new Utterance(said.role(), said.speaker(), spokenText));
        }
        client.sendEvent(event("audio.end", "messageId", messageId));
        if (interrupted) {
            Map<String, Object> update = event("transcript.final", "role", "interviewer", "speaker",
                    index == null ? "" : history.get(index).speaker(), "text", spokenText, "messageId", messageId);
            update.put("status", "INTERRUPTED");
            client.sendEvent(update);
        }
        if (endAfterSpeaking) {
            end("completed");
        }
    }

    @Override
    public synchronized void bargeIn() {
        client.sendEvent(event("barge_in"));
    }

    @Override
    public synchronized void error(String code, String message) {
        client.sendEvent(event("error", "code", code, "message", message));
    }

    /** The candidate corrected what the recogniser heard. */
    synchronized boolean edit(String messageId, String text) {
        UUID turnId;
        try {
            turnId = UUID.fromString(messageId);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (!repository.editCandidateTurn(row.id(), turnId, text)) {
            return false;
        }
        Integer index = historyIndex.get(messageId);
        if (index != null) {
            history.set(index, new Utterance("candidate", candidateName(), text));
        }
        sendCandidateLine(messageId, text, "EDITED");
        return true;
    }

    private void sendCandidateLine(String messageId, String text, String status) {
        Map<String, Object> event = event("transcript.final", "role", "candidate", "speaker", candidateName(),
                "text", text, "messageId", messageId);
        event.put("status", status);
        client.sendEvent(event);
    }

    /** The latest code; stored unless {@code challengeId} is null (the caller stored it already). */
    synchronized void codeUpdated(String challengeId, String language, String code) {
        latestCode = code;
        if (challengeId != null) {
            repository.saveCode(row.id(), challengeId, language, code, null, clock.instant());
        }
    }

    synchronized void integrityFlag(String kind, String detail) {
        repository.addIntegrityFlag(row.id(), kind, detail, clock.instant());
    }

    /** Ends the interview once: stored as ended, announced to listeners, and the browser told where to go next. */
    synchronized void end(String reason) {
        if (ended) {
            return;
        }
        ended = true;
        onEnd.run();
        client.sendEvent(event("interview.ended", "reason", reason, "evaluationUrl",
                "/interviews/" + row.id() + "/report"));
        client.close("interview ended");
    }

    private long elapsedMillis() {
        return clock.millis() - startedAt.toEpochMilli();
    }

    private String speakerName(int index) {
        return interviewers.get(Math.max(0, Math.min(index, interviewers.size() - 1))).name();
    }

    private String candidateName() {
        return row.candidateName() == null ? "Candidate" : row.candidateName();
    }

    static Map<String, Object> event(String type, Object... fields) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("type", type);
        for (int i = 0; i + 1 < fields.length; i += 2) {
            event.put((String) fields[i], fields[i + 1]);
        }
        return event;
    }
}
