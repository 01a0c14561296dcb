package vn.tthc.feedback;

/** How a feedback item reached the agency. */
public enum Channel {
    NATIONAL_PORTAL, PROVINCIAL_PORTAL, WRITTEN, PHONE, EMAIL, IN_PERSON;

    /** Sent through a public-service portal (online): shorter handling time limits apply. */
    public boolean online() {
        return this == NATIONAL_PORTAL || this == PROVINCIAL_PORTAL;
    }
}
