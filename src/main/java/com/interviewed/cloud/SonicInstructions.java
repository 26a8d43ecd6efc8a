package com.interviewed.cloud;

import com.interviewed.interviewer.Utterance;
import com.interviewed.questions.InterviewPlan;
import com.interviewed.questions.Persona;
import com.interviewed.questions.PlannedQuestion;
import com.interviewed.resumes.ResumeProfile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

/**
 * What a Nova Sonic session is told: the system prompt (persona, plan, resume, how to use the control tools), the
 * replayed history within Nova's limits, and the trigger that makes the interviewer speak first.
 */
final class SonicInstructions {

    /** Nova accepts at most 1 KB per text input. */
    static final int MAX_TEXT_BYTES = 1024;

    private SonicInstructions() {
    }

    /** One replayed message: Nova role ({@code USER} or {@code ASSISTANT}) and its text. */
    record Message(String role, String text) {
    }

    static String systemPrompt(InterviewPlan plan, List<Persona> interviewers, int speakerIndex, String candidate,
            ResumeProfile profile) {
        Persona me = interviewers.get(Math.max(0, Math.min(speakerIndex, interviewers.size() - 1)));
        String candidateName = candidate == null || candidate.isBlank() ? "the candidate" : candidate;
        StringBuilder s = new StringBuilder();
        s.append("You are ").append(me.name()).append(", interviewing ").append(candidateName).append(" for a ")
                .append(plan.seniority().name().toLowerCase()).append(' ').append(plan.role())
                .append(" position in a spoken job interview of about ").append(plan.durationMinutes())
                .append(" minutes. Your manner is ").append(me.style()).append(". ");
        if (interviewers.size() > 1) {
            s.append("This is a panel interview. The panel in speaking order: ");
            for (int i = 0; i < interviewers.size(); i++) {
                Persona p = interviewers.get(i);
                s.append(i == 0 ? "" : ", ").append(p.name()).append(" (").append(roleLabel(p)).append(')');
            }
            s.append(". You are ").append(roleLabel(me)).append(". Ask only your own questions below; when they are "
                    + "done, say one short sentence and call hand_over_to_next_panelist");
            s.append(speakerIndex >= interviewers.size() - 1
                    ? " (you are the last panelist: close the interview instead). " : ". ");
        }
        s.append("Speak naturally and briefly: one question at a time, at most three sentences per turn, no lists, "
                + "no markdown. Listen; ask a follow-up when an answer lacks an example or a result. Never score the "
                + "candidate aloud. Questions, in order:\n");
        for (int i = 0; i < plan.steps().size(); i++) {
            PlannedQuestion q = plan.steps().get(i);
            if (interviewers.size() > 1 && q.panelRole() != null && !Objects.equals(q.panelRole(), me.panelRole())) {
                continue;
            }
            s.append(i + 1).append(". [").append(q.category()).append("] ")
                    .append(q.reserve() ? "(spare: only if time allows) " : "").append(q.text()).append('\n');
        }
        s.append("When you reach a coding question, introduce it in one sentence and call issue_coding_challenge; "
                + "the candidate's editor opens and their code arrives as text. When all questions are done and the "
                + "candidate has asked theirs, thank them and call end_interview, then say goodbye in one sentence. "
                + "Call end_interview too if the candidate asks to stop.");
        if (profile != null) {
            List<String> facts = new ArrayList<>();
            if (!profile.titles().isEmpty()) {
                facts.add("titles " + String.join(", ", first(profile.titles(), 4)));
            }
            if (!profile.employers().isEmpty()) {
                facts.add("employers " + String.join(", ", first(profile.employers(), 4)));
            }
            if (!profile.skills().isEmpty()) {
                facts.add("skills " + String.join(", ", first(profile.skills(), 12)));
            }
            if (!profile.projects().isEmpty()) {
                facts.add("projects " + String.join("; ", first(profile.projects(), 3)));
            }
            if (profile.yearsOfExperience() != null) {
                facts.add(profile.yearsOfExperience() + " years of experience");
            }
            if (!facts.isEmpty()) {
                s.append("\nFrom the candidate's resume: ").append(String.join("; ", facts)).append('.');
            }
        }
        return s.toString();
    }

    private static String roleLabel(Persona p) {
        return p.panelRole() == null ? "interviewer" : p.panelRole().toLowerCase().replace('_', ' ');
    }

    private static List<String> first(List<String> items, int n) {
        return items.subList(0, Math.min(n, items.size()));
    }

    /**
     * The most recent history that fits {@code maxBytes} in all, in order, starting with a USER message (Nova
     * rejects a history that starts with the assistant). Interviewer lines become ASSISTANT; speaker names of other
     * panelists are kept in the text so that a new panelist knows who said what.
     */
    static List<Message> history(List<Utterance> history, int maxBytes, String currentSpeaker) {
        Deque<Message> kept = new ArrayDeque<>();
        int total = 0;
        for (int i = history.size() - 1; i >= 0; i--) {
            Utterance u = history.get(i);
            if (u.text() == null || u.text().isBlank()) {
                continue;
            }
            boolean candidate = "candidate".equals(u.role());
            String text = candidate || Objects.equals(u.speaker(), currentSpeaker) ? u.text().strip()
                    : u.speaker() + ": " + u.text().strip();
            int size = bytes(text);
            if (total + size > maxBytes) {
                break;
            }
            total += size;
            kept.addFirst(new Message(candidate ? "USER" : "ASSISTANT", text));
        }
        while (!kept.isEmpty() && !"USER".equals(kept.peekFirst().role())) {
            kept.removeFirst();
        }
        return List.copyOf(kept);
    }

    /** Splits text into pieces of at most {@code maxBytes} UTF-8 bytes, at spaces where possible. */
    static List<String> split(String text, int maxBytes) {
        List<String> pieces = new ArrayList<>();
        String rest = text;
        while (bytes(rest) > maxBytes) {
            int end = 0;
            int size = 0;
            while (end < rest.length()) {
                int cp = rest.codePointAt(end);
                int cpBytes = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
                if (size + cpBytes > maxBytes) {
                    break;
                }
                size += cpBytes;
                end += Character.charCount(cp);
            }
            int space = rest.lastIndexOf(' ', end - 1);
            int cut = space > end / 2 ? space + 1 : end;
            pieces.add(rest.substring(0, cut));
            rest = rest.substring(cut);
        }
        if (!rest.isEmpty()) {
            pieces.add(rest);
        }
        return pieces;
    }

    static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    static String openingTrigger(String plannedOpening, boolean resumed) {
        String said = plannedOpening == null || plannedOpening.isBlank() ? "" : " Say, in your own words: \""
                + plannedOpening.strip() + "\"";
        return resumed
                ? "(The call dropped and the candidate is back. Continue the interview where it left off; do not "
                        + "greet again." + said + ")"
                : "(The candidate has joined. Greet them and ask the first question." + said + ")";
    }

    static String reconnectTrigger() {
        return "(The connection was interrupted for a moment. Continue exactly where you left off; do not greet "
                + "again or repeat what was already said. If you were asking a question, finish it briefly.)";
    }

    static String handOffTrigger(Persona next, Persona previous) {
        return "(" + previous.name() + " has handed the interview over to you. Introduce yourself once in one "
                + "sentence as " + next.name() + ", then ask your first question.)";
    }
}
