package org.huzhu.web.problem;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.huzhu.web.reply.Problems;

/** A request body that JSON-B cannot read: malformed JSON or a value of the wrong type. */
@Provider
public class ProcessingExceptionMapper implements ExceptionMapper<JsonbException> {

    @Context
    HttpHeaders headers;

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(ProcessingExceptionMapper.class.getName());

    @Override
    public Response toResponse(JsonbException exception) {
        LOG.log(java.util.logging.Level.FINE, "unreadable request body", exception);
        org.huzhu.platform.api.DomainException refused = WebApplicationExceptionMapper.domainCause(exception);
        if (refused != null) {
            return DomainExceptionMapper.toProblem(refused, Problems.locale(headers));
        }
        return Problems.platform(400, "problem.malformedJson", Problems.locale(headers));
    }
}
