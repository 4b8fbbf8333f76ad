package fr.deciderensemble.trophees.web.candidate;

import java.io.IOException;

import fr.deciderensemble.trophees.candidacy.Dossier;
import fr.deciderensemble.trophees.candidacy.DossierContent;
import fr.deciderensemble.trophees.candidacy.Dossiers;
import fr.deciderensemble.trophees.platform.ParisTime;
import fr.deciderensemble.trophees.platform.Refusal;
import fr.deciderensemble.trophees.web.CurrentUser;
import fr.deciderensemble.trophees.web.FileResponse;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * POST candidat/enregistrement/{id}: the dossier page's own save, every 30 s and when a field is left, answered
 * without the Faces lifecycle. Rebuilding the page's component tree was more than four fifths of each such save;
 * here a save is the service's work. Only a clean save is answered here: for anything to explain (somebody saved
 * meanwhile, a field to correct, the deadline) the answer is "explain", and the page saves again through Faces,
 * which draws the explanation beside the fields. A page of another site can neither send the header this requires
 * nor, the session cookie being SameSite=Lax, the candidate's session.
 */
@WebServlet("/candidat/enregistrement/*")
public class DossierAutosave extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Set by the page's script: a cross-site form cannot set a header, nor a cross-site script without our leave. */
    private static final String HEADER = "X-Trophees-Autosave";

    private static final JsonObject EXPLAIN = Json.createObjectBuilder().add("outcome", "explain").build();

    @Inject
    private transient Dossiers dossiers;

    @Inject
    private transient CurrentUser user;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"1".equals(request.getHeader(HEADER))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        JsonObject answer;
        try {
            answer = save(FileResponse.idOf(request.getPathInfo()), request);
        } catch (Refusal refusal) {
            if (refusal.status() == HttpServletResponse.SC_NOT_FOUND) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            answer = EXPLAIN;
        }
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(answer.toString());
    }

    private JsonObject save(long id, HttpServletRequest request) {
        DossierForm form = DossierForm.posted(request.getParameterMap());
        Long version = versionOf(request.getParameter("version"));
        if (form == null || version == null) {
            dossiers.own(id, user.account());
            return EXPLAIN;
        }
        DossierContent content = form.content();
        Dossier saved = dossiers.saveDraft(id, user.account(), content, version);
        // The sections' bars move as the candidate fills them, not only when the page is drawn again.
        JsonObjectBuilder progress = Json.createObjectBuilder();
        for (DossierContent.Progress section : content.progress()) {
            progress.add(section.section().name(), section.done());
        }
        return Json.createObjectBuilder().add("outcome", "saved").add("version", saved.getVersion())
                .add("savedAt", ParisTime.clock(saved.getSavedAt())).add("progress", progress).build();
    }

    private static Long versionOf(String text) {
        try {
            return text == null ? null : Long.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
