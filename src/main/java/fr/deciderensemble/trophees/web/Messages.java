package fr.deciderensemble.trophees.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Supplier;

import fr.deciderensemble.trophees.platform.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * Runs a page's action and turns a refusal into messages in the user's language; named for the pages whose fields
 * ({@code t:line}, {@code t:text}) show the message beside them.
 */
@ApplicationScoped
@Named("messages")
public class Messages {

    /** True when the action went through; otherwise its refusal is shown and nothing changed. */
    public boolean attempt(Runnable action, String successKey) {
        try {
            action.run();
        } catch (Refusal refusal) {
            refusal.keys().forEach(key -> add(FacesMessage.SEVERITY_ERROR, key));
            return false;
        }
        if (successKey != null) {
            add(FacesMessage.SEVERITY_INFO, successKey);
        }
        return true;
    }

    /** As {@link #attempt(Runnable, String)}, the refusal shown beside the field it is about. */
    public boolean attemptFor(String clientId, Runnable action, String successKey) {
        // Every key starts with the empty prefix.
        return attemptByField(action, Map.of("", clientId), successKey);
    }

    /**
     * As {@link #attempt(Runnable, String)}, each refusal shown beside the field it is about: a key that starts with
     * one of the prefixes ({@code "organisation.name."}) goes to that prefix's field, any other at the top.
     */
    public boolean attemptByField(Runnable action, Map<String, String> fieldsByKeyPrefix, String successKey) {
        try {
            action.run();
        } catch (Refusal refusal) {
            refusal.keys().forEach(key -> addFor(fieldsByKeyPrefix.entrySet().stream()
                    .filter(field -> key.startsWith(field.getKey())).map(Map.Entry::getValue).findFirst()
                    .orElse(null), key));
            return false;
        }
        if (successKey != null) {
            add(FacesMessage.SEVERITY_INFO, successKey);
        }
        return true;
    }

    /** The message this request shows beside the field of this client id, if any. */
    public String problemOf(String clientId) {
        return FacesContext.getCurrentInstance().getMessageList(clientId).stream().map(FacesMessage::getSummary)
                .findFirst().orElse(null);
    }

    /** An error shown beside its field, which its {@code aria-invalid} then marks; at the top without a field. */
    public void addFor(String clientId, String key) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(context, key), null));
    }

    /**
     * An error beside a field of one of many alike rows (a criterion, a dossier): the list at the top of the page
     * names the row ("« Innovation » : …"), the field's own message needs not.
     */
    public void addFor(String clientId, String key, String subject) {
        FacesContext context = FacesContext.getCurrentInstance();
        String text = text(context, key);
        context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                format(context, "message.about", subject, text), text));
    }

    /** The value, or a 404 answer when the page's parameter names nothing this user may see. */
    public <T> T orNotFound(Supplier<T> lookup) {
        try {
            return lookup.get();
        } catch (Refusal refusal) {
            FacesContext context = FacesContext.getCurrentInstance();
            try {
                context.getExternalContext().responseSendError(refusal.status() == 403 ? 403 : 404, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            context.responseComplete();
            return null;
        }
    }

    public void add(FacesMessage.Severity severity, String key) {
        FacesContext context = FacesContext.getCurrentInstance();
        String text = text(context, key);
        context.addMessage(null, new FacesMessage(severity, text, null));
        // Messages must survive the redirect that follows a successful POST.
        context.getExternalContext().getFlash().setKeepMessages(true);
    }

    /** A message whose text has MessageFormat placeholders, e.g. where a problem lies and what it is. */
    public void add(FacesMessage.Severity severity, String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(null, new FacesMessage(severity, format(context, key, arguments), null));
        context.getExternalContext().getFlash().setKeepMessages(true);
    }

    /** The text of a message with MessageFormat placeholders, in the user's language. */
    public static String format(FacesContext context, String key, Object... arguments) {
        return java.text.MessageFormat.format(text(context, key), arguments);
    }

    public String text(String key) {
        return text(FacesContext.getCurrentInstance(), key);
    }

    private static String text(FacesContext context, String key) {
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
        return bundle.containsKey(key) ? bundle.getString(key) : key;
    }
}
