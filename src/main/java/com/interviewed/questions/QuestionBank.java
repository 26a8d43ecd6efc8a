package com.interviewed.questions;

import java.util.List;
import java.util.Optional;

/** The curated questions (versioned data files in resources). */
public interface QuestionBank {

    List<Role> roles();

    Optional<PlannedQuestion> question(String id);

    int size();
}
