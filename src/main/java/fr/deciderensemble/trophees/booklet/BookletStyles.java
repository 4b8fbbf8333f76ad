package fr.deciderensemble.trophees.booklet;

import java.awt.Color;

import org.apache.pdfbox.pdmodel.font.PDFont;

import fr.deciderensemble.trophees.pdf.PageWriter.Style;
import fr.deciderensemble.trophees.pdf.Palette;

/** The booklet's type scale and colours: a deep blue for structure, gold for the stars, near-black for text. */
record BookletStyles(Style coverTitle, Style coverYear, Style coverSubtitle, Style coverStars, Style h1, Style h2,
        Style h3, Style compactTitle, Style strong, Style body, Style divider, Style dividerCount,
        Style dividerStars, Style laureateStars) {

    static final Color BRAND = Palette.BRAND;
    static final Color GOLD = Palette.GOLD;
    static final Color DIVIDER_PAPER = new Color(0xEAF2F8);
    private static final Color INK = new Color(0x1F2933);
    private static final Color ON_BRAND = Color.WHITE;
    private static final Color ON_BRAND_SOFT = new Color(0xD6E6F2);
    private static final Color STARS_ON_BRAND = new Color(0xF2C46D);

    static BookletStyles of(PDFont regular, PDFont bold) {
        return new BookletStyles(new Style(bold, 26, true, ON_BRAND), new Style(bold, 64, true, ON_BRAND),
                new Style(regular, 18, true, ON_BRAND_SOFT), new Style(bold, 30, true, STARS_ON_BRAND),
                new Style(bold, 20, false, BRAND), new Style(bold, 15, false, BRAND), new Style(bold, 12, false, BRAND),
                new Style(bold, 12.5f, false, BRAND), new Style(bold, 10.5f, false, INK),
                new Style(regular, 10.5f, false, INK), new Style(bold, 21, true, BRAND),
                new Style(regular, 16, true, INK), new Style(bold, 44, true, GOLD), new Style(bold, 12, false, GOLD));
    }
}
