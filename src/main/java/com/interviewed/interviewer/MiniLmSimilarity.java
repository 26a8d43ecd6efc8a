package com.interviewed.interviewer;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sentence similarity from all-MiniLM-L6-v2 (quantized, inside a Maven jar, no network), the model scoring also
 * uses. Loaded on first use; questions and expected points repeat, so embeddings are cached.
 */
final class MiniLmSimilarity implements SentenceSimilarity {

    private static final int CACHE_SIZE = 2048;

    private volatile EmbeddingModel model;
    private final Map<String, float[]> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    @Override
    public double similarity(String a, String b) {
        float[] x = embed(a);
        float[] y = embed(b);
        double dot = 0;
        double nx = 0;
        double ny = 0;
        for (int i = 0; i < x.length; i++) {
            dot += x[i] * y[i];
            nx += x[i] * x[i];
            ny += y[i] * y[i];
        }
        return nx == 0 || ny == 0 ? 0 : dot / Math.sqrt(nx * ny);
    }

    private float[] embed(String text) {
        String key = text.isBlank() ? "-" : text;
        synchronized (cache) {
            float[] cached = cache.get(key);
            if (cached != null) {
                return cached;
            }
        }
        // Computed outside the cache lock: two threads may embed the same text once each, which is harmless.
        float[] vector = model().embed(key).content().vector();
        synchronized (cache) {
            cache.put(key, vector);
        }
        return vector;
    }

    private EmbeddingModel model() {
        EmbeddingModel m = model;
        if (m == null) {
            synchronized (this) {
                if (model == null) {
                    model = new AllMiniLmL6V2QuantizedEmbeddingModel();
                }
                m = model;
            }
        }
        return m;
    }
}
