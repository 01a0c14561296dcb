package vn.tthc.plan.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import vn.tthc.plan.Caller;
import vn.tthc.plan.Officer;
import vn.tthc.plan.PlanDetails;
import vn.tthc.plan.PlanKind;
import vn.tthc.plan.PlanPeriod;
import vn.tthc.plan.UnitKind;
import vn.tthc.plan.UnitLetterhead;
import vn.tthc.plan.config.DemoDataConfig;
import vn.tthc.plan.imports.PlanImport;
import vn.tthc.plan.repository.PlanRepository;
import vn.tthc.plan.repository.UnitRepository;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/**
 * On the first start of the local stack (an empty database, and tthc.demo-data.enabled=true), loads a
 * sample province's organisation tree and one real plan, so that a newcomer sees real data at once.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    record DemoUnit(String code, String name, List<String> shortNames, List<String> aliases, UnitKind kind,
                    String parentCode, List<Officer> officers, String abbreviation, String place, String headerName,
                    String signingAuthority, String signerTitle, String signerName) {
    }

    record DemoPlan(String document, String number, String place, LocalDate signedOn, String title, PlanKind kind,
                    LocalDate periodStart, LocalDate periodEnd, String issuingUnitCode) {
    }

    private final boolean enabled;
    private final UnitRepository units;
    private final PlanRepository plans;
    private final UnitService unitService;
    private final ImportService importService;
    private final ObjectMapper objectMapper;

    public DemoData(DemoDataConfig config, UnitRepository units, PlanRepository plans, UnitService unitService, ImportService importService,
                    ObjectMapper objectMapper) {
        this.enabled = config.enabled();
        this.units = units;
        this.plans = plans;
        this.unitService = unitService;
        this.importService = importService;
        this.objectMapper = objectMapper;
    }

    void onStart(@Observes StartupEvent event) {
        if (enabled && units.count() == 0 && plans.count() == 0) {
            load();
        }
    }

    public void load() {
        Caller loader = Caller.system("demo-data");
        DemoUnit[] tree = read("demo/units.json", DemoUnit[].class);
        for (DemoUnit unit : tree) {
            unitService.save(loader, unit.code(), null, new UnitService.UnitDescription(unit.name(), unit.shortNames(),
                    unit.aliases(), unit.kind(), unit.parentCode(), unit.officers(), new UnitLetterhead(unit.abbreviation(),
                    unit.place(), unit.headerName(), unit.signingAuthority(), unit.signerTitle(), unit.signerName())));
        }
        DemoPlan plan = read("demo/plan.json", DemoPlan.class);
        PlanPeriod period = new PlanPeriod(plan.periodStart(), plan.periodEnd());
        var previewed = importService.upload(loader, plan.document(), "text/plain", bytes("demo/" + plan.document()), period);
        importService.confirm(loader, previewed.upload().id(), new PlanDetails(plan.number(), plan.place(), plan.signedOn(),
                plan.title(), plan.kind(), period, List.of(), null, null, plan.issuingUnitCode(), null, null, List.of(), List.of()));
        LOG.infof("Demo data loaded: %d units and the plan %s with %d tasks", tree.length, plan.number(),
                previewed.preview().appendix().taskCount());
    }

    private <T> T read(String resource, Class<T> type) {
        try {
            return objectMapper.readerFor(type).readValue(bytes(resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
