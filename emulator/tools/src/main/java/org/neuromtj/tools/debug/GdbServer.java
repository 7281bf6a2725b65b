package org.neuromtj.tools.debug;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A GDB remote stub on Netty: one debugger at a time on a TCP port. Netty's thread frames the byte
 * stream; a single simulation thread runs the packets in order, so the machine is only ever touched by
 * it. A packet that arrives while the target is busy (running after {@code c}) gets {@code E02}; the
 * interrupt byte stops the run between two instructions. The session ends when the debugger kills,
 * detaches or disconnects.
 */
public final class GdbServer implements AutoCloseable {
    /** How a debugging session ended. */
    public enum Ending {
        /** The debugger killed the target ({@code k}). */
        KILLED,
        /** The debugger detached ({@code D}); the firmware runs on. */
        DETACHED,
        /** The connection closed without either. */
        DISCONNECTED
    }

    private final Debugger debugger;
    private final GdbSession session;
    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private final ExecutorService simulation = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "neuromtj-gdb-simulation");
        t.setDaemon(true);
        return t;
    });
    private final CompletableFuture<Ending> ending = new CompletableFuture<>();
    private final AtomicBoolean connected = new AtomicBoolean();
    private final AtomicBoolean busy = new AtomicBoolean();
    private volatile boolean interrupt;
    private Channel server;

    /** @param debugger the target */
    public GdbServer(Debugger debugger) {
        this.debugger = debugger;
        this.session = new GdbSession(debugger);
    }

    /**
     * @param address the interface to listen on (loopback unless asked otherwise)
     * @param port    the TCP port, 0 for any free one
     * @return the port it listens on
     * @throws InterruptedException if interrupted while binding
     */
    public int start(InetAddress address, int port) throws InterruptedException {
        server = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(new Connection());
                    }
                }).bind(address, port).sync().channel();
        return ((InetSocketAddress) server.localAddress()).getPort();
    }

    /** @return completes when the session ends, with how */
    public CompletableFuture<Ending> ending() {
        return ending;
    }

    @Override
    public void close() {
        interrupt = true;
        if (server != null) {
            server.close().syncUninterruptibly();
        }
        // No quiet period: the server channel is closed, so no task can still arrive (Netty's default waits two
        // seconds for one, which every run under gdb paid at its end).
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        simulation.shutdownNow();
    }

    /** One debugger's connection. */
    private final class Connection extends ChannelInboundHandlerAdapter {
        private final RspFraming framing = new RspFraming();
        private boolean mine;

        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            mine = connected.compareAndSet(false, true);
            if (!mine) {
                ctx.writeAndFlush(Unpooled.wrappedBuffer(RspFraming.frame("E03"))).addListener(ChannelFutureListener.CLOSE);
            }
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            if (mine) {
                interrupt = true;
                simulation.execute(() -> ending.complete(Ending.DISCONNECTED));
            }
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            ByteBuf buf = (ByteBuf) msg;
            byte[] bytes = new byte[buf.readableBytes()];
            buf.readBytes(bytes);
            buf.release();
            if (!mine) {
                return;
            }
            framing.feed(bytes, new RspFraming.Sink() {
                @Override
                public void packet(String payload) {
                    if (!session.noAck()) {
                        send(ctx, "+");
                    }
                    if (busy.getAndSet(true)) {
                        ctx.writeAndFlush(Unpooled.wrappedBuffer(RspFraming.frame("E02")));
                        return;
                    }
                    // A Ctrl-C from now on is meant for this packet's run, not for an earlier one.
                    interrupt = false;
                    simulation.execute(() -> run(ctx, payload));
                }

                @Override
                public void interrupt() {
                    interrupt = true;
                }

                @Override
                public void bad(String why) {
                    send(ctx, "-");
                }
            });
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close();
        }

        /** Handles one packet on the simulation thread; the target is free again before the reply leaves. */
        private void run(ChannelHandlerContext ctx, String payload) {
            try {
                serve(ctx, payload);
            } catch (RuntimeException e) {
                // The simulation itself failed under this packet: say so, and stay available.
                busy.set(false);
                reply(ctx, "E04");
            }
        }

        private void serve(ChannelHandlerContext ctx, String payload) {
            GdbSession.Response r = session.handle(payload);
            if (r instanceof GdbSession.Response.Close close) {
                ending.complete(close.payload() == null ? Ending.KILLED : Ending.DETACHED);
                busy.set(false);
                if (close.payload() != null) {
                    ctx.writeAndFlush(Unpooled.wrappedBuffer(RspFraming.frame(close.payload())))
                            .addListener(ChannelFutureListener.CLOSE);
                } else {
                    ctx.close();
                }
                return;
            }
            String out;
            if (r instanceof GdbSession.Response.Resume resume) {
                out = session.stopReply(debugger.resume(resume.step(), () -> interrupt));
            } else {
                out = ((GdbSession.Response.Reply) r).payload();
            }
            busy.set(false);
            reply(ctx, out);
        }

        private void reply(ChannelHandlerContext ctx, String payload) {
            ctx.writeAndFlush(Unpooled.wrappedBuffer(RspFraming.frame(payload)));
        }

        private void send(ChannelHandlerContext ctx, String raw) {
            ctx.writeAndFlush(Unpooled.copiedBuffer(raw, StandardCharsets.ISO_8859_1));
        }
    }
}
