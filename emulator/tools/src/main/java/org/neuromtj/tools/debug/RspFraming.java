package org.neuromtj.tools.debug;

import java.nio.charset.StandardCharsets;

/**
 * Splits the byte stream of GDB's remote serial protocol into packets ({@code $payload#checksum}), the
 * interrupt byte (0x03) and the acknowledgements, whatever arrives: bytes outside a packet are skipped,
 * a packet with a wrong checksum or one longer than {@link #MAX_PAYLOAD} is reported and dropped.
 * Payloads are kept byte for byte (ISO-8859-1), escapes included, since binary packets unescape their
 * data themselves.
 */
public final class RspFraming {
    /** The largest payload accepted, as announced in qSupported's PacketSize. */
    public static final int MAX_PAYLOAD = 0x4000;

    /** Hears what the stream holds. */
    public interface Sink {
        /** @param payload a packet that arrived whole, its checksum right */
        void packet(String payload);

        /** The debugger asked the running target to stop (Ctrl-C). */
        void interrupt();

        /** @param why a packet arrived damaged or too long, and was dropped */
        void bad(String why);
    }

    private enum State { IDLE, DATA, CHECK_HIGH, CHECK_LOW }

    private final StringBuilder data = new StringBuilder();
    private State state = State.IDLE;
    private int sum;
    private int stated;
    private boolean oversized;

    /**
     * @param bytes what arrived
     * @param sink  hears each packet, interrupt and damaged packet in order
     */
    public void feed(byte[] bytes, Sink sink) {
        for (byte b : bytes) {
            feed(b & 0xFF, sink);
        }
    }

    private void feed(int b, Sink sink) {
        switch (state) {
            case IDLE -> {
                if (b == '$') {
                    data.setLength(0);
                    sum = 0;
                    oversized = false;
                    state = State.DATA;
                } else if (b == 0x03) {
                    sink.interrupt();
                }
            }
            case DATA -> {
                if (b == '#') {
                    state = State.CHECK_HIGH;
                } else if (b == '$') {
                    sink.bad("a packet began inside another");
                    data.setLength(0);
                    sum = 0;
                    oversized = false;
                } else {
                    sum = (sum + b) & 0xFF;
                    if (data.length() < MAX_PAYLOAD) {
                        data.append((char) b);
                    } else {
                        oversized = true;
                    }
                }
            }
            case CHECK_HIGH -> {
                stated = hex(b) << 4;
                state = hex(b) < 0 ? State.IDLE : State.CHECK_LOW;
                if (state == State.IDLE) {
                    sink.bad("checksum is not hexadecimal");
                }
            }
            case CHECK_LOW -> {
                state = State.IDLE;
                if (hex(b) < 0) {
                    sink.bad("checksum is not hexadecimal");
                } else if ((stated | hex(b)) != sum) {
                    sink.bad("checksum mismatch");
                } else if (oversized) {
                    sink.bad("packet longer than " + MAX_PAYLOAD + " bytes");
                } else {
                    sink.packet(data.toString());
                }
            }
        }
    }

    private static int hex(int c) {
        return Character.digit(c, 16);
    }

    /**
     * @param payload a reply
     * @return it framed as a packet, its bytes ISO-8859-1
     */
    public static byte[] frame(String payload) {
        int sum = 0;
        for (int k = 0; k < payload.length(); k++) {
            sum += payload.charAt(k);
        }
        return ("$" + payload + "#" + String.format("%02x", sum & 0xFF)).getBytes(StandardCharsets.ISO_8859_1);
    }
}
