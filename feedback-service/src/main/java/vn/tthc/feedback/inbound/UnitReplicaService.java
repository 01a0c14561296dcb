package vn.tthc.feedback.inbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.tthc.platform.text.VietnameseText;
import vn.tthc.feedback.inbound.UnitsConsumer.UnitSnapshot;
import vn.tthc.feedback.repository.UnitRepository;

/**
 * Writes the replica of plan.units. Applying a snapshot is idempotent (an older or equal version changes
 * nothing), so a redelivered or replayed record is harmless.
 */
@ApplicationScoped
public class UnitReplicaService {

    private final UnitRepository units;

    public UnitReplicaService(UnitRepository units) {
        this.units = units;
    }

    @Transactional
    public void apply(UnitSnapshot unit) {
        units.upsert(unit.code(), VietnameseText.normalize(unit.name()), unit.kind(), unit.parentCode(),
                unit.version() == null ? 0 : unit.version(), new UnitRepository.Letterhead(
                        VietnameseText.blankToNull(unit.abbreviation()), VietnameseText.blankToNull(unit.place()),
                        VietnameseText.blankToNull(unit.headerName()), VietnameseText.blankToNull(unit.signingAuthority()),
                        VietnameseText.blankToNull(unit.signerTitle()), VietnameseText.blankToNull(unit.signerName())));
    }

    @Transactional
    public void remove(String code) {
        units.deleteById(code);
    }
}
