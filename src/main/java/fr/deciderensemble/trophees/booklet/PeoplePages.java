package fr.deciderensemble.trophees.booklet;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;

import fr.deciderensemble.trophees.booklet.Booklet.JuryMember;
import fr.deciderensemble.trophees.booklet.Booklet.Organisation;
import fr.deciderensemble.trophees.pdf.FrenchText;
import fr.deciderensemble.trophees.pdf.PageWriter;
import fr.deciderensemble.trophees.pdf.TaggedPdf;

/** Who made the edition: organisers, partners and supporters with their logos, then the jury. */
final class PeoplePages {

    private static final float LOGO_WIDTH = 160;
    private static final float LOGO_HEIGHT = 70;

    private final PageWriter writer;
    private final TaggedPdf tags;
    private final BookletStyles styles;
    private final Parts parts;
    private final TextBlocks text;

    PeoplePages(PageWriter writer, TaggedPdf tags, BookletStyles styles, Parts parts, TextBlocks text) {
        this.writer = writer;
        this.tags = tags;
        this.styles = styles;
        this.parts = parts;
        this.text = text;
    }

    /** Organisers, partners and supporters follow one another from a new page, like in the printed booklet. */
    void organisations(Booklet booklet) throws IOException {
        boolean newPage = organisations("organisers", booklet.organisers(), true);
        newPage = organisations("partners", booklet.partners(), newPage);
        organisations("supporters", booklet.supporters(), newPage);
    }

    /** Returns whether the next group still needs a new page, that is whether this one was left out. */
    private boolean organisations(String key, List<Organisation> organisations, boolean newPage)
            throws IOException {
        if (organisations.isEmpty()) {
            return newPage;
        }
        if (newPage) {
            writer.newPage(true);
        } else {
            writer.keepTogether(200);
            writer.skip(20);
        }
        PDStructureElement part = parts.open(BookletText.text(key), styles.h1()).section();
        for (Organisation organisation : organisations) {
            writer.keepTogether(120);
            writer.skip(10);
            PDStructureElement section = tags.add(part, "Sect");
            writer.write(section, "H2", organisation.name(), styles.h2());
            writer.image(section, organisation.logo(), BookletText.text("logoAlt", organisation.name()), LOGO_WIDTH,
                    LOGO_HEIGHT);
            if (TextBlocks.present(organisation.description())) {
                writer.skip(4);
                text.write(section, organisation.description());
            }
        }
        return false;
    }

    /** The president first, with a biography, then the members with their position and organisation. */
    void jury(List<JuryMember> jury) throws IOException {
        if (jury.isEmpty()) {
            return;
        }
        writer.newPage(true);
        PDStructureElement part = parts.open(BookletText.text("jury"), styles.h1()).section();
        group(part, "jury.president", jury.stream().filter(JuryMember::president).toList());
        group(part, "jury.members", jury.stream().filter(member -> !member.president()).toList());
    }

    private void group(PDStructureElement part, String key, List<JuryMember> members) throws IOException {
        if (members.isEmpty()) {
            return;
        }
        writer.keepTogether(100);
        writer.skip(12);
        PDStructureElement group = tags.add(part, "Sect");
        writer.write(group, "H2", BookletText.text(key), styles.h2());
        for (JuryMember member : members) {
            writer.keepTogether(60);
            writer.skip(8);
            writer.write(group, "H3", FrenchText.personName(member.name()), styles.h3());
            String role = String.join(", ",
                    Stream.of(member.position(), member.organisation()).filter(TextBlocks::present).toList());
            if (!role.isEmpty()) {
                writer.write(group, "P", role, styles.body());
            }
            if (TextBlocks.present(member.biography())) {
                text.write(group, member.biography());
            }
        }
    }
}
