package com.interviewed.interview;

import com.interviewed.voice.VoiceSession;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * One browser connection. Its conversation and voice are attached once built; a newer connection may replace
 * it at any moment, before or after that. Only in-memory flags are touched under its lock.
 */
final class LiveConnection {

    private final UUID interviewId;
    private final SessionStore store;
    private final ClientChannel socket;
    private final ClientChannel client;
    private LiveInterview conversation;
    private VoiceSession voice;
    private boolean detached;

    LiveConnection(UUID interviewId, SessionStore store, ClientChannel socket) {
        this.interviewId = interviewId;
        this.store = store;
        this.socket = socket;
        this.client = new FencedChannel(socket, store);
    }

    UUID interviewId() {
        return interviewId;
    }

    long epoch() {
        return store.epoch();
    }

    SessionStore store() {
        return store;
    }

    ClientChannel client() {
        return client;
    }

    synchronized LiveInterview conversation() {
        return detached ? null : conversation;
    }

    synchronized VoiceSession voice() {
        return detached ? null : voice;
    }

    /** False (and the voice closed) if the connection was replaced while it was being built. */
    boolean attach(LiveInterview conversation, VoiceSession voice) {
        synchronized (this) {
            if (!detached) {
                this.conversation = conversation;
                this.voice = voice;
                return true;
            }
        }
        closeLater(voice);
        return false;
    }

    /** Stops taking input and releases the voice session; queued writes still run unless fenced. */
    void detach() {
        VoiceSession closing;
        synchronized (this) {
            detached = true;
            closing = voice;
        }
        closeLater(closing);
    }

    /** A newer connection took over: fenced now, so nothing queued here writes; the browser is told why. */
    void replace() {
        store.fence();
        detach();
        socket.sendEvent(new ServerEvent.SessionReplaced(
                "This interview is open in another tab or window."));
        socket.closeReplaced();
    }

    /**
     * Closing a voice session waits for its recogniser to stop and hand its decoder back; the caller may be the
     * session's own worker or the socket's thread, so the close runs elsewhere.
     */
    private static void closeLater(VoiceSession voice) {
        if (voice != null) {
            CompletableFuture.runAsync(voice::close);
        }
    }

    /** Events of a fenced connection are dropped: its browser has been told it was replaced. */
    private record FencedChannel(ClientChannel client, SessionStore store) implements ClientChannel {

        @Override
        public void sendEvent(ServerEvent event) {
            if (!store.fenced()) {
                client.sendEvent(event);
            }
        }

        @Override
        public void sendAudio(byte[] pcm16le) {
            if (!store.fenced()) {
                client.sendAudio(pcm16le);
            }
        }

        @Override
        public void close(String reason) {
            client.close(reason);
        }

        @Override
        public void closeReplaced() {
            client.closeReplaced();
        }
    }
}
