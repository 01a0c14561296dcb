package vn.tthc.plan.events;

import vn.tthc.platform.events.outbox.DomainEvent;

import vn.tthc.plan.Officer;
import vn.tthc.plan.Unit;
import vn.tthc.plan.UnitKind;
import vn.tthc.plan.UnitLetterhead;

import java.util.List;

/**
 * {@code vn.tthc.plan.unit.v1}: a unit's current state on the compacted topic plan.units (key = code).
 * Schema: events/vn.tthc.plan.unit.v1.json
 */
public record UnitV1(String code, String name, List<String> shortNames, List<String> aliases, UnitKind kind,
                     String parentCode, List<Officer> officers, long version, String abbreviation, String place,
                     String headerName, String signingAuthority, String signerTitle, String signerName) implements DomainEvent {

    public static final String TYPE = "vn.tthc.plan.unit.v1";
    public static final String TOPIC = "plan.units";

    public static UnitV1 of(Unit unit) {
        UnitLetterhead letterhead = unit.letterhead();
        return new UnitV1(unit.code(), unit.name(), unit.shortNames(), unit.aliases(), unit.kind(), unit.parentCode(),
                unit.officers(), unit.version(), letterhead.abbreviation(), letterhead.place(), letterhead.headerName(),
                letterhead.signingAuthority(), letterhead.signerTitle(), letterhead.signerName());
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String aggregateType() {
        return "unit";
    }

    @Override
    public String aggregateId() {
        return code;
    }

    @Override
    public String subject() {
        return "units/" + code;
    }

    @Override
    public String topic() {
        return TOPIC;
    }
}
