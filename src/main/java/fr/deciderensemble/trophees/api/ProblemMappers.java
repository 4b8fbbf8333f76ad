package fr.deciderensemble.trophees.api;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import fr.deciderensemble.trophees.platform.Refusal;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Every failure of the API answers a problem document, never a stack trace. */
public final class ProblemMappers {

    private ProblemMappers() {
    }

    @Provider
    public static class Refused implements ExceptionMapper<Refusal> {
        @Override
        public Response toResponse(Refusal refusal) {
            return ProblemResponses.of(refusal.status(), refusal.keys());
        }
    }

    @Provider
    public static class Http implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            Response problem = ProblemResponses.of(status, List.of("problem.status." + status));
            String challenge = e.getResponse().getHeaderString("WWW-Authenticate");
            return challenge == null ? problem
                    : Response.fromResponse(problem).header("WWW-Authenticate", challenge).build();
        }
    }

    @Provider
    public static class Unexpected implements ExceptionMapper<RuntimeException> {
        private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

        @Override
        public Response toResponse(RuntimeException e) {
            LOG.log(Level.SEVERE, "Unexpected failure in the API", e);
            return ProblemResponses.of(500, List.of("error.unexpected"));
        }
    }
}
