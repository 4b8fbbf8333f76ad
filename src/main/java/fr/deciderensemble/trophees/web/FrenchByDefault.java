package fr.deciderensemble.trophees.web;

import java.util.Locale;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;

/**
 * French unless the browser asks for a supported language: without an Accept-Language header the
 * servlet container would answer in the server's own locale.
 */
public class FrenchByDefault extends ViewHandlerWrapper {

    public FrenchByDefault(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        if (context.getExternalContext().getRequestHeaderMap().get("Accept-Language") == null) {
            return Locale.FRENCH;
        }
        return super.calculateLocale(context);
    }
}
