package fr.deciderensemble.trophees.web.candidate;

import java.io.IOException;

import fr.deciderensemble.trophees.candidacy.PersonalData;
import fr.deciderensemble.trophees.web.CurrentUser;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** candidat/mes-donnees.zip: the logged-in candidate's own data, never anybody else's; nothing is stored. */
@WebServlet("/candidat/mes-donnees.zip")
public class PersonalDataDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient PersonalData personalData;

    @Inject
    private transient CurrentUser user;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", "attachment; filename=\"mes-donnees-trophees.zip\"");
        response.setHeader("Cache-Control", "no-store");
        personalData.writeZip(user.account(), response.getOutputStream());
    }
}
