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
import com.interviewed.speech.RecognizedWord;
import com.interviewed.voice.InterviewerMove;
import com.interviewed.voice.VoiceConversation;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The conversation of one live connection: applies the interviewer's moves to the stored state, writes every
 * utterance to the transcript the moment it happens, and tells the browser. A reconnect builds a new one from what
 * was stored, so nothing said is lost and nothing is said twice.
 */
final class LiveInterview implements VoiceConversation {

    private static final Logger log = LoggerFactory.getLogger(LiveInterview.class);

    private final InterviewRow row;
    private final InterviewPlan plan;
    private final List<Persona> interviewers;
    private final ResumeProfile profile;
    private final Interviewer interviewer;
    private final SessionStore repository;
    private final JsonMapper json;
    private final Clock clock;
    private final ClientChannel client;
    private final Function<String, Optional<CodingChallenge>> challenges;
    private final Runnable onEnd;
    /** No lock of this class is ever held across a database, socket or interviewer call. */
    private final VersionedState state;
    private final LiveTranscript transcript;

    LiveInterview(InterviewRow row, InterviewPlan plan, List<Persona> interviewers, ConversationState state,
            List<TranscriptTurn> transcript, ResumeProfile profile, Interviewer interviewer,
            SessionStore repository, JsonMapper json, Clock clock, ClientChannel client,
            Function<String, Optional<CodingChallenge>> challenges, Runnable onEnd) {
        this.row = row;
        this.plan = plan;
        this.interviewers = interviewers;
        this.state = new VersionedState(plan, state);
        this.profile = profile;
        this.interviewer = interviewer;
        this.repository = repository;
        this.json = json;
        this.clock = clock;
        this.client = client;
        this.challenges = challenges;
        this.onEnd = onEnd;
        this.transcript = new LiveTranscript(row, transcript, repository, client, clock, this.state::ended);
    }

    ConversationState state() {
        return state.state();
    }

    List<Utterance> history() {
        return transcript.snapshot();
    }

    boolean ended() {
        return state.ended();
    }

    /**
     * The interviewer decides on an immutable snapshot, with no lock held: a model may take seconds, and audio,
     * barge-in and transcript updates must go on meanwhile. A first connection greets; a reconnect picks the current
     * question up again (the interviewer knows which).
     */
    @Override
    public InterviewerMove decide(CandidateInput input) {
        VersionedState.Snapshot now = state.snapshot();
        if (now == null) {
            return null;
        }
        ConversationState at = now.state();
        List<Utterance> history = transcript.snapshot();
        InterviewContext context = new InterviewContext(plan, interviewers, at.speakerIndex(), at.questionIndex(),
                at.followUpsAsked(), at.askedIds(), history, row.candidateName(), profile,
                now.latestCode(), transcript.elapsedMillis() / 1000);
        // A reconnect after the candidate answered and before the reply (the browser went away meanwhile): the
        // interviewer answers that answer rather than asking the question again.
        CandidateInput asked = input instanceof CandidateInput.Start && at.started()
                ? unanswered(history).<CandidateInput>map(CandidateInput.Answer::new).orElse(input) : input;
        return new InterviewerMove(input, interviewer.respond(context, asked), now.version());
    }

    /** The candidate's words since the interviewer last spoke, if the interview had begun and they said any. */
    private static Optional<String> unanswered(List<Utterance> history) {
        List<String> said = new ArrayList<>();
        for (int i = history.size() - 1; i >= 0; i--) {
            Utterance line = history.get(i);
            if (!"candidate".equals(line.role())) {
                break;
            }
            said.add(0, line.text());
        }
        boolean begun = history.size() > said.size();
        return begun && !said.isEmpty() ? Optional.of(String.join(" ", said)) : Optional.empty();
    }

    /** Applies {@code move} if nothing was committed since it was decided; false if it is stale. */
    @Override
    public boolean commit(InterviewerMove move) {
        return apply(move.reply(), move.stateVersion(), move.input() instanceof CandidateInput.Start);
    }

    @Override
    public void control(InterviewerReply reply) {
        apply(reply, -1, false);
    }

