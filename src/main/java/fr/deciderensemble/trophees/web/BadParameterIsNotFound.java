package fr.deciderensemble.trophees.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * An address whose parameters cannot be read ({@code ?id=abc}, an id past any number, {@code ?annee=x}) names
 * nothing: it is answered like any unknown page, with the 404 page, instead of a page built on a missing value.
 */
public class BadParameterIsNotFound implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.PROCESS_VALIDATIONS;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (!context.isPostback() && context.isValidationFailed()) {
            try {
                context.getExternalContext().responseSendError(404, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            context.responseComplete();
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // Only the outcome of the validations matters.
    }
}
