package fr.deciderensemble.trophees.pdf;

/**
 * Where a paragraph breaks across pages, as typesetters break it: never its first line alone at the foot of a page (an
 * orphan) nor its last alone atop the next (a widow). Shared by the booklet's and the other documents' layouts.
 */
final class ParagraphBreaks {

    /** The distance between two lines' baselines, as a multiple of the font size. */
    static final float LINE_SPACING = 1.35f;

    private ParagraphBreaks() {
    }

    /**
     * How many of a paragraph's {@code left} lines go on a page with {@code room} lines left: all that fit, less one
     * when only the last would go over, and none when only its {@code first} would stay. A {@code fresh} page takes
     * at least one, however small it is, so that the text always moves on.
     */
    static int linesHere(int left, boolean first, int room, boolean fresh) {
        if (room >= left) {
            return left;
        }
        int here = left - room == 1 ? room - 1 : room;
        here = first && here < 2 ? 0 : Math.max(0, here);
        return here == 0 && fresh ? Math.max(1, Math.min(left, room)) : here;
    }
}
