package com.interviewed.voice.cascade;

import com.interviewed.interviewer.CandidateInput;
import com.interviewed.interviewer.InterviewerReply.Action;
import com.interviewed.speech.RecognizedWord;
import com.interviewed.voice.InterviewerMove;
import com.interviewed.voice.VoiceConversation;
import com.interviewed.voice.VoiceProperties;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.stream.Stream;

/**
 * Turn-taking of one cascade session as one state machine, fed by events on the session's worker and driven by the
 * loop's clock and timers. The candidate is quiet or speaking; the interviewer ({@link InterviewerTurn}) idle,
 * thinking, speaking or cut off. Here: endpointing (an answer ends when the recogniser ends it, or after the longer
 * trailing-off silence when it stops on "and…"), the continuation window (speech soon after an answer, before a
 * reply to it was committed, continues it), whether an interruption was real (the utterance had words) or false
 * (it is resumed), and the silence prompts.
 */
final class TurnDetector implements InterviewerTurn.Answers {

    enum Candidate { QUIET, SPEAKING }

    /** The latest spoken answer; {@code open} until a reply to it is committed (it can be continued until then). */
    private static final class Answer {
        final String id;
        String text;
        List<RecognizedWord> words;
        long endedAt;
        boolean open = true;

        Answer(String id, String text, List<RecognizedWord> words) {
            this.id = id;
            this.text = text;
            this.words = words;
        }
    }

    private final SessionLoop loop;
    private final VoiceConversation conversation;
    private final VoiceProperties.Turn settings;
    private final InterviewerTurn interviewer;
    private final SilencePrompts prompts;
    private Candidate candidate = Candidate.QUIET;
    private String utteranceId;
    private boolean continuing;
    private Answer answer;
    private SessionLoop.Timer hold;
    private long lastActivity;

    TurnDetector(SessionLoop loop, VoiceConversation conversation, VoiceProperties.Turn settings,
            ReplyTimers replyTimers, IntFunction<String> voiceOf) {
        this.loop = loop;
        this.conversation = conversation;
        this.settings = settings;
        this.interviewer = new InterviewerTurn(loop, conversation, replyTimers, voiceOf, this);
        this.prompts = new SilencePrompts(loop, settings.silencePrompt());
        this.lastActivity = loop.now();
    }

    /** The interviewer's side, which the {@link ReplySpeaker} reports to. */
    InterviewerTurn interviewer() {
        return interviewer;
    }

    Candidate candidate() {
        return candidate;
    }

    void start() {
        interviewer.requestReply(new CandidateInput.Start(), 0);
    }

    void speechStarted() {
        touch();
        candidate = Candidate.SPEAKING;
        if (answer != null && answer.open && loop.now() - answer.endedAt <= settings.continuationWindow().toMillis()) {
            continuing = true;
            utteranceId = answer.id;
            cancel(hold);
            // A reply not yet heard is dropped; one already playing goes on unless the candidate says words.
            interviewer.supersede();
        } else {
            continuing = false;
            utteranceId = UUID.randomUUID().toString();
        }
        conversation.candidateSpeechStarted(utteranceId);
    }

    void partial(String text) {
        if (utteranceId != null && !text.isBlank()) {
            conversation.candidatePartial(utteranceId, continuing ? answer.text + " " + text : text);
        }
    }

    void finalText(String text, long startMillis, long endMillis, List<RecognizedWord> words) {
        touch();
        candidate = Candidate.QUIET;
        String id = utteranceId != null ? utteranceId : UUID.randomUUID().toString();
        utteranceId = null;
        boolean wasContinuing = continuing;
        continuing = false;
        interviewer.utteranceEnded(SpokenWords.count(text) > 0, settings.resumeFalseInterruption());
        String said = text == null ? "" : text.strip();
        if (said.isEmpty()) {
            // Noise or a cough: nothing new was said. A continued answer whose reply was dropped is answered as is.
            InterviewerTurn.State state = interviewer.state();
            if (wasContinuing && answer.open && !interviewer.replying() && state == InterviewerTurn.State.IDLE) {
                answered(answer.text);
            } else if (state == InterviewerTurn.State.IDLE) {
                scheduleSilencePrompt();
            }
            return;
        }
        keep(id, wasContinuing, said, startMillis, endMillis, words);
        answered(answer.text);
    }

