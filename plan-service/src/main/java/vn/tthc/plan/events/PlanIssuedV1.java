package vn.tthc.plan.events;

import vn.tthc.platform.events.outbox.DomainEvent;

import vn.tthc.plan.Plan;

import java.time.LocalDate;
import java.util.UUID;

/** {@code vn.tthc.plan.plan.issued.v1}: a draft plan was signed and issued. */
public record PlanIssuedV1(UUID planId, String number, String title, String kind, String issuingUnitCode,
                           LocalDate periodStart, LocalDate periodEnd) implements DomainEvent {

    public static final String TYPE = "vn.tthc.plan.plan.issued.v1";

    public static PlanIssuedV1 of(Plan plan) {
        return new PlanIssuedV1(plan.id(), plan.number(), plan.title(), plan.kind().name(),
                plan.details().issuingUnitCode(), plan.period() == null ? null : plan.period().start(),
                plan.period() == null ? null : plan.period().end());
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String aggregateType() {
        return "plan";
    }

    @Override
    public String aggregateId() {
        return planId.toString();
    }

    @Override
    public String subject() {
        return "plans/" + planId;
    }
}
