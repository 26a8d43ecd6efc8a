package com.interviewed.scoring;

/** One embedding model for all plain unit tests in this JVM: loading it takes a few seconds. */
final class SharedEmbeddings {

    static final SentenceEmbeddings INSTANCE = new SentenceEmbeddings();

    private SharedEmbeddings() {
    }
}
