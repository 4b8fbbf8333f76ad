package fr.deciderensemble.trophees.web.staff;

import java.io.IOException;

import fr.deciderensemble.trophees.account.Account;
import fr.deciderensemble.trophees.account.Accounts;
import fr.deciderensemble.trophees.account.Role;
import fr.deciderensemble.trophees.candidacy.PersonalData;
import fr.deciderensemble.trophees.platform.Refusal;
import fr.deciderensemble.trophees.web.FileResponse;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** equipe/donnees/{accountId}.zip: a candidate's data as they would export it, for staff answering their request. */
@WebServlet("/equipe/donnees/*")
public class PersonalDataExport extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient Accounts accounts;

    @Inject
    private transient PersonalData personalData;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("\\.zip$", "");
        Account account;
        try {
            account = accounts.find(FileResponse.idOf(path));
        } catch (Refusal refusal) {
            response.sendError(refusal.status());
            return;
        }
        if (account.getRole() != Role.CANDIDATE) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", "attachment; filename=\"donnees-candidat-" + account.getId() + ".zip\"");
        response.setHeader("Cache-Control", "no-store");
        personalData.writeZip(account, response.getOutputStream());
    }
}
