package com.interviewed.interview;

/**
 * Where a practice interview's plan seed comes from. The application draws each one at random (every practice run
 * gets different questions); a test that must replay the same plans, such as the conversation-quality harness,
 * declares a bean of this type.
 */
@FunctionalInterface
public interface PlanSeeds {

    long next();
}
