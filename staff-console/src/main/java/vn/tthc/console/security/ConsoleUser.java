package vn.tthc.console.security;

import java.util.Set;

/**
 * Who is signed in, as the access token says: subject, readable name, the unit they act for (claim {@code unit})
 * and their realm roles. The console decides only what to show from this; the services decide what may be done.
 */
public record ConsoleUser(String subject, String username, String displayName, String unit, Set<String> roles) {

    public static final String ADMINISTRATOR = "administrator";
    public static final String PLANNER = "planner";
    public static final String UNIT_OFFICER = "unit-officer";
    public static final String LEADER = "leader";
    public static final String AUDITOR = "auditor";

    public static ConsoleUser anonymous() {
        return new ConsoleUser(null, null, null, null, Set.of());
    }

    public boolean signedIn() {
        return subject != null;
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    public boolean administrator() {
        return has(ADMINISTRATOR);
    }

    public boolean planner() {
        return has(PLANNER);
    }

    public boolean officer() {
        return has(UNIT_OFFICER);
    }

    public boolean leader() {
        return has(LEADER);
    }

    public boolean auditor() {
        return has(AUDITOR);
    }

    /** Any role of the staff (the console is for staff; machine clients have no business here). */
    public boolean staff() {
        return administrator() || planner() || officer() || leader() || auditor();
    }

    /** Plans and the unit tree: the office drafting them, leaders, auditors, administrators. */
    public boolean seesPlans() {
        return administrator() || planner() || leader() || auditor();
    }

    public boolean importsPlans() {
        return administrator() || planner();
    }

    /** Drafts and submits its unit's reports. */
    public boolean reports() {
        return administrator() || planner() || officer();
    }

    /** Receives reports: completeness, consolidated report, accept or return. */
    public boolean receivesReports() {
        return administrator() || leader() || planner() || auditor();
    }

    public boolean decidesReports() {
        return administrator() || leader();
    }

    public boolean entersFeedback() {
        return administrator() || planner() || officer();
    }

    public boolean classifiesFeedback() {
        return administrator() || planner();
    }

    public boolean draftsAnswers() {
        return planner() || officer();
    }

    public boolean approvesAnswers() {
        return administrator() || leader();
    }

    public boolean sendsAnswers() {
        return administrator() || planner() || leader();
    }

    /** The roles in Vietnamese, for the header. */
    public String roleNames() {
        StringBuilder names = new StringBuilder();
        for (String role : new String[]{ADMINISTRATOR, PLANNER, LEADER, UNIT_OFFICER, AUDITOR}) {
            if (has(role)) {
                if (!names.isEmpty()) {
                    names.append(", ");
                }
                names.append(switch (role) {
                    case ADMINISTRATOR -> "Quản trị hệ thống";
                    case PLANNER -> "Văn phòng (kế hoạch)";
                    case LEADER -> "Lãnh đạo";
                    case UNIT_OFFICER -> "Cán bộ phòng, đơn vị";
                    default -> "Thanh tra, giám sát";
                });
            }
        }
        return names.toString();
    }
}
