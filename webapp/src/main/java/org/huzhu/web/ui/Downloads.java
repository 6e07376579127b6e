package org.huzhu.web.ui;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

import java.io.IOException;
import java.io.OutputStream;

/** A file sent as the answer to a page action (a letter, an export), instead of the page. */
final class Downloads {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Downloads() {
    }

    static void send(String mediaType, String fileName, byte[] content) throws IOException {
        answer(mediaType, "attachment", fileName, content);
    }

    /** A file the browser shows itself (a photo, a PDF) rather than saves. */
    static void show(String mediaType, String fileName, byte[] content) throws IOException {
        answer(mediaType, "inline", fileName, content);
    }

    private static void answer(String mediaType, String disposition, String fileName, byte[] content) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(mediaType);
        // a plain name for old clients, and the name as given (Chinese included) for the rest (RFC 6266)
        String plain = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        external.setResponseHeader("Content-Disposition", disposition + "; filename=\"" + plain + "\"; filename*=UTF-8''"
                + java.net.URLEncoder.encode(fileName, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
        external.setResponseContentLength(content.length);
        try (OutputStream out = external.getResponseOutputStream()) {
            out.write(content);
        }
        faces.responseComplete();
    }
}
