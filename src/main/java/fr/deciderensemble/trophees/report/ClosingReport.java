package fr.deciderensemble.trophees.report;

import java.time.OffsetDateTime;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An edition's annual report as printed when the edition closed, and the dossiers it counted: the record staff
 * published. The dossiers the jury did not award are erased when the retention period ends; the report stays.
 */
@Entity
@Table(name = "closing_report")
public class ClosingReport {

    @Id
    @Column(name = "edition_id")
    private Long editionId;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] pdf;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] csv;

    @Column(name = "dossiers_submitted", nullable = false)
    private int dossiersSubmitted;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    protected ClosingReport() {
    }

    ClosingReport(long editionId, byte[] pdf, byte[] csv, int dossiersSubmitted) {
        this.editionId = editionId;
        this.pdf = pdf;
        this.csv = csv;
        this.dossiersSubmitted = dossiersSubmitted;
        this.recordedAt = OffsetDateTime.now();
    }

    byte[] getPdf() {
        return pdf;
    }

    byte[] getCsv() {
        return csv;
    }
}
