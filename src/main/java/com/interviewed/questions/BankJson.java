package com.interviewed.questions;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reads the bank's data files. */
final class BankJson {

    private BankJson() {
    }

    /**
     * The application's mapper, made strict: a misspelt field in a hand-edited data file ("level" for "levels")
     * would otherwise be dropped silently and change which candidates see the question.
     */
    static JsonMapper strict(JsonMapper json) {
        return json.rebuild()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
    }
}
