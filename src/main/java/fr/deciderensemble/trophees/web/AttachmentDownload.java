package fr.deciderensemble.trophees.web;

import java.io.IOException;

import fr.deciderensemble.trophees.candidacy.Attachment;
import fr.deciderensemble.trophees.candidacy.Attachments;
import fr.deciderensemble.trophees.candidacy.Dossiers;
import fr.deciderensemble.trophees.jury.Jury;
import fr.deciderensemble.trophees.media.FileStore;
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
        FileResponse.send(() -> readable(request.getServletPath(), FileResponse.idOf(request.getPathInfo())).getFile(),
                store, request, response);
    }

    /** The attachment, once the dossier it belongs to is found readable by this user in the area asked. */
    private Attachment readable(String area, long id) {
        Attachment attachment = attachments.find(id);
        long dossier = attachment.getDossier().getId();
        switch (area) {
            case "/candidat/piece" -> dossiers.own(dossier, user.account());
            case "/jury/piece" -> jury.readable(dossier, user.account());
            default -> dossiers.submittedOne(dossier);
        }
        return attachment;
    }
}
