package fr.deciderensemble.trophees.web;

import org.primefaces.component.password.Password;

import fr.deciderensemble.trophees.platform.Text;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.html.HtmlInputSecret;
import jakarta.faces.component.html.HtmlInputTextarea;
import jakarta.faces.component.html.HtmlOutputLabel;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

/**
 * Every text typed in a form reaches its page in the form it is checked and stored in ({@link Text#normalise}),
 * and a control character (NUL above all, which PostgreSQL cannot store) is refused on its field before any page
 * sees it. Passwords are taken exactly as typed.
 */
@FacesConverter(forClass = String.class)
public class TypedText implements Converter<String> {

    @Override
    public String getAsObject(FacesContext context, UIComponent component, String typed) {
        if (component instanceof HtmlInputSecret || component instanceof Password) {
            return typed;
        }
        String text = Text.normalise(typed);
        if (Text.hasForbiddenCharacters(text, component instanceof HtmlInputTextarea)) {
            String message = Messages.format(context, "input.forbiddenCharacters", label(component));
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        }
        return text;
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, String value) {
        return value == null ? "" : value;
    }

    /** The field's name as its label shows it: labels are the fields' siblings on every page. */
    private static String label(UIComponent component) {
        Object label = component.getAttributes().get("label");
        if (label != null) {
            return label.toString();
        }
        UIComponent parent = component.getParent();
        return parent == null ? component.getId() : parent.getChildren().stream()
                .filter(child -> child instanceof HtmlOutputLabel output && component.getId().equals(output.getFor()))
                .map(child -> String.valueOf(((HtmlOutputLabel) child).getValue()))
                .findFirst().orElse(component.getId());
    }
}
