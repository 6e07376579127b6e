package org.huzhu.web.limits;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.huzhu.platform.api.Messages;
import org.huzhu.platform.api.PlatformMessages;
import org.huzhu.web.reply.Problems;
import org.huzhu.web.settings.WebSettings;

/**
 * No request body larger than {@code huzhu.upload.max-bytes} (default 20 MB) is read: one that announces a larger
 * length is answered 413 problem+json without being kept (dropped as it arrives when it is at most twice the limit, so
 * that the client reads the answer; cut off when larger); one sent without a length (chunked) is read through a counter that fails
 * with {@link PayloadTooLargeException} at the limit (after dropping what follows, up to as much again), which the
 * exception mappers answer 413.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestSizeLimit extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private transient volatile Long maxBytes;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        long max = maxBytes();
        long length = request.getContentLengthLong();
        if (length > max) {
            if (length - max <= max) {
                // dropped unread, so that the client reads the answer rather than a connection closed while it sends
                drain(request.getInputStream(), length);
            }
            refuse(request, response, max);
            return;
        }
        try {
            chain.doFilter(request.getContentLengthLong() < 0 ? new Limited(request, max) : request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (PayloadTooLargeException.in(e) != null && !response.isCommitted()) {
                response.reset();
                refuse(request, response, max);
                return;
            }
            throw e;
        }
    }

    private long maxBytes() {
        Long max = maxBytes;
        if (max == null) {
            max = WebSettings.uploadMaxBytes();
            maxBytes = max;
        }
        return max;
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, long max) throws IOException {
        var locale = Problems.locale(request);
        byte[] body = Problems.json(413, "problem.tooLarge", Messages.get(PlatformMessages.BUNDLE, "problem.tooLarge.title", locale),
                Messages.get(PlatformMessages.BUNDLE, "problem.tooLarge", locale, String.valueOf(max)), List.of()).getBytes(StandardCharsets.UTF_8);
        response.setStatus(413);
        response.setHeader("Connection", "close");
        response.setContentType(Problems.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Language", locale.toLanguageTag());
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** Reads and drops up to {@code limit} bytes of a body. */
    static void drain(java.io.InputStream in, long limit) {
        byte[] sink = new byte[64 * 1024];
        long drained = 0;
        try {
            for (int n = in.read(sink); n > 0 && drained < limit; n = in.read(sink)) {
                drained += n;
            }
        } catch (IOException closed) {
            // the client went away: nothing left to drain
        }
    }

    /** A request whose body stream fails once more than {@code max} bytes were read from it. */
    private static final class Limited extends HttpServletRequestWrapper {
        private final long max;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counting(super.getInputStream(), max);
            }
            return stream;
        }
    }

    private static final class Counting extends ServletInputStream {
        private final ServletInputStream in;
        private final long max;
        private long read;

        Counting(ServletInputStream in, long max) {
            this.in = in;
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > max) {
                drain();
                throw new PayloadTooLargeException(max);
            }
        }

        /**
         * Reads and drops what the client is still sending, up to as much again as the limit, so that it reads the 413
         * instead of a connection closed under its feet; a body larger still is cut off.
         */
        private void drain() {
            RequestSizeLimit.drain(in, max);
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
