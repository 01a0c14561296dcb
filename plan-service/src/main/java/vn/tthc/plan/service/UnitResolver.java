package vn.tthc.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import vn.tthc.plan.Unit;
import vn.tthc.plan.UnitRef;
import vn.tthc.platform.text.VietnameseText;
import vn.tthc.plan.repository.UnitRepository;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the units a client or a document names into references to the registry: by code, or by a name,
 * short name or alias as printed ("VP Sở", "Văn phòng Sở"), ignoring case and diacritics. Names repeat
 * across a province (every department has a "Văn phòng Sở"), so a name is matched within the issuing
 * unit's subtree when one is known, and only when exactly one unit answers to it. What the registry does
 * not know, or cannot tell apart, is kept as text.
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

    /** Names matched anywhere in the registry, when unambiguous. */
    public List<UnitRef> byNames(List<String> names) {
        return byNames(names, null);
    }

    /** Names matched within the subtree of {@code scopeCode} (the issuing unit) first, then anywhere. */
    public List<UnitRef> byNames(List<String> names, String scopeCode) {
        if (names == null || names.isEmpty()) {
            return List.of();
        }
        List<Unit> registry = units.listAll();
        Set<String> scope = scopeCode == null ? Set.of() : Set.copyOf(units.subtreeCodes(scopeCode));
        return names.stream().map(name -> match(registry, scope, name).map(unit -> new UnitRef(unit.code(), name))
                .orElse(new UnitRef(null, name))).toList();
    }

    static Optional<Unit> match(List<Unit> registry, Set<String> scope, String name) {
        String folded = VietnameseText.fold(name);
        List<Unit> candidates = registry.stream()
                .filter(unit -> unit.code().equalsIgnoreCase(name.strip())
                        || unit.names().map(VietnameseText::fold).anyMatch(folded::equals))
                .toList();
        List<Unit> inScope = candidates.stream().filter(unit -> scope.contains(unit.code())).toList();
        if (inScope.size() == 1) {
            return Optional.of(inScope.get(0));
        }
        return inScope.isEmpty() && candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    }
}
