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
}
