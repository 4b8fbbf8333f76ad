package fr.deciderensemble.trophees.api;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;

import fr.deciderensemble.trophees.edition.Edition;
import fr.deciderensemble.trophees.edition.Editions;
import fr.deciderensemble.trophees.platform.Refusal;
import fr.deciderensemble.trophees.publication.BookletPdf;
import fr.deciderensemble.trophees.publication.EditionImport;
import fr.deciderensemble.trophees.publication.EditionJson;
import fr.deciderensemble.trophees.publication.EditionJsonWriter;
import fr.deciderensemble.trophees.publication.AnnualReports;
import fr.deciderensemble.trophees.publication.Results;
import fr.deciderensemble.trophees.publication.report.AnnualReportCsv;
import fr.deciderensemble.trophees.publication.report.AnnualReportPdf;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/**
 * {@code /api/editions}: the editions, past ones imported from their booklet's JSON, and the booklets.
 * web.xml leaves GETs under /api/editions/ open so that published booklets are public: every other GET
 * here checks for staff itself.
 */
@Path("editions")
@RequestScoped
public class EditionsResource {

    public record EditionSummary(int year, int number, String phase, boolean imported, OffsetDateTime callOpensAt,
            OffsetDateTime submissionDeadline, OffsetDateTime scoringDeadline, OffsetDateTime ceremonyAt) {

        static EditionSummary of(Edition e) {
            return new EditionSummary(e.getYear(), e.getNumber(), e.getPhase().name(), e.isImported(),
                    e.getCallOpensAt(), e.getSubmissionDeadline(), e.getScoringDeadline(), e.getCeremonyAt());
        }
    }

    @Inject
    private AnnualReports reports;

    @Inject
    private Editions editions;

    @Inject
    private Results results;

    @Inject
    private EditionImport editionImport;

    @Context
    private SecurityContext security;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<EditionSummary> all() {
        requireStaff();
        return editions.all().stream().map(EditionSummary::of).toList();
    }

    /** A past edition as its booklet's JSON: stored whole, or refused with every problem and nothing stored. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response importEdition(String json) {
        EditionJson.Result read = EditionJson.read(json);
        if (!read.valid()) {
            return Problem.detailed(400, read.errors().stream()
                    .map(error -> new Problem.Error(error.key(), null, error.pointer())).toList());
        }
        Edition edition = editionImport.store(read.edition());
        return Response.created(URI.create("/api/editions/" + edition.getYear()))
                .entity(EditionSummary.of(edition)).build();
    }

    @GET
    @Path("{year}")
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject edition(@PathParam("year") String year) {
        requireStaff();
        return EditionJsonWriter.write(results.booklet(find(year)));
    }

    /** Staff's at any time; everyone's once the results are public. */
    @GET
    @Path("{year}/booklet.pdf")
    @Produces("application/pdf")
    public Response booklet(@PathParam("year") String year) {
        Edition edition = find(year);
        if (!edition.getPhase().resultsArePublic() && !edition.isImported()) {
            requireStaff();
        }
        return download(new BookletPdf().render(results.booklet(edition)), "application/pdf",
                "trophees-" + edition.getYear() + "-livret.pdf");
    }

    /** The annual report ("Bilan annuel"), for staff. */
    @GET
    @Path("{year}/report.pdf")
    @Produces("application/pdf")
    public Response report(@PathParam("year") String year) {
        requireStaff();
        Edition edition = find(year);
        return download(AnnualReportPdf.render(reports.of(edition)), "application/pdf",
                "trophees-" + edition.getYear() + "-bilan.pdf");
    }

    /** The same figures as the annual report, for a spreadsheet. */
    @GET
    @Path("{year}/report.csv")
    @Produces("text/csv")
    public Response reportCsv(@PathParam("year") String year) {
        requireStaff();
        Edition edition = find(year);
        return download(AnnualReportCsv.write(reports.of(edition)), "text/csv; charset=UTF-8",
                "trophees-" + edition.getYear() + "-bilan.csv");
    }

    private static Response download(byte[] content, String type, String fileName) {
        return Response.ok(content, type).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .build();
    }

    private Edition find(String year) {
        return editions.byYear(parseYear(year)).orElseThrow(Refusal::notFound);
    }

    private void requireStaff() {
        if (security.isUserInRole("STAFF")) {
            return;
        }
        if (security.getUserPrincipal() == null) {
            throw new NotAuthorizedException("Basic realm=\"Trophees\", charset=\"UTF-8\"");
        }
        throw new ForbiddenException();
    }

    private static int parseYear(String year) {
        try {
            return Integer.parseInt(year);
        } catch (NumberFormatException e) {
            throw Refusal.notFound();
        }
    }
}
