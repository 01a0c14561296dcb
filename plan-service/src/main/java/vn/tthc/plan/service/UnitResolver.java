package vn.tthc.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import vn.tthc.plan.Unit;
import vn.tthc.plan.UnitRef;
import vn.tthc.plan.VietnameseText;
import vn.tthc.plan.repository.UnitRepository;

import java.util.List;
import java.util.Optional;

/**
 * Turns the units a client or a document names into references to the registry: by code, or by a name,
 * short name or alias as printed ("VP Sở", "Văn phòng Sở"), ignoring case and diacritics. What the registry
 * does not know is kept as text.
 */
@ApplicationScoped
public class UnitResolver {

    private final UnitRepository units;

    public UnitResolver(UnitRepository units) {
        this.units = units;
    }

    public List<UnitRef> byCodes(List<String> codes) {
        return codes == null ? List.of() : codes.stream()
                .map(code -> units.findByIdOptional(code).map(UnitRef::of).orElse(new UnitRef(null, code)))
                .toList();
    }

    public List<UnitRef> byNames(List<String> names) {
        if (names == null || names.isEmpty()) {
            return List.of();
        }
        List<Unit> registry = units.listAll();
        return names.stream().map(name -> match(registry, name).map(unit -> new UnitRef(unit.code(), name))
                .orElse(new UnitRef(null, name))).toList();
    }

    static Optional<Unit> match(List<Unit> registry, String name) {
        String folded = VietnameseText.fold(name);
        return registry.stream()
                .filter(unit -> unit.code().equalsIgnoreCase(name.strip())
                        || unit.names().map(VietnameseText::fold).anyMatch(folded::equals))
                .findFirst();
    }
}