    /** {@code decidedOn}: the state version the move was decided on, or -1 to apply it whatever happened since. */
    private boolean apply(InterviewerReply reply, long decidedOn, boolean opening) {
        VersionedState.Change change = state.advance(reply, decidedOn);
        if (change == null) {
            return false;
        }
        ConversationState before = change.before();
        repository.saveState(row.id(), json.writeValueAsString(change.after()));
        client.sendEvent(QuestionProgress.of(plan, change.after().questionIndex(), change.after().askedIds()));
        if (opening && before.started()) {
            if (unanswered(transcript.snapshot()).isEmpty()) {
                transcript.reopenedBy(speakerName(before.speakerIndex()));
            }
            // A reconnect during a coding step: the editor comes back with the challenge.
            PlannedQuestion current = plan.steps().get(Math.min(before.questionIndex(), plan.steps().size() - 1));
            if (current.challengeId() != null && current.challengeId().equals(before.challengeId())) {
                sendChallenge(current.challengeId());
            }
        }
        switch (reply.action()) {
            case HAND_OFF -> client.sendEvent(new ServerEvent.PanelHandoff(speakerName(before.speakerIndex()),
                    speakerName(reply.speakerIndex())));
            case CODE_CHALLENGE -> sendChallenge(reply.challengeId());
            case END -> {
                if (reply.text() == null || reply.text().isBlank()) {
                    end("completed");
                }
            }
            default -> {
            }
        }
        return true;
    }

    private void sendChallenge(String challengeId) {
        Optional<CodingChallenge> challenge = challengeId == null ? Optional.empty() : challenges.apply(challengeId);
        if (challenge.isEmpty()) {
            log.warn("Interview {} asked for unknown coding challenge {}", row.id(), challengeId);
            return;
        }
        CodingChallenge c = challenge.get();
        String language = c.starterCode().containsKey("python") ? "python" : c.starterCode().keySet().iterator().next();
        client.sendEvent(new ServerEvent.CodeChallenge(c.id(), c.title(), c.prompt(), language,
                c.starterCode().get(language), c.starterCode()));
    }

    @Override
    public void candidateSpeechStarted(String messageId) {
        client.sendEvent(new ServerEvent.SpeechStarted(messageId));
    }

    @Override
    public void candidatePartial(String messageId, String text) {
        transcript.candidatePartial(messageId, text);
    }

    @Override
    public void candidateFinal(String messageId, String text, long startMillis, long endMillis, boolean typed,
            List<RecognizedWord> words) {
        transcript.candidateFinal(messageId, text, startMillis, endMillis, typed, HeardWord.of(words));
    }

    @Override
    public void candidateContinued(String messageId, String wholeText, long endMillis,
            List<RecognizedWord> wholeWords) {
        transcript.candidateContinued(messageId, wholeText, endMillis, HeardWord.of(wholeWords));
    }

    @Override
    public void interviewerStarted(String messageId, int speakerIndex, String text, int sampleRate) {
        String speaker = speakerName(speakerIndex);
        transcript.interviewerStarted(messageId, speaker, text);
        client.sendEvent(new ServerEvent.AudioStart(sampleRate, speaker, messageId));
    }

    @Override
    public void interviewerResumed(String messageId, int sampleRate) {
        client.sendEvent(new ServerEvent.AudioStart(sampleRate, transcript.speakerOf(messageId), messageId));
    }

    @Override
    public void interviewerHeard(String messageId, String heardText) {
        transcript.interviewerHeard(messageId, heardText);
    }

    @Override
    public void interviewerAudio(String messageId, byte[] pcm16le) {
        client.sendAudio(pcm16le);
    }

    @Override
    public void interviewerFinished(String messageId, String spokenText, boolean interrupted) {
        transcript.interviewerFinished(messageId, spokenText, interrupted);
        if (state.endAfterSpeaking()) {
            end("completed");
        }
    }

    @Override
    public void bargeIn() {
        client.sendEvent(new ServerEvent.BargeIn());
    }

    /** No recogniser for this session (none installed, or all busy): the room tells the candidate to type. */
    @Override
    public void speechUnavailable(String reason) {
        client.sendEvent(new ServerEvent.SpeechUnavailable(reason));
    }

    @Override
    public void error(String code, String message) {
        client.sendEvent(new ServerEvent.Error(code, message));
    }

    /** The candidate corrected what the recogniser heard. */
    boolean edit(String messageId, String text) {
        return transcript.edit(messageId, text);
    }

    /** The latest code; stored unless {@code challengeId} is null (the caller stored it already). */
    void codeUpdated(String challengeId, String language, String code) {
        state.code(code);
        if (challengeId != null) {
            repository.saveCode(row.id(), challengeId, language, code, null, clock.instant());
        }
    }

    void integrityFlag(String kind, String detail) {
        repository.addIntegrityFlag(row.id(), kind, detail, clock.instant());
    }

    /** Ends the interview once: stored as ended, announced to listeners, and the browser told where to go next. */
    void end(String reason) {
        if (!state.end()) {
            return;
        }
        onEnd.run();
        client.sendEvent(new ServerEvent.InterviewEnded(reason, "/interviews/" + row.id() + "/report"));
        client.close("interview ended");
    }

    private String speakerName(int index) {
        return interviewers.get(Math.max(0, Math.min(index, interviewers.size() - 1))).name();
    }
}
