package com.interviewed.voice.cascade;

import com.interviewed.speech.SpeechSynthesizer;
import com.interviewed.speech.SynthesizedSpeech;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers the audio of short sentences per voice. Interviewers open most replies with a brief acknowledgement
 * ("Thanks, that's helpful."), so the first audio of a reply is usually ready at once: that is most of the time
 * between the candidate's last word and the interviewer's first.
 */
final class PhraseCache {

    static final int MAX_PHRASE_CHARS = 80;
    private static final int MAX_ENTRIES = 2_000;

    private final SpeechSynthesizer synthesizer;
    private final Map<String, SynthesizedSpeech> entries = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, SynthesizedSpeech> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    PhraseCache(SpeechSynthesizer synthesizer) {
        this.synthesizer = synthesizer;
    }

    SynthesizedSpeech synthesize(String sentence, String voice) {
        if (sentence.length() > MAX_PHRASE_CHARS) {
            return synthesizer.synthesize(sentence, voice);
        }
        String key = voice + '\u0000' + sentence;
        synchronized (entries) {
            SynthesizedSpeech cached = entries.get(key);
            if (cached != null) {
                return cached;
            }
        }
        SynthesizedSpeech speech = synthesizer.synthesize(sentence, voice);
        synchronized (entries) {
            entries.put(key, speech);
        }
        return speech;
    }
}
