package com.interviewed.cloud;

import java.util.concurrent.CompletableFuture;
import org.reactivestreams.Publisher;
import software.amazon.awssdk.services.bedrockruntime.model.InvokeModelWithBidirectionalStreamInput;
import software.amazon.awssdk.services.bedrockruntime.model.InvokeModelWithBidirectionalStreamRequest;
import software.amazon.awssdk.services.bedrockruntime.model.InvokeModelWithBidirectionalStreamResponseHandler;

/**
 * The one SDK call the Nova Sonic adapter makes, behind an interface so that tests can stand in for Bedrock at
 * the SDK's own publisher/handler boundary. In production it is
 * {@code BedrockRuntimeAsyncClient::invokeModelWithBidirectionalStream}.
 */
@FunctionalInterface
public interface SonicStreams {

    CompletableFuture<Void> invoke(InvokeModelWithBidirectionalStreamRequest request,
            Publisher<InvokeModelWithBidirectionalStreamInput> input,
            InvokeModelWithBidirectionalStreamResponseHandler handler);
}
