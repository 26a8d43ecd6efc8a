package com.interviewed.cloud;

import java.util.ArrayDeque;
import java.util.Queue;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/**
 * The input side of one Nova stream: a single-subscriber publisher that buffers everything offered until the SDK
 * subscribes and asks for it. The SDK subscribes asynchronously, hundreds of milliseconds after the call, and a
 * publisher that dropped items without a subscriber would silently lose {@code sessionStart}. Delivery is
 * serialised: onNext is never called concurrently.
 */
final class EventPublisher<T> implements Publisher<T> {

    private final Queue<T> buffer = new ArrayDeque<>();
    private Subscriber<? super T> subscriber;
    private long demand;
    private boolean completed;
    private boolean done;
    private boolean draining;

    @Override
    public void subscribe(Subscriber<? super T> s) {
        synchronized (this) {
            if (subscriber != null) {
                s.onSubscribe(new Subscription() {
                    public void request(long n) {
                    }

                    public void cancel() {
                    }
                });
                s.onError(new IllegalStateException("one subscriber only"));
                return;
            }
            subscriber = s;
        }
        s.onSubscribe(new Subscription() {
            @Override
            public void request(long n) {
                synchronized (EventPublisher.this) {
                    demand = demand + n < 0 ? Long.MAX_VALUE : demand + n;
                }
                drain();
            }

            @Override
            public void cancel() {
                synchronized (EventPublisher.this) {
                    done = true;
                    buffer.clear();
                }
            }
        });
        drain();
    }

    /** Queues one item; false once the stream is complete or cancelled. */
    boolean offer(T item) {
        synchronized (this) {
            if (completed || done) {
                return false;
            }
            buffer.add(item);
        }
        drain();
        return true;
    }

    void complete() {
        synchronized (this) {
            completed = true;
        }
        drain();
    }

    synchronized int buffered() {
        return buffer.size();
    }

    private void drain() {
        while (true) {
            T next;
            Subscriber<? super T> s;
            boolean finish = false;
            synchronized (this) {
                if (draining || subscriber == null || done) {
                    return;
                }
                s = subscriber;
                if (demand > 0 && !buffer.isEmpty()) {
                    next = buffer.poll();
                    demand--;
                } else if (buffer.isEmpty() && completed) {
                    next = null;
                    finish = true;
                    done = true;
                } else {
                    return;
                }
                draining = true;
            }
            try {
                if (finish) {
                    s.onComplete();
                    return;
                }
                s.onNext(next);
            } finally {
                synchronized (this) {
                    draining = false;
                }
            }
        }
    }
}
