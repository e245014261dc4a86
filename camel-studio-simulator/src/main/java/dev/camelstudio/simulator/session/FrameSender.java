package dev.camelstudio.simulator.session;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;

import dev.camelstudio.simulator.recording.Direction;
import dev.camelstudio.simulator.recording.SimulatorRecorder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that writes to a connection, in the order frames were queued.
 * <p>
 * Data frames (activity) take a permit from a bounded budget, so a client that reads slowly pushes back on the
 * publisher, as TCP would on the real server; control frames (acks, heartbeats, notices, close) never wait, so timers
 * never block. A stall (fault) pauses the writer without closing anything.
 */
final class FrameSender implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(FrameSender.class);

    private final long connectionId;
    private final Session session;
    private final SimulatorRecorder recorder;
    private final BlockingQueue<Outbound> queue = new LinkedBlockingQueue<>();
    private final Semaphore dataBudget;
    private final Thread thread;
    // Guarded by this: the stall flag (waited on by the writer).
    private boolean stalled;
    private volatile boolean stopped;
    /** The close this side sent, if it closed first; written by the writer thread, read when the connection ends. */
    private volatile CloseReason sentClose;

    /** One frame to write: text, a close, or (a fault) binary bytes. */
    private record Outbound(String text, CloseReason close, boolean data, byte[] binary) {
    }

    FrameSender(long connectionId, Session session, SimulatorRecorder recorder, int dataCapacity) {
        this.connectionId = connectionId;
        this.session = session;
        this.recorder = recorder;
        this.dataBudget = new Semaphore(dataCapacity);
        this.thread = new Thread(this, "studio-simulator-connection-" + connectionId);
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Queues a data frame, waiting while the connection's budget is spent; gives up once the connection stops. */
    void sendData(String text) {
        try {
            while (!stopped) {
                if (dataBudget.tryAcquire(100, TimeUnit.MILLISECONDS)) {
                    queue.add(new Outbound(text, null, true, null));
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Queues a control frame; never waits. */
    void sendControl(String text) {
        if (!stopped) {
            queue.add(new Outbound(text, null, false, null));
        }
    }

    /** The close frame this side sent first, or null: the peer's answer to it may carry another code. */
    CloseReason sentClose() {
        return sentClose;
    }

    /** Queues a binary frame, which Studio never sends: a fault. */
    void sendBinary(byte[] bytes) {
        queue.add(new Outbound(null, null, false, bytes));
    }

    /** Queues a close frame after everything already queued. */
    void sendClose(int code, String reason) {
        if (!stopped) {
            CloseReason close = new CloseReason(CloseReason.CloseCodes.getCloseCode(code), reason);
            queue.add(new Outbound(null, close, false, null));
        }
    }

    synchronized void stall(boolean stall) {
        this.stalled = stall;
        notifyAll();
    }

    /** Stops the writer thread; frames still queued are dropped (the connection is gone). */
    void stop() {
        stopped = true;
        thread.interrupt();
    }

    @Override
    public void run() {
        try {
            while (!stopped) {
                Outbound next = queue.take();
                awaitUnstalled();
                write(next);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void awaitUnstalled() throws InterruptedException {
        while (stalled && !stopped) {
            wait();
        }
    }

    private void write(Outbound next) {
        try {
            if (next.close() != null) {
                sentClose = next.close();
                session.close(next.close());
                stopped = true;
            } else if (next.binary() != null) {
                session.getBasicRemote().sendBinary(ByteBuffer.wrap(next.binary()));
            } else {
                session.getBasicRemote().sendText(next.text());
                recorder.frame(connectionId, Direction.SENT, next.text());
            }
        } catch (IOException | RuntimeException e) {
            // The peer went away under us; the close callback cleans up, so only say it once at debug.
            LOG.debug("Connection {}: write failed: {}", connectionId, e.toString());
        } finally {
            if (next.data()) {
                dataBudget.release();
            }
        }
    }
}
