package vn.tthc.reporting.inbound;

import vn.tthc.platform.events.inbound.UnreadableEventException;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The fields reporting reads from plan-service's {@code vn.tthc.plan.unit.v1} unit snapshots on the compacted
 * topic {@code plan.units} (key = unit code; a null value removes the unit).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UnitSnapshot(String code, String name, String kind, String parentCode, Long version, String abbreviation,
                           String place, String headerName, String signingAuthority, String signerTitle, String signerName) {

    public static final String TYPE = "vn.tthc.plan.unit.v1";

    public void requireComplete(String key) {
        if (isBlank(code) || isBlank(name) || isBlank(kind)) {
            throw new UnreadableEventException("unit snapshot " + key + " lacks code, name or kind");
        }
        if (key != null && !key.equals(code)) {
            throw new UnreadableEventException("unit snapshot keyed " + key + " describes unit " + code);
        }
        if (code.length() > 50 || (parentCode != null && parentCode.length() > 50)) {
            throw new UnreadableEventException("unit code longer than 50 characters: " + code);
        }
        if (code.equals(parentCode)) {
            throw new UnreadableEventException("unit " + code + " is its own parent");
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
