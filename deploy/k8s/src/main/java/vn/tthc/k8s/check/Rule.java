package vn.tthc.k8s.check;

import java.util.List;

/** One family of checks over a rendered overlay. */
public interface Rule {

    List<Violation> check(Manifests manifests);
}
