package vn.tthc.feedback.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.tthc.feedback.Caller;
import vn.tthc.feedback.FeedbackItem;
import vn.tthc.feedback.ItemAction;
import vn.tthc.feedback.ItemStatus;
import vn.tthc.feedback.Unit;
import vn.tthc.feedback.access.ItemAccess;
import vn.tthc.feedback.repository.FeedbackItemRepository;
import vn.tthc.feedback.repository.UnitRepository;
import vn.tthc.platform.web.Page;
import vn.tthc.platform.web.PageRequest;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The reads of items and units the resources need, and the transaction an item action runs in: resources stay
 * free of repositories and transactions.
 */
@ApplicationScoped
public class ItemQueries {

    private final FeedbackItemRepository items;
    private final UnitRepository units;
    private final ItemAccess access;

    public ItemQueries(FeedbackItemRepository items, UnitRepository units, ItemAccess access) {
        this.items = items;
        this.units = units;
        this.access = access;
    }

    public FeedbackItem item(UUID id) {
        return items.require(id);
    }

    public boolean unitExists(String code) {
        return units.find(code).isPresent();
    }

    /** The unit first, then its ancestors nearest first; empty for an unknown unit. */
    public List<Unit> unitAndAncestors(String code) {
        return units.ancestorsOrSelf(code);
    }

    /** The items the caller sees, filtered by status, unit (and the units below it), field and words; newest first. */
    public Page<FeedbackItem> search(Caller caller, ItemStatus status, String unitCode, String field, String words,
                                     PageRequest page) {
        List<String> unitCodes = unitCode == null ? null : units.descendantsOrSelf(unitCode);
        return Page.of(items.search(status, unitCodes, access.visibleUnits(caller), field, words), page, item -> item);
    }

    /** Whether the item exists and the caller may read it. */
    public boolean sees(Caller caller, UUID itemId) {
        return items.findByIdOptional(itemId).map(item -> access.allows(item, caller, ItemAction.READ)).orElse(false);
    }

    public Optional<FeedbackItem> byTrackingCode(String trackingCode) {
        return items.findByTrackingCode(trackingCode);
    }

    /** Published answers matching the words and field, newest first. */
    public Page<FeedbackItem> published(String field, String words, PageRequest page) {
        return Page.of(items.published(field, words), page, item -> item);
    }

    /**
     * Runs an action on an item in a transaction of its own and renders the item as it then is, flushed, so the
     * version the rendering shows (the ETag) is the new one.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <R> R act(Supplier<FeedbackItem> action, Function<FeedbackItem, R> render) {
        FeedbackItem item = action.get();
        items.flush();
        return render.apply(item);
    }
}
