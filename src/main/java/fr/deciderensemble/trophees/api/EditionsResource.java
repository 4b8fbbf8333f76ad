package fr.deciderensemble.trophees.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;

import fr.deciderensemble.trophees.account.Accounts;
import fr.deciderensemble.trophees.audit.AuditLog;
import fr.deciderensemble.trophees.audit.JournalCsv;
import fr.deciderensemble.trophees.booklet.BookletPdf;
import fr.deciderensemble.trophees.booklet.Booklets;
import fr.deciderensemble.trophees.booklet.PublishedDocuments;
import fr.deciderensemble.trophees.edition.Edition;
import fr.deciderensemble.trophees.edition.Editions;
import fr.deciderensemble.trophees.exchange.EditionImport;
import fr.deciderensemble.trophees.exchange.EditionJson;
import fr.deciderensemble.trophees.exchange.EditionJsonWriter;
import fr.deciderensemble.trophees.jury.MinutesBook;
import fr.deciderensemble.trophees.pdf.Rendering;
import fr.deciderensemble.trophees.platform.Problem;
import fr.deciderensemble.trophees.platform.Refusal;
import fr.deciderensemble.trophees.report.AnnualReports;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
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

    /** How long a download waits for a booklet being built before it is told to come back. */
    static final Duration LONGEST_WAIT = Duration.ofSeconds(20);
    private static final int RETRY_AFTER_SECONDS = 10;

    public record EditionSummary(int year, int number, String phase, boolean imported, OffsetDateTime callOpensAt,
            OffsetDateTime submissionDeadline, OffsetDateTime scoringDeadline, OffsetDateTime ceremonyAt) {

        static EditionSummary of(Edition e) {
            return new EditionSummary(e.getYear(), e.getNumber(), e.getPhaseName(), e.isImported(),
                    e.getCallOpensAt(), e.getSubmissionDeadline(), e.getScoringDeadline(), e.getCeremonyAt());
        }
    }

    @Inject
    private AnnualReports reports;

    @Inject
    private Editions editions;

    @Inject
    private AuditLog audit;

    @Inject
    private Booklets booklets;

    @Inject
    private EditionImport editionImport;

    @Inject
    private PublishedDocuments documents;

    @Inject
    private Rendering rendering;

    @Inject
    private MinutesBook minutesBook;

    @Inject
    private Accounts accounts;

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
    public Response importEdition(InputStream body) throws IOException {
        // Read no further than the largest edition accepted: an endless body must not fill the memory.
        byte[] json = body.readNBytes(EditionJson.MAX_BYTES + 1);
        if (json.length > EditionJson.MAX_BYTES) {
            // Clients read no answer before they have sent their request: the rest is read and dropped, up to a point.
            discard(body);
            return ProblemResponses.of(413, List.of("import.file.tooLarge"));
        }
        EditionJson.Result read = EditionJson.read(new String(json, StandardCharsets.UTF_8));
        if (!read.valid()) {
            return ProblemResponses.of(Problem.detailed(400, read.errors().stream()
                    .map(error -> new Problem.Error(error.key(), null, error.pointer())).toList()));
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
        return EditionJsonWriter.write(booklets.of(find(year)));
    }

    /**
     * Staff's at any time; everyone's once the results are public. A published booklet is built once and shared
     * ({@link PublishedDocuments}), answered 304 to a client that holds it already; this request's thread is not
     * held while it is built, and past {@link #LONGEST_WAIT} the answer is 503 with the time to come back.
     */
    @GET
    @Path("{year}/booklet.pdf")
    @Produces("application/pdf")
    public CompletionStage<Response> booklet(@PathParam("year") String year,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        PublishedDocuments.Downloadable edition = documents.edition(parseYear(year)).orElseThrow(Refusal::notFound);
        String fileName = "trophees-" + edition.year() + "-livret.pdf";
        if (!edition.published()) {
            requireStaff();
            // A preview while the jury may still change its mind: built for this request, within the same bounds.
            Edition preview = editions.find(edition.editionId());
            return CompletableFuture.completedFuture(bounded(() -> download(
                    rendering.render(() -> new BookletPdf().render(booklets.of(preview))), "application/pdf", fileName)));
        }
        // A stage of this request's own: its time limit must not fail the build the others wait for.
        return documents.booklet(edition).thenApply(document -> document)
                .orTimeout(LONGEST_WAIT.toSeconds(), TimeUnit.SECONDS)
                .thenApply(document -> published(ifNoneMatch, document, fileName))
                .exceptionally(EditionsResource::busy);
    }

    /** The annual report ("Bilan annuel"), for staff. */
    @GET
    @Path("{year}/report.pdf")
    @Produces("application/pdf")
    public Response report(@PathParam("year") String year) {
        requireStaff();
        Edition edition = find(year);
        return bounded(() -> download(rendering.render(() -> reports.pdf(edition)),
                "application/pdf", "trophees-" + edition.getYear() + "-bilan.pdf"));
    }

    /** The same figures as the annual report, for a spreadsheet. */
    @GET
    @Path("{year}/report.csv")
    @Produces("text/csv")
    public Response reportCsv(@PathParam("year") String year) {
        requireStaff();
        Edition edition = find(year);
        return download(reports.csv(edition), "text/csv; charset=UTF-8",
                "trophees-" + edition.getYear() + "-bilan.csv");
    }

    /** The jury's journal of the edition, for a spreadsheet; staff only. */
    @GET
    @Path("{year}/journal.csv")
    @Produces("text/csv")
    public Response journalCsv(@PathParam("year") String year) {
        requireStaff();
        Edition edition = find(year);
        return download(JournalCsv.write(audit.of(edition.getId())), "text/csv; charset=UTF-8",
                "trophees-" + edition.getYear() + "-journal.csv");
    }

    /** One version of the jury's minutes, as the president approved it; for staff and the president. */
    @GET
    @Path("{year}/minutes/{id}.pdf")
    @Produces("application/pdf")
    public Response minutes(@PathParam("year") String year, @PathParam("id") String id) {
        if (!security.isUserInRole("JURY_PRESIDENT")) {
            requireStaff();
        }
        Edition edition = find(year);
        byte[] pdf = minutesBook.pdf(edition, parseId(id), accounts.current(security.getUserPrincipal().getName()));
        // A jury's record under embargo: kept by no cache on the way.
        return Response.fromResponse(download(pdf, "application/pdf",
                "trophees-" + edition.getYear() + "-proces-verbal-" + id + ".pdf"))
                .header("Cache-Control", "no-store").build();
    }

    /** Reads what is left of a refused body, up to 16 MB: past that, the connection may as well drop. */
    private static void discard(InputStream body) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long left = 16L * 1024 * 1024;
        for (int read; left > 0 && (read = body.read(buffer)) >= 0; left -= read) {
            // Dropped.
        }
    }

    private static Response published(String ifNoneMatch, PublishedDocuments.Document document, String fileName) {
        EntityTag tag = new EntityTag(document.etag());
        boolean unchanged = ifNoneMatch != null && (ifNoneMatch.strip().equals("*")
                || List.of(ifNoneMatch.split(",")).stream().map(String::strip)
                        .anyMatch(held -> held.equals(tag.toString()) || held.equals("W/" + tag)));
        Response.ResponseBuilder answer = unchanged ? Response.notModified()
                : Response.ok(document.content(), "application/pdf")
                        .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        // Anybody may keep it, but must ask again each time: the tag says whether it changed.
        return answer.tag(tag).header("Cache-Control", "public, no-cache").build();
    }

    /** A document that could not be built now, because too many are: come back in a few seconds. */
    private static Response bounded(Supplier<Response> build) {
        try {
            return build.get();
        } catch (BulkheadException tooMany) {
            return busy(tooMany);
        }
    }

    private static Response busy(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (!(cause instanceof BulkheadException || cause instanceof TimeoutException
                || cause instanceof RejectedExecutionException)) {
            throw cause instanceof RuntimeException runtime ? runtime : new CompletionException(cause);
        }
        return Response.fromResponse(ProblemResponses.of(503, List.of("documents.busy")))
                .header("Retry-After", RETRY_AFTER_SECONDS).build();
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

    private static long parseId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw Refusal.notFound();
        }
    }

    private static int parseYear(String year) {
        try {
            return Integer.parseInt(year);
        } catch (NumberFormatException e) {
            throw Refusal.notFound();
        }
    }
}
