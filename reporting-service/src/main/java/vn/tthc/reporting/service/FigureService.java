package vn.tthc.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import vn.tthc.reporting.Caller;
import vn.tthc.reporting.Figures;
import vn.tthc.reporting.access.UnitAccess;
import vn.tthc.reporting.repository.EventFigures;
import vn.tthc.reporting.repository.Units;

import java.time.LocalDate;
import java.util.List;

/** The figures fed by other services' events, for a unit the caller sees. */
@ApplicationScoped
public class FigureService {

    private final EventFigures figures;
    private final Units units;
    private final UnitAccess access;

    public FigureService(EventFigures figures, Units units, UnitAccess access) {
        this.figures = figures;
        this.units = units;
        this.access = access;
    }

    /** A unit's subtree and its figures between two days inclusive. */
    public record SubtreeFigures(Figures figures, List<String> unitsIncluded) {
    }

    /** The unit's own figures, not those of the units under it. */
    public Figures ofUnit(Caller caller, String unitCode, LocalDate from, LocalDate to) {
        access.requireSees(caller, unitCode);
        return figures.ofUnit(unitCode, from, to);
    }

    /** The figures of the unit and every unit under it, as the unit replica knows the tree now. */
    public SubtreeFigures ofSubtree(Caller caller, String unitCode, LocalDate from, LocalDate to) {
        access.requireSees(caller, unitCode);
        return new SubtreeFigures(figures.ofSubtree(unitCode, from, to), units.subtreeCodes(unitCode));
    }
}
