package fr.deciderensemble.trophees.api;

import java.time.OffsetDateTime;
import java.util.List;

import fr.deciderensemble.trophees.edition.Edition;
import fr.deciderensemble.trophees.edition.Editions;
import fr.deciderensemble.trophees.platform.Refusal;
import fr.deciderensemble.trophees.publication.BookletPdf;
import fr.deciderensemble.trophees.publication.Results;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code /api/editions}: the editions and their booklets. */
@Path("editions")
@RequestScoped
public class EditionsResource {

    public record EditionSummary(int year, int number, String phase, OffsetDateTime callOpensAt,
            OffsetDateTime submissionDeadline, OffsetDateTime scoringDeadline, OffsetDateTime ceremonyAt) {

        static EditionSummary of(Edition e) {
            return new EditionSummary(e.getYear(), e.getNumber(), e.getPhase().name(), e.getCallOpensAt(),
                    e.getSubmissionDeadline(), e.getScoringDeadline(), e.getCeremonyAt());
        }
    }

    @Inject
    private Editions editions;

    @Inject
    private Results results;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<EditionSummary> all() {
        return editions.all().stream().map(EditionSummary::of).toList();
    }

    @GET
    @Path("{year}/booklet.pdf")
    @Produces("application/pdf")
    public Response booklet(@PathParam("year") String year) {
        Edition edition = editions.byYear(parseYear(year)).orElseThrow(Refusal::notFound);
        byte[] pdf = new BookletPdf().render(results.booklet(edition));
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"trophees-" + edition.getYear() + "-livret.pdf\"")
                .build();
    }

    private static int parseYear(String year) {
        try {
            return Integer.parseInt(year);
        } catch (NumberFormatException e) {
            throw Refusal.notFound();
        }
    }
}
