package com.interviewed.interviewer;

/** A model's turn that does not fit the plan or the conversation; the fallback interviewer answers instead. */
class InvalidTurnException extends RuntimeException {

    InvalidTurnException(String reason) {
        super(reason);
    }
}
