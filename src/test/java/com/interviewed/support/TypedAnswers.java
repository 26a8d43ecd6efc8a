package com.interviewed.support;

import java.util.List;

/**
 * Typed answers for tests that take a whole interview over the WebSocket. All different: the interviewer notices
 * the same answer given twice and asks for something new.
 */
public final class TypedAnswers {

    public static final List<String> VARIED = List.of(
            "At my last company I led a team of five that rebuilt our order pipeline in Java and Kafka. For example, "
                    + "we cut failed orders by sixty percent, and I measured it every week.",
            "On the payments project I owned the ledger service. I chose PostgreSQL with strict transactions, wrote "
                    + "the reconciliation job myself, and as a result month-end errors dropped to zero.",
            "When two colleagues disagreed about a release, I set up a short meeting, we wrote down the risks "
                    + "together, agreed to ship behind a flag, and the launch went out a week early.",
            "I once missed a deadline because I underestimated a migration. I told my manager early, split the "
                    + "work into smaller steps, and since then my estimates have been within ten percent.",
            "I would start by measuring where the time goes with tracing, then fix the slowest query first, add an "
                    + "index, and compare p99 latency before and after the change.",
            "I keep a short list of priorities agreed with my manager, say no to work outside it, and review the "
                    + "list every Monday so that urgent requests do not crowd out important ones.",
            "I learn a new codebase by running it locally, reading the tests, and fixing a small bug in the first "
                    + "week, which shows me how the code is built and deployed.");

    private TypedAnswers() {
    }
}
