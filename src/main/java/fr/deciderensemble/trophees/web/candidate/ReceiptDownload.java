package fr.deciderensemble.trophees.web.candidate;

import java.io.IOException;

import fr.deciderensemble.trophees.candidacy.Receipts;
import fr.deciderensemble.trophees.media.FileStore;
import fr.deciderensemble.trophees.web.CurrentUser;
import fr.deciderensemble.trophees.web.FileResponse;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** candidat/recu/{id}: the PDF receipt of one of the candidate's submissions, as it was issued. */
@WebServlet("/candidat/recu/*")
public class ReceiptDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient Receipts receipts;

    @Inject
    private transient FileStore store;

    @Inject
    private transient CurrentUser user;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        FileResponse.send(() -> receipts.own(FileResponse.idOf(request.getPathInfo()), user.account()).getFile(),
                store, request, response);
    }
}
