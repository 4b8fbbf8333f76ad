package fr.deciderensemble.trophees.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import fr.deciderensemble.trophees.candidacy.Attachment;
import fr.deciderensemble.trophees.candidacy.Attachments;
import fr.deciderensemble.trophees.candidacy.Dossiers;
import fr.deciderensemble.trophees.jury.Jury;
import fr.deciderensemble.trophees.media.FileStore;
import fr.deciderensemble.trophees.media.StoredFile;
import fr.deciderensemble.trophees.platform.Refusal;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * …/piece/{id}: a dossier's file, streamed from the database chunk by chunk, for whoever may read the dossier in
 * the area asked: its candidate (candidat/), staff once it is submitted (equipe/), the jury members who judge it (jury/). Anybody else is
 * told it does not exist; web.xml keeps each area to its role.
 */
@WebServlet({"/candidat/piece/*", "/jury/piece/*", "/equipe/piece/*"})
public class AttachmentDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient Attachments attachments;

    @Inject
    private transient Dossiers dossiers;

    @Inject
    private transient Jury jury;

    @Inject
    private transient FileStore store;

    @Inject
    private transient CurrentUser user;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        StoredFile file;
        try {
            file = readable(request.getServletPath(), idOf(request.getPathInfo())).getFile();
        } catch (Refusal refusal) {
            response.sendError(refusal.status());
            return;
        }
        String etag = "\"" + file.getSha256() + "\"";
        response.setHeader("Cache-Control", "private, no-cache");
        response.setHeader("ETag", etag);
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(file.getMediaType());
        response.setContentLengthLong(file.getSize());
        response.setHeader("Content-Disposition", disposition(file.getName()));
        store.copyTo(file.getId(), response.getOutputStream());
    }

    private Attachment readable(String area, long id) {
        Attachment attachment = attachments.find(id);
        return switch (area) {
            case "/candidat/piece" -> attachments.own(id, user.account());
            case "/jury/piece" -> {
                jury.readable(attachment.getDossier().getId(), user.account());
                yield attachment;
            }
            default -> {
                dossiers.submittedOne(attachment.getDossier().getId());
                yield attachment;
            }
        };
    }

    private static long idOf(String pathInfo) {
        try {
            return Long.parseLong(pathInfo == null ? "" : pathInfo.substring(1));
        } catch (NumberFormatException e) {
            throw Refusal.notFound();
        }
    }

    /** Always a download, never shown inline: an uploaded file never runs as a page of the site. */
    static String disposition(String name) {
        String ascii = name.replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
