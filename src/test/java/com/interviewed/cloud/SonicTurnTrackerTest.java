package com.interviewed.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import com.interviewed.interviewer.Utterance;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Interviewer turns as the candidate hears them, on a manual clock and a manual scheduler. */
class SonicTurnTrackerTest {

    private final AtomicLong now = new AtomicLong(10_000);
    private final List<String> timeline = new ArrayList<>();
    private final NovaSonicSessionTest.RecordingConversation conversation =
            new NovaSonicSessionTest.RecordingConversation(timeline);
    private final List<Utterance> history = new ArrayList<>();
    private final List<Runnable> due = new ArrayList<>();
    private final List<Long> delays = new ArrayList<>();
    private final SonicTurnTracker tracker = new SonicTurnTracker(conversation, history, now::get,
            (task, delay) -> {
                due.add(task);
                delays.add(delay);
            }, new SonicTurnTracker.Speaker() {
                @Override
                public int index() {
                    return 1;
                }

                @Override
                public String name() {
                    return "Alex";
                }
            }, "Sam");

    /** One second of 24 kHz PCM16 audio. */
    private static byte[] second() {
        return new byte[SonicTurnTracker.OUTPUT_BYTES_PER_MS * 1000];
    }

    private void runDue() {
        List<Runnable> tasks = List.copyOf(due);
        due.clear();
        tasks.forEach(Runnable::run);
    }

    @Test
    void phasesFollowTheCandidateAndTheInterviewer() {
        assertThat(tracker.interviewer()).isEqualTo(SonicTurnTracker.Interviewer.IDLE);
        assertThat(tracker.candidate()).isEqualTo(SonicTurnTracker.Candidate.QUIET);
        tracker.candidateVoiced();
        assertThat(tracker.candidate()).isEqualTo(SonicTurnTracker.Candidate.SPEAKING);
        assertThat(tracker.busy()).isTrue();
        tracker.candidateSaid("I used a queue", 2_000);
        now.addAndGet(SonicTurnTracker.VOICE_HANGOVER_MS);
        assertThat(tracker.candidate()).isEqualTo(SonicTurnTracker.Candidate.QUIET);
        assertThat(tracker.interviewer()).isEqualTo(SonicTurnTracker.Interviewer.THINKING);
        assertThat(tracker.busy()).isFalse();
        tracker.preview("Why a queue?");
        assertThat(tracker.interviewer()).isEqualTo(SonicTurnTracker.Interviewer.SPEAKING);
        assertThat(tracker.busy()).isTrue();
        tracker.audio(second());
        tracker.spoke("Why a queue?");
        tracker.finishTurn();
        // Nova is done, the browser still plays the second of audio.
        assertThat(tracker.interviewer()).isEqualTo(SonicTurnTracker.Interviewer.SPEAKING);
        assertThat(tracker.busy()).isFalse();
        assertThat(conversation.calls("finished")).isEmpty();
        now.addAndGet(1000 + SonicTurnTracker.PLAYBACK_MARGIN_MS);
        assertThat(tracker.interviewer()).isEqualTo(SonicTurnTracker.Interviewer.IDLE);
        assertThat(delays).containsExactly(1000 + SonicTurnTracker.PLAYBACK_MARGIN_MS);
        runDue();
        assertThat(conversation.calls()).containsExactly("candidateFinal|I used a queue|spoken",
                "started|Why a queue?|1|24000", "audio|48000", "finished|Why a queue?|false");
        assertThat(history).extracting(Utterance::role, Utterance::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("candidate", "I used a queue"),
                org.assertj.core.groups.Tuple.tuple("interviewer", "Why a queue?"));
    }

    @Test
    void aBargeInWhileNovaGeneratesKeepsOnlyWhatWasSpokenAndDropsTheRest() {
        tracker.preview("Tell me about scaling and caching.");
        tracker.audio(second());
        tracker.spoke("Tell me about scaling");
        tracker.bargeIn();
        assertThat(tracker.interviewer()).isEqualTo(SonicTurnTracker.Interviewer.CUT_OFF);
        // The rest of the interrupted reply still arrives: none of it plays.
        tracker.audio(second());
        tracker.spoke("and caching.");
        assertThat(conversation.calls()).containsExactly("started|Tell me about scaling and caching.|1|24000",
                "audio|48000", "bargeIn", "finished|Tell me about scaling|true");
        assertThat(history.get(0).text()).isEqualTo("Tell me about scaling");
        // The next reply plays again.
        tracker.preview("Go on.");
        assertThat(tracker.interviewer()).isEqualTo(SonicTurnTracker.Interviewer.SPEAKING);
        tracker.audio(second());
        assertThat(conversation.calls("audio")).hasSize(2);
    }

    @Test
    void aBargeInDuringPlaybackKeepsTheShareOfTheWordsHeard() {
        tracker.preview("one two three four");
        tracker.audio(second());
        tracker.spoke("one two three four");
        tracker.finishTurn();
        now.addAndGet(500);
        tracker.bargeIn();
        assertThat(conversation.calls("finished")).containsExactly("finished|one two|true");
        assertThat(history.get(0).text()).isEqualTo("one two");
        // The playback timer no longer reports the turn as fully played.
        runDue();
        assertThat(conversation.calls("finished")).hasSize(1);
    }

    @Test
    void typingInterruptsAnAudibleTurnAndNovasEchoOfItIsNotRepeated() {
        tracker.preview("A long question");
        tracker.audio(second());
        now.addAndGet(200);
        tracker.candidateTyped("  my typed answer ", 300);
        assertThat(conversation.calls()).containsSubsequence("bargeIn", "finished||true",
                "candidateFinal|  my typed answer |typed");
        tracker.candidateSaid("my typed answer", 400);
        assertThat(conversation.count("candidateFinal")).isEqualTo(1);
        assertThat(tracker.interviewer()).isEqualTo(SonicTurnTracker.Interviewer.THINKING);
    }

    @Test
    void aTurnWhoseAudioHasPlayedIsFinishedWhenTheCandidateTypes() {
        tracker.preview("Short.");
        tracker.audio(second());
        tracker.spoke("Short.");
        now.addAndGet(5_000);
        tracker.candidateTyped("done", 5_000);
        assertThat(conversation.calls()).doesNotContain("bargeIn").contains("finished|Short.|false");
    }

    @Test
    void aLostStreamKeepsWhatWasConfirmedSpoken() {
        tracker.preview("First part. Second part.");
        tracker.spoke("First part.");
        tracker.cut();
        assertThat(conversation.calls("finished")).containsExactly("finished|First part.|true");
        tracker.close();
        assertThat(conversation.calls("finished")).hasSize(1);
    }
}
