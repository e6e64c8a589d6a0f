package io.tonearm.agent.control.http;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body read into memory up to a limit. Past the limit it stops reading, cancels the
 * body and reports {@link #tooLarge()}, so a runaway server costs at most {@code limit} bytes.
 *
 * <p>Used on the HTTP client's threads; one instance per response.
 */
record BoundedBody(int status, String contentType, byte[] bytes, boolean tooLarge) {

    /** A body handler that keeps at most {@code limit} bytes of any response. */
    static HttpResponse.BodyHandler<BoundedBody> handler(int limit) {
        return info -> new Subscriber(info.statusCode(), info.headers().firstValue("Content-Type").orElse(""), limit);
    }

    private static final class Subscriber implements HttpResponse.BodySubscriber<BoundedBody> {
        private final int status;
        private final String contentType;
        private final int limit;
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private final CompletableFuture<BoundedBody> result = new CompletableFuture<>();
        private Flow.Subscription subscription;

        Subscriber(int status, String contentType, int limit) {
            this.status = status;
            this.contentType = contentType;
            this.limit = limit;
        }

        @Override
        public CompletionStage<BoundedBody> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(1);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            for (ByteBuffer b : items) {
                if (buffer.size() + b.remaining() > limit) {
                    subscription.cancel();
                    result.complete(new BoundedBody(status, contentType, new byte[0], true));
                    return;
                }
                byte[] chunk = new byte[b.remaining()];
                b.get(chunk);
                buffer.writeBytes(chunk);
            }
            subscription.request(1);
        }

        @Override
        public void onError(Throwable throwable) {
            result.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            result.complete(new BoundedBody(status, contentType, buffer.toByteArray(), false));
        }
    }
}
