package io.countersign.cli.mcp;

import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpServerSession;
import io.modelcontextprotocol.spec.McpServerTransport;
import io.modelcontextprotocol.spec.McpServerTransportProvider;
import java.util.List;
import reactor.core.publisher.Mono;

/**
 * The SDK's stdio transport with its sends made one at a time (ADR 0017). Its session hands each
 * reply to the transport on the thread that produced it, and the transport's outbound queue takes
 * one thread at a time: an immediate refusal on the reading thread racing a finished import on the
 * workspace thread failed with "Failed to enqueue message", which ended the whole session. Here
 * every send is started under one lock. It also tells when the session has ended, for whatever
 * reason, so the server can close its workspace and exit.
 */
final class OneWriterTransport implements McpServerTransportProvider {

    private final McpServerTransportProvider delegate;
    private final Runnable ended;

    OneWriterTransport(McpServerTransportProvider delegate, Runnable ended) {
        this.delegate = delegate;
        this.ended = ended;
    }

    @Override
    public void setSessionFactory(McpServerSession.Factory sessionFactory) {
        delegate.setSessionFactory(transport -> sessionFactory.create(new OneWriter(transport, ended)));
    }

    @Override
    public Mono<Void> notifyClients(String method, Object params) {
        return delegate.notifyClients(method, params);
    }

    @Override
    public Mono<Void> notifyClient(String sessionId, String method, Object params) {
        return delegate.notifyClient(sessionId, method, params);
    }

    @Override
    public Mono<Void> closeGracefully() {
        return delegate.closeGracefully();
    }

    @Override
    public List<String> protocolVersions() {
        return delegate.protocolVersions();
    }

    private static final class OneWriter implements McpServerTransport {
        private final McpServerTransport transport;
        private final Runnable ended;
        private final Object sending = new Object();

        OneWriter(McpServerTransport transport, Runnable ended) {
            this.transport = transport;
            this.ended = ended;
        }

        @Override
        public Mono<Void> sendMessage(McpSchema.JSONRPCMessage message) {
            return Mono.defer(() -> {
                // Subscribing starts the send; once the transport is ready it enqueues right away,
                // so the enqueue happens inside the lock.
                synchronized (sending) {
                    return Mono.fromFuture(transport.sendMessage(message).toFuture());
                }
            });
        }

        @Override
        public <T> T unmarshalFrom(Object data, TypeRef<T> typeRef) {
            return transport.unmarshalFrom(data, typeRef);
        }

        @Override
        public Mono<Void> closeGracefully() {
            return transport.closeGracefully().doFinally(signal -> ended.run());
        }

        @Override
        public void close() {
            try {
                transport.close();
            } finally {
                ended.run();
            }
        }

        @Override
        public List<String> protocolVersions() {
            return transport.protocolVersions();
        }
    }
}
