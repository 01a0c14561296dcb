package vn.tthc.reporting;

/** A unit expected to report under a regime; the name is null for a listed unit the replica does not know. */
public record ExpectedUnit(String code, String name) {
}
