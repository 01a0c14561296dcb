package vn.tthc.console.web;

import vn.tthc.console.api.PlanViews.Plan;
import vn.tthc.console.api.PlanViews.Target;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The body of {@code PUT /plans/{id}}: the plan as it is, with what the amendment form changes. */
final class PlanBodies {

    private PlanBodies() {
    }

    static Map<String, Object> amended(Plan plan, Map<String, String> form) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("number", orNull(form.get("number")));
        body.put("place", plan.place());
        body.put("signedOn", orNull(form.get("signedOn")));
        body.put("title", form.get("title") == null ? "" : form.get("title").strip());
        body.put("kind", plan.kind());
        body.put("periodStart", orNull(form.get("periodStart")));
        body.put("periodEnd", orNull(form.get("periodEnd")));
        List<Map<String, Object>> bases = new ArrayList<>();
        if (plan.legalBases() != null) {
            plan.legalBases().forEach(basis -> bases.add(Map.of("text", basis.text())));
        }
        body.put("legalBases", bases);
        body.put("purposes", orNull(form.get("purposes")));
        body.put("requirements", orNull(form.get("requirements")));
        body.put("issuingUnitCode", plan.issuingUnitCode());
        body.put("signerName", orNull(form.get("signerName")));
        body.put("signerTitle", orNull(form.get("signerTitle")));
        body.put("recipients", plan.recipients() == null ? List.of() : plan.recipients());
        List<Map<String, Object>> targets = new ArrayList<>();
        if (plan.targets() != null) {
            for (Target target : plan.targets()) {
                Map<String, Object> t = new LinkedHashMap<>();
                t.put("metric", target.metric());
                t.put("comparison", target.comparison());
                t.put("value", target.value());
                t.put("unit", target.unit());
                t.put("deadline", target.deadline() == null ? null : target.deadline().toString());
                t.put("text", target.text());
                targets.add(t);
            }
        }
        body.put("targets", targets);
        body.put("amendmentReason", orNull(form.get("amendmentReason")));
        return body;
    }

    private static String orNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
