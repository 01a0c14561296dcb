package vn.tthc.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.tthc.plan.Caller;
import vn.tthc.plan.PlanContents;
import vn.tthc.plan.Unit;
import vn.tthc.plan.exports.PlanDocuments;
import vn.tthc.plan.repository.UnitRepository;
import vn.tthc.platform.documents.DocumentFile;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/** A plan the caller sees with its progress, as .docx and .xlsx in the layout of official documents. */
@ApplicationScoped
public class PlanExportService {

    private final PlanService plans;
    private final UnitRepository units;
    private final Clock clock;

    public PlanExportService(PlanService plans, UnitRepository units, Clock clock) {
        this.plans = plans;
        this.units = units;
        this.clock = clock;
    }

    @Transactional
    public DocumentFile docx(Caller caller, UUID id) {
        return PlanDocuments.docx(source(caller, id));
    }

    @Transactional
    public DocumentFile xlsx(Caller caller, UUID id) {
        return PlanDocuments.xlsx(source(caller, id));
    }

    private PlanDocuments.Source source(Caller caller, UUID id) {
        PlanContents contents = plans.withProgress(caller, id);
        String code = contents.plan().issuingUnitCode();
        Unit issuing = code == null ? null : units.findByIdOptional(code).orElse(null);
        Unit parent = issuing == null || issuing.parentCode() == null ? null
                : units.findByIdOptional(issuing.parentCode()).orElse(null);
        return new PlanDocuments.Source(contents, issuing, parent, LocalDate.now(clock));
    }
}
