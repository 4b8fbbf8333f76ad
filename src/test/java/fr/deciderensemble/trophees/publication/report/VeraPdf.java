package fr.deciderensemble.trophees.publication.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Validation by veraPDF, the reference validator of the PDF Association. */
final class VeraPdf {

    private VeraPdf() {
    }

    /** The rules of {@code flavour} the file breaks, with their clause; empty when it complies. */
    static List<String> failures(byte[] pdf, PDFAFlavour flavour) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (InputStream input = new ByteArrayInputStream(pdf);
                PDFAParser parser = Foundries.defaultInstance().createParser(input);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failures = result.getTestAssertions().stream()
                    .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
                    .map(assertion -> assertion.getRuleId().getClause() + " " + assertion.getMessage())
                    .distinct().toList();
            assertThat(result.isCompliant()).as(String.join("\n", failures)).isEqualTo(failures.isEmpty());
            return failures;
        }
    }
}
