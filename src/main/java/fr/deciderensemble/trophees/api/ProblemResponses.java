package fr.deciderensemble.trophees.api;

import java.util.List;

import fr.deciderensemble.trophees.platform.Problem;
import jakarta.ws.rs.core.Response;

/** Problem documents as REST answers. */
final class ProblemResponses {

    private ProblemResponses() {
    }

    static Response of(int status, List<String> keys) {
        return of(Problem.of(status, keys));
    }

    static Response of(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem.json()).build();
    }
}
