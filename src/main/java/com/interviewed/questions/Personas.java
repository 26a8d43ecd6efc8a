package com.interviewed.questions;

import java.util.List;
import java.util.Optional;

public interface Personas {

    /** The solo personas (at least eight). */
    List<Persona> solo();

    /** The fixed panel in speaking order: Engineering Manager, Product Manager, Junior Developer. */
    List<Persona> panel();

    /** A solo persona chosen by {@code seed}. */
    Persona pick(long seed);

    Optional<Persona> byId(String id);

    /**
     * A solo persona chosen by {@code seed} whose name is not the candidate's first name ("Welcome, Maya! I'm
     * Maya." sounds like a mistake): the next persona in the seeded order when the pick would share it.
     */
    default Persona pick(long seed, String candidateName) {
        Persona chosen = pick(seed);
        String first = candidateName == null || candidateName.isBlank() ? ""
                : candidateName.strip().split("\\s+")[0];
        for (int step = 1; chosen.name().equalsIgnoreCase(first) && step <= solo().size(); step++) {
            chosen = pick(seed + step);
        }
        return chosen;
    }
}
