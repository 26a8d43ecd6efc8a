package com.interviewed.questions;

import java.util.List;
import java.util.Optional;

public interface CodingChallenges {

    List<CodingChallenge> all();

    Optional<CodingChallenge> byId(String id);
}
