package com.interviewed.interview;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The common terms of a role's field ({@code speech/lexicon/<role>.txt}): what candidates for the role say that
 * the interview's own text (questions, resume, taxonomy, job description) seldom names. One term per line, "#"
 * comments, and "@name" lines that include another lexicon (the shared engineering terms; fullstack includes
 * backend and frontend). Loaded once per role and cached; a role without a file has none.
 */
public final class RoleLexicon {

    static final String DIRECTORY = "/speech/lexicon/";
    private static final Map<String, List<String>> CACHE = new ConcurrentHashMap<>();

    private RoleLexicon() {
    }

    /** The role's terms in file order without repeats, or none for an unknown or missing role. */
    public static List<String> terms(String role) {
        if (role == null || !role.matches("[a-z0-9-]+")) {
            return List.of();
        }
        List<String> cached = CACHE.get(role);
        if (cached != null) {
            return cached;
        }
        Set<String> terms = new LinkedHashSet<>();
        read(role, terms, new LinkedHashSet<>(), false);
        if (terms.isEmpty()) {
            // Not cached: plans may carry any role name, and only the roles with a file are worth keeping.
            return List.of();
        }
        return CACHE.computeIfAbsent(role, name -> List.copyOf(terms));
    }

    /** @param included whether another lexicon names this one, which must then exist */
    private static void read(String name, Set<String> into, Set<String> reading, boolean included) {
        if (!reading.add(name)) {
            throw new IllegalStateException("lexicon " + name + " includes itself");
        }
        try (InputStream in = RoleLexicon.class.getResourceAsStream(DIRECTORY + name + ".txt")) {
            if (in == null) {
                if (included) {
                    throw new IllegalStateException("lexicon " + reading + " includes a missing " + name);
                }
                return;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                String term = line.strip();
                if (term.startsWith("@")) {
                    read(term.substring(1).strip(), into, reading, true);
                } else if (!term.isEmpty() && !term.startsWith("#")) {
                    into.add(term);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        reading.remove(name);
    }
}
