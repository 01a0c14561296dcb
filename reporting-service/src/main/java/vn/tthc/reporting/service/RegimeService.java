package vn.tthc.reporting.service;

import vn.tthc.platform.web.Page;
import vn.tthc.platform.web.PageRequest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.tthc.reporting.Actor;
import vn.tthc.reporting.Caller;
import vn.tthc.platform.errors.ConflictException;
import vn.tthc.platform.errors.InvalidFieldException;
import vn.tthc.platform.errors.NotFoundException;
import vn.tthc.reporting.Regime;
import vn.tthc.reporting.RegimeChange;
import vn.tthc.platform.errors.StaleVersionException;
import vn.tthc.platform.text.VietnameseText;
import vn.tthc.reporting.regime.RegimeDefinition;
import vn.tthc.reporting.regime.RegimeLoader;
import vn.tthc.reporting.repository.RegimeChanges;
import vn.tthc.reporting.repository.Regimes;
import vn.tthc.reporting.repository.Submissions;

import java.time.Clock;
import java.util.List;

/**
 * Report regimes as data: the shipped ones are loaded at start, others are written over REST. Every write
 * reads the document with the same checks as the shipped files ({@link RegimeLoader}), so a regime that is
 * stored can always be used. Every change is kept in the regime's history ({@link RegimeChange}) with who made it.
 */
@ApplicationScoped
public class RegimeService {

    private static final Logger LOG = Logger.getLogger(RegimeService.class);

    private final Regimes regimes;
    private final RegimeChanges changes;
    private final Submissions submissions;
    private final Clock clock;
    private final RegimeLoader loader = new RegimeLoader();

    /** The regimes, shipped and customised, by code, a page at a time. */
    public Page<Regime> list(PageRequest page) {
        return Page.of(regimes.find("order by code"), page, regime -> regime);
    }

    public RegimeService(Regimes regimes, RegimeChanges changes, Submissions submissions, Clock clock) {
        this.regimes = regimes;
        this.changes = changes;
        this.submissions = submissions;
        this.clock = clock;
    }

    void loadShippedAtStart(@Observes StartupEvent event) {
        QuarkusTransaction.requiringNew().run(this::loadShipped);
    }

    /** Inserts the shipped regimes that are absent and refreshes those still as shipped; running it again changes nothing. */
    @Transactional
    public void loadShipped() {
        for (String file : loader.shippedFileNames()) {
            String text = VietnameseText.normalize(loader.resourceText(RegimeLoader.SHIPPED_DIRECTORY + file));
            RegimeDefinition definition = loader.read(text, RegimeLoader.SHIPPED_DIRECTORY + file);
            if (regimes.putShipped(definition.code(), definition.name(), text, clock.instant())) {
                changes.persist(RegimeChange.of(definition.code(), RegimeChange.Kind.LOADED, null, clock.instant(), null));
                LOG.infof("Loaded shipped regime %s from %s", definition.code(), file);
            }
        }
    }

    public Regime find(String code) {
        return regimes.findByIdOptional(code).orElseThrow(() -> new NotFoundException("regime", code));
    }

    /** A regime's history, oldest first, also after it was deleted; 404 when there is neither regime nor history. */
    public List<RegimeChange> changes(String code) {
        List<RegimeChange> history = changes.of(code);
        if (history.isEmpty()) {
            find(code);
        }
        return history;
    }

    /** @throws vn.tthc.reporting.regime.InvalidRegimeException listing every problem of the document */
    @Transactional
    public Regime create(Caller caller, String document) {
        String text = VietnameseText.normalize(document);
        RegimeDefinition definition = loader.read(text, "request");
        if (regimes.findByIdOptional(definition.code()).isPresent()) {
            throw new ConflictException("regime.exists", definition.code());
        }
        Regime regime = new Regime();
        regime.code = definition.code();
        regime.createdAt = clock.instant();
        write(regime, definition, text);
        regimes.persist(regime);
        regimes.flush();
        record(regime, RegimeChange.Kind.CREATED, caller);
        return regime;
    }

    @Transactional
    public Regime update(Caller caller, String code, String document, Long expectedVersion) {
        Regime regime = find(code);
        StaleVersionException.check("regime", code, expectedVersion, regime.version);
        String text = VietnameseText.normalize(document);
        RegimeDefinition definition = loader.read(text, "request");
        if (!definition.code().equals(code)) {
            throw new InvalidFieldException("code", "regime.code-mismatch");
        }
        write(regime, definition, text);
        regimes.flush();
        record(regime, RegimeChange.Kind.UPDATED, caller);
        return regime;
    }

    @Transactional
    public void delete(Caller caller, String code, Long expectedVersion) {
        Regime regime = find(code);
        StaleVersionException.check("regime", code, expectedVersion, regime.version);
        if (submissions.existFor(code)) {
            throw new ConflictException("regime.in-use", code);
        }
        record(regime, RegimeChange.Kind.DELETED, caller);
        regimes.delete(regime);
    }

    private void record(Regime regime, RegimeChange.Kind kind, Caller caller) {
        changes.persist(RegimeChange.of(regime.code, kind, regime.version, clock.instant(), Actor.of(caller)));
    }

    private void write(Regime regime, RegimeDefinition definition, String text) {
        regime.name = definition.name();
        regime.definition = text;
        regime.origin = Regime.Origin.CUSTOMISED;
        regime.updatedAt = clock.instant();
    }
}