    /**
     * The words the recogniser still held when the session closed (the browser went away mid-answer): kept in the
     * transcript, not answered here; the next connection's interviewer answers them.
     */
    void finalTextAtClose(String text, long startMillis, long endMillis, List<RecognizedWord> words) {
        String said = text == null ? "" : text.strip();
        if (!said.isEmpty()) {
            String id = utteranceId != null ? utteranceId : UUID.randomUUID().toString();
            keep(id, continuing, said, startMillis, endMillis, words);
        }
        utteranceId = null;
        continuing = false;
    }

    private void keep(String id, boolean wasContinuing, String said, long startMillis, long endMillis,
            List<RecognizedWord> words) {
        List<RecognizedWord> heard = words == null ? List.of() : List.copyOf(words);
        if (wasContinuing && answer != null && answer.id.equals(id)) {
            answer.text = answer.text + " " + said;
            answer.words = Stream.concat(answer.words.stream(), heard.stream()).toList();
            conversation.candidateContinued(id, answer.text, endMillis, answer.words);
        } else {
            conversation.candidateFinal(id, said, startMillis, endMillis, false, heard);
            answer = new Answer(id, said, heard);
        }
        answer.endedAt = loop.now();
    }

    void typed(String text, long atMillis) {
        touch();
        interviewer.interruptedForSure();
        supersede();
        String id = utteranceId != null && !continuing ? utteranceId : UUID.randomUUID().toString();
        utteranceId = null;
        continuing = false;
        answer = null;
        conversation.candidateFinal(id, text, atMillis, atMillis, true, List.of());
        interviewer.requestReply(new CandidateInput.Answer(text), 0);
    }

    void code(String language, String code, String testSummary) {
        touch();
        interviewer.requestReply(new CandidateInput.CodeUpdate(language, code, testSummary), 0);
    }

    void endRequested() {
        interviewer.interruptedForSure();
        supersede();
        interviewer.requestReply(new CandidateInput.EndRequested(), 0);
    }

    void close() {
        cancel(hold);
        prompts.cancel();
        interviewer.close();
    }

    @Override
    public long continuationLeft(InterviewerMove move) {
        if (answer == null || !answer.open || !(move.input() instanceof CandidateInput.Answer)) {
            return 0;
        }
        return Math.max(0, settings.continuationWindow().toMillis() - (loop.now() - answer.endedAt));
    }

    @Override
    public void committed() {
        if (answer != null) {
            answer.open = false;
        }
    }

    @Override
    public void spoken(InterviewerMove move) {
        Action action = move.reply().action();
        if (action != Action.END && action != Action.WAIT) {
            if (!(move.input() instanceof CandidateInput.Silence)) {
                prompts.reset();
            }
            scheduleSilencePrompt();
        }
    }

    /** An answer was given (or continued); one that trails off gets the longer silence before the reply. */
    private void answered(String whole) {
        supersede();
        long recognisedAt = System.nanoTime();
        CandidateInput input = new CandidateInput.Answer(whole);
        Duration wait = settings.hesitationHold();
        if (!wait.isZero() && TrailingWords.leadsOn(whole)) {
            hold = loop.after(wait, () -> interviewer.requestReply(input, recognisedAt));
        } else {
            interviewer.requestReply(input, recognisedAt);
        }
    }

    private void supersede() {
        cancel(hold);
        prompts.cancel();
        interviewer.supersede();
    }

    private void scheduleSilencePrompt() {
        prompts.schedule(lastActivity,
                () -> interviewer.state() == InterviewerTurn.State.IDLE && candidate == Candidate.QUIET,
                seconds -> interviewer.requestReply(new CandidateInput.Silence(seconds), 0));
    }

    private void touch() {
        lastActivity = loop.now();
        prompts.cancel();
    }

    private static void cancel(SessionLoop.Timer timer) {
        if (timer != null) {
            timer.cancel();
        }
    }
}
