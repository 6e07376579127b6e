package org.huzhu.web.limits;

import java.io.IOException;

/** A request body went past {@code huzhu.upload.max-bytes} while it was read (a body sent without a length). */
public class PayloadTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    private final long maxBytes;

    public PayloadTooLargeException(long maxBytes) {
        super("the request body is larger than " + maxBytes + " bytes");
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** The one among {@code failure} and its causes, or null. */
    public static PayloadTooLargeException in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PayloadTooLargeException tooLarge) {
                return tooLarge;
            }
        }
        return null;
    }
}
