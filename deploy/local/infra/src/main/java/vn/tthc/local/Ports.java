package vn.tthc.local;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Port checks for the local stack. */
public final class Ports {

    private Ports() {
    }

    /** A port that is free at the time of the call. */
    public static int free() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port", e);
        }
    }

    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress("0.0.0.0", port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Fails with a one-line message naming the port and the setting that changes it.
     */
    public static void requireFree(int port, String what, String setting) {
        if (!isFree(port)) {
            throw new PortTakenException("Port " + port + " (" + what + ") is already in use; free it or choose another with "
                    + setting + "=<port>");
        }
    }

    public static final class PortTakenException extends RuntimeException {
        public PortTakenException(String message) {
            super(message);
        }
    }
}
