package com.interviewed.interview;

import java.util.Map;

/** The browser end of a live interview: JSON events and binary audio frames. */
interface ClientChannel {

    void sendEvent(Map<String, Object> event);

    void sendAudio(byte[] pcm16le);

    void close(String reason);
}
