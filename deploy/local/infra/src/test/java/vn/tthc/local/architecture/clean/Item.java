package vn.tthc.local.architecture.clean;

/** A domain class of the well-layered fixture. */
public record Item(String name) {
}
