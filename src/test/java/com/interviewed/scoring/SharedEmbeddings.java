package com.interviewed.scoring;

/** One embedding model for all plain unit tests in this JVM (loading it takes a few seconds); vectors are kept in target/ between runs. */
final class SharedEmbeddings {

    static final SentenceEmbeddings INSTANCE = new SentenceEmbeddings(
            dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel::new,
            java.nio.file.Path.of("target", "scoring-embeddings.bin"));

    private SharedEmbeddings() {
    }
}
