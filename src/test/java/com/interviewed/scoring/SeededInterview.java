package com.interviewed.scoring;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An ended practice interview written straight into the interview module's tables, as its live session will:
 * a plan with expected points and a timed transcript with a follow-up, a candidate question and a closing.
 */
final class SeededInterview {

    static final String CACHE_QUESTION = "How would you design a cache for a read-heavy product catalogue API?";
    static final String CACHE_ANSWER_1 = "I would put Redis in front of the catalogue service with a cache-aside pattern. "
            + "On a miss I load the product from Postgres and write it back with a TTL of ten minutes.";
    static final String CACHE_ANSWER_2 = "I also delete the key whenever a product is updated, because a stale price is "
            + "worse than a slow page.";
    static final String FOLLOW_UP_ANSWER = "We measured the hit rate in Grafana, and p99 latency went from 300 ms down to 40 ms.";
    static final String STORY = "At my last company a colleague wanted MongoDB for the order service and I preferred "
            + "Postgres. I asked him to walk me through his reasons, and we ran a two-day benchmark of our top ten "
            + "queries. Postgres was faster on eight of them, so we stayed, and I learned to look for the problem "
            + "behind a proposal.";

    private static final String PLAN = """
            {"role":"backend","seniority":"MID","durationMinutes":20,"seed":7,"steps":[
             {"id":"warmup-1","category":"WARMUP","text":"Tell me briefly about your background.","competency":"communication",
              "expectedPoints":["current role","relevant experience"],"followUps":[],"challengeId":null,"panelRole":null,"reserve":false,"minutes":2},
             {"id":"backend-cache","category":"TECHNICAL","text":"%s","competency":"system design",
              "expectedPoints":["cache-aside or read-through strategy","invalidation on writes or a time-to-live",
                "protect against stampedes on hot keys","measure hit rate and latency"],"followUps":["Can you give a number?"],
              "challengeId":null,"panelRole":null,"reserve":false,"minutes":5},
             {"id":"beh-disagree","category":"BEHAVIOURAL","text":"Tell me about a time you disagreed with a teammate on a technical decision.",
              "competency":"collaboration","expectedPoints":["the situation and what the disagreement was about",
                "used data, a prototype or an experiment to decide","the outcome and what you learned"],"followUps":[],
              "challengeId":null,"panelRole":null,"reserve":false,"minutes":5},
             {"id":"cq","category":"CANDIDATE_QUESTIONS","text":"Do you have any questions for me?","competency":"curiosity",
              "expectedPoints":[],"followUps":[],"challengeId":null,"panelRole":null,"reserve":false,"minutes":2},
             {"id":"close","category":"CLOSING","text":"Thank you, that is all from me.","competency":"",
              "expectedPoints":[],"followUps":[],"challengeId":null,"panelRole":null,"reserve":false,"minutes":1}]}
            """.formatted(CACHE_QUESTION);

    /** role, text, startMs, endMs */
    static final List<Object[]> TURNS = List.of(
            new Object[] {"interviewer", "Hi, I'm Alex. Tell me briefly about your background.", 0L, 4_000L},
            new Object[] {"candidate", "I'm a backend engineer with five years of Java and Spring, currently building payment services.", 5_000L, 12_000L},
            new Object[] {"interviewer", "Thanks. " + CACHE_QUESTION, 13_000L, 18_000L},
            new Object[] {"candidate", CACHE_ANSWER_1, 20_000L, 33_000L},
            new Object[] {"candidate", CACHE_ANSWER_2, 34_000L, 41_000L},
            new Object[] {"interviewer", "Can you give a number?", 42_000L, 44_000L},
            new Object[] {"candidate", FOLLOW_UP_ANSWER, 51_000L, 58_000L},
            new Object[] {"interviewer", "Tell me about a time you disagreed with a teammate on a technical decision.", 59_000L, 64_000L},
            new Object[] {"candidate", STORY, 66_000L, 94_000L},
            new Object[] {"interviewer", "Do you have any questions for me?", 95_000L, 97_000L},
            new Object[] {"candidate", "Um, what does the team's on-call rotation look like?", 98_000L, 102_000L},
            new Object[] {"interviewer", "Thank you, that is all from me.", 103_000L, 106_000L});

    private SeededInterview() {
    }

    static UUID insert(JdbcClient jdbc, UUID candidateId) {
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now();
        jdbc.sql("""
                        insert into interviews (id, candidate_id, role, mode, status, persona, plan_json, created_at,
                            started_at, ended_at)
                        values (?, ?, 'backend', 'SOLO', 'ENDED', 'alex', ?, ?, ?, ?)""")
                .params(id, candidateId, PLAN, now.minusMinutes(3), now.minusMinutes(3), now).update();
        int seq = 0;
        for (Object[] turn : TURNS) {
            jdbc.sql("""
                            insert into transcript_turns (id, interview_id, seq, speaker_role, speaker, text, status,
                                start_ms, end_ms, created_at)
                            values (?, ?, ?, ?, ?, ?, 'SPOKEN', ?, ?, ?)""")
                    .params(UUID.randomUUID(), id, seq++, turn[0], turn[0].equals("candidate") ? "Ada" : "Alex",
                            turn[1], turn[2], turn[3], now).update();
        }
        return id;
    }

    static UUID userId(JdbcClient jdbc, String email) {
        return jdbc.sql("select id from users where email = ?").param(email).query(UUID.class).single();
    }
}
