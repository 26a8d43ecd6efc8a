package com.interviewed.questions;

import java.util.List;
import java.util.Optional;

/** The curated questions (versioned data files in resources). */
public interface QuestionBank {

    List<Role> roles();

    Optional<PlannedQuestion> question(String id);

    int size();

    /** The industry packs a plan request may name, for example {@code finance}. */
    default List<String> industries() {
        return List.of();
    }
}
