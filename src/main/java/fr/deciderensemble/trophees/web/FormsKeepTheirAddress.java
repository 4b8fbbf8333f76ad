package fr.deciderensemble.trophees.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.faces.view.ViewMetadata;

/**
 * A form posts to the address its page was opened with, view parameters included: a page drawn again by its own
 * post (a submission refused, its problems listed) keeps an address that reloads it and may be bookmarked, where
 * Faces alone would post to the bare view ({@code dossier.xhtml}, no {@code ?id=}), which names no dossier.
 */
public class FormsKeepTheirAddress extends ViewHandlerWrapper {

    public FormsKeepTheirAddress(ViewHandler wrapped) {
        super(wrapped);
    }

    /**
     * Only for what a page draws: Faces builds its redirects from this too, and the outcome of a redirect names its
     * own parameters ({@code ?faces-redirect=true&id=…}), which would come twice.
     */
    @Override
    public String getActionURL(FacesContext context, String viewId) {
        String url = super.getActionURL(context, viewId);
        UIViewRoot view = context.getViewRoot();
        if (view == null || !viewId.equals(view.getViewId()) || context.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE) {
            return url;
        }
        // As the visitor's address gave them: on a post, the form's own address, which this made.
        Map<String, String> asked = context.getExternalContext().getRequestParameterMap();
        StringJoiner query = new StringJoiner("&");
        for (UIViewParameter parameter : ViewMetadata.getViewParameters(view)) {
            String value = asked.get(parameter.getName());
            if (value != null) {
                query.add(encode(parameter.getName()) + "=" + encode(value));
            }
        }
        return query.length() == 0 ? url : url + (url.contains("?") ? "&" : "?") + query;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
