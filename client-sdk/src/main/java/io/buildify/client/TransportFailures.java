package io.buildify.client;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;

/** Words for why no answer arrived, phrased for people ("Connection refused", "no answer within 60 s"). */
final class TransportFailures {
    private TransportFailures() {
    }

    static String reasonOf(IOException failure, Duration connectTimeout, Duration readTimeout) {
        if (failure instanceof UnknownHostException) {
            return "unknown host " + failure.getMessage();
        }
        if (failure instanceof SocketTimeoutException) {
            String message = String.valueOf(failure.getMessage()).toLowerCase(Locale.ROOT);
            return message.contains("connect")
                    ? "no connection within " + seconds(connectTimeout)
                    : "no answer within " + seconds(readTimeout);
        }
        if (failure instanceof InterruptedIOException) {
            return "the call was interrupted";
        }
        // OkHttp wraps the socket's error ("Failed to connect to /127.0.0.1:1234"); the innermost one says why.
        return innermostMessage(failure);
    }

    private static String innermostMessage(Throwable failure) {
        String message = failure.getClass().getSimpleName();
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
        }
        return message;
    }

    static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
