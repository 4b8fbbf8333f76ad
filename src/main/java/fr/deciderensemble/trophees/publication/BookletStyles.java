package fr.deciderensemble.trophees.publication;

import org.apache.pdfbox.pdmodel.font.PDFont;

import fr.deciderensemble.trophees.publication.PageWriter.Style;

/** The booklet's type scale. */
record BookletStyles(Style coverTitle, Style coverYear, Style coverSubtitle, Style h1, Style h2, Style h3,
        Style compactTitle, Style strong, Style body, Style divider) {

    static BookletStyles of(PDFont regular, PDFont bold) {
        return new BookletStyles(new Style(bold, 24, true), new Style(bold, 48, true), new Style(regular, 18, true),
                new Style(bold, 20, false), new Style(bold, 15, false), new Style(bold, 12, false),
                new Style(bold, 12.5f, false), new Style(bold, 10.5f, false), new Style(regular, 10.5f, false),
                new Style(bold, 22, true));
    }
}
