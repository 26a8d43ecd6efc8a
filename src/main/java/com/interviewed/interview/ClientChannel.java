package com.interviewed.interview;

/** The browser end of a live interview: typed JSON events and binary audio frames. */
interface ClientChannel {

    void sendEvent(ServerEvent event);

    void sendAudio(byte[] pcm16le);

    /** WebSocket close code for "another connection took this interview over" (the event may not get through). */
    int REPLACED = 4001;

    void close(String reason);

    /** Closes with {@link #REPLACED}: the browser must not reconnect on its own. */
    void closeReplaced();
}
