package com.interviewed.scoring;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Sentence embeddings from all-MiniLM-L6-v2 (quantized, shipped inside a Maven jar, no network). The model is
 * loaded once, on first use or when {@link #warmUp()} is called in the background at startup. Embeddings of
 * repeated texts (questions, expected points) are cached.
 */
final class SentenceEmbeddings {

    private static final int CACHE_SIZE = 4096;

    private final Supplier<EmbeddingModel> factory;
    private volatile EmbeddingModel model;
    private final Map<String, float[]> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    SentenceEmbeddings() {
        this(AllMiniLmL6V2QuantizedEmbeddingModel::new);
    }

    SentenceEmbeddings(Supplier<EmbeddingModel> factory) {
        this(factory, null);
    }

    /**
     * @param store a file that keeps computed vectors between runs, or {@code null}: the development-set harness
     *              embeds about 3,000 sentences, which takes minutes on a busy build machine and gives the same
     *              vectors every time (only tests use it)
     */
    SentenceEmbeddings(Supplier<EmbeddingModel> factory, java.nio.file.Path store) {
        this.factory = factory;
        this.store = store;
        if (store != null && java.nio.file.Files.exists(store)) {
            try (var in = new java.io.DataInputStream(new java.io.BufferedInputStream(java.nio.file.Files.newInputStream(store)))) {
                while (in.available() > 0) {
                    String text = in.readUTF();
                    float[] v = new float[in.readInt()];
                    for (int i = 0; i < v.length; i++) {
                        v[i] = in.readFloat();
                    }
                    stored.put(text, v);
                }
            } catch (java.io.IOException e) {
                stored.clear();
            }
        }
    }

    private final java.nio.file.Path store;
    private final Map<String, float[]> stored = new java.util.HashMap<>();

    private void keep(String text, float[] v) {
        try (var out = new java.io.DataOutputStream(new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(store,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND)))) {
            out.writeUTF(text);
            out.writeInt(v.length);
            for (float x : v) {
                out.writeFloat(x);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        stored.put(text, v);
    }

    void warmUp() {
        embed(List.of("warm up"));
    }

    private EmbeddingModel model() {
        EmbeddingModel m = model;
        if (m == null) {
            synchronized (this) {
                if (model == null) {
                    model = factory.get();
                }
                m = model;
            }
        }
        return m;
    }

    /** Unit-length vectors, one per text, in order. */
    List<float[]> embed(List<String> texts) {
        List<float[]> result = new ArrayList<>(texts.size());
        List<String> missing = new ArrayList<>();
        synchronized (cache) {
            for (String text : texts) {
                if (!cache.containsKey(text) && stored.containsKey(text)) {
                    cache.put(text, stored.get(text));
                }
                if (!cache.containsKey(text) && !missing.contains(text)) {
                    missing.add(text);
                }
            }
        }
        if (!missing.isEmpty()) {
            List<TextSegment> segments = missing.stream().map(t -> TextSegment.from(t.isBlank() ? "-" : t)).toList();
            var embeddings = model().embedAll(segments).content();
            synchronized (cache) {
                for (int i = 0; i < missing.size(); i++) {
                    float[] v = normalise(embeddings.get(i).vector());
                    cache.put(missing.get(i), v);
                    if (store != null && missing.get(i).length() < 20_000) {
                        keep(missing.get(i), v);
                    }
                }
            }
        }
        synchronized (cache) {
            for (String text : texts) {
                float[] v = cache.get(text);
                if (v == null) {
                    // Evicted between the two steps by a concurrent caller: compute it again.
                    v = normalise(model().embed(text.isBlank() ? "-" : text).content().vector());
                }
                result.add(v);
            }
        }
        return result;
    }

    float[] embed(String text) {
        return embed(List.of(text)).get(0);
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    private static float[] normalise(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (norm == 0 ? 0 : v[i] / norm);
        }
        return out;
    }
}
