package com.interviewed.interviewer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets a remote interviewer take each turn and, when it fails (unreachable, timeout, error status, unparsable or
 * invalid output), has the deterministic interviewer take that turn instead, so the interview never stalls.
 */
final class FallbackInterviewer implements Interviewer {

    private static final Logger log = LoggerFactory.getLogger(FallbackInterviewer.class);

    private final Interviewer primary;
    private final Interviewer fallback;

    FallbackInterviewer(Interviewer primary, Interviewer fallback) {
        this.primary = primary;
        this.fallback = fallback;
    }

    @Override
    public InterviewerReply respond(InterviewContext context, CandidateInput input) {
        try {
            return primary.respond(context, input);
        } catch (RuntimeException failure) {
            log.warn("Interviewer {} failed on {} ({}: {}); {} answers this turn", primary.name(),
                    input.getClass().getSimpleName(), failure.getClass().getSimpleName(), brief(failure.getMessage()),
                    fallback.name());
            return fallback.respond(context, input);
        }
    }

    /** First line only, bounded: parser messages quote the input and error bodies can be long. */
    private static String brief(String message) {
        if (message == null) {
            return "";
        }
        String line = message.lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    @Override
    public String name() {
        return primary.name();
    }
}
