package fr.deciderensemble.trophees.pdf;

import java.awt.Color;

/** The programme's colours, shared by the booklet, the annual report and the site's style sheet (trophees.css). */
public final class Palette {

    public static final Color BRAND = new Color(0x1B4F72);
    public static final Color GOLD = new Color(0xC8902E);

    private Palette() {
    }
}
