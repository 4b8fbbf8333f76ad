package fr.deciderensemble.trophees.pdf;

import java.util.function.Supplier;

import org.eclipse.microprofile.faulttolerance.Bulkhead;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Builds documents (booklets, annual reports) at most two at a time: each takes seconds of a core and tens of
 * megabytes, so a crowd of requests must wait for {@link PublishedDocuments} or be told to come back, never be
 * built all at once until the memory runs out. A call past the limit fails with a {@code BulkheadException}.
 */
@ApplicationScoped
public class Rendering {

    @Bulkhead(2)
    public byte[] render(Supplier<byte[]> document) {
        return document.get();
    }
}
