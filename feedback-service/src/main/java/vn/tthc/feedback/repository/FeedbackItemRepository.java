package vn.tthc.feedback.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import vn.tthc.feedback.FeedbackItem;
import vn.tthc.feedback.ItemStatus;
import vn.tthc.platform.errors.NotFoundException;
import vn.tthc.platform.text.VietnameseText;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class FeedbackItemRepository implements PanacheRepositoryBase<FeedbackItem, UUID> {

    public FeedbackItem require(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> new NotFoundException("item", id));
    }

    public Optional<FeedbackItem> findByTrackingCode(String trackingCode) {
        return find("trackingCode", trackingCode).firstResultOptional();
    }

    public String nextTrackingCode(int year) {
        Number next = (Number) getEntityManager().createNativeQuery("select nextval('feedback_tracking_seq')").getSingleResult();
        return "PAKN-%d-%06d".formatted(year, next.longValue());
    }

    /**
     * Staff search: any of the filters, text folded for diacritics and case; newest first.
     *
     * @param unitCodes items received or handled by one of these units, or null for any
     * @param visibleUnits the caller's scope: items received or handled by one of these units (none: no item), or null
     *                     for a province-wide caller
     */
    public PanacheQuery<FeedbackItem> search(ItemStatus status, List<String> unitCodes, List<String> visibleUnits,
                                             String field, String text) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (visibleUnits != null) {
            if (visibleUnits.isEmpty()) {
                where.add("1 = 0");
            } else {
                where.add("(receivingUnitCode in :visible or handlingUnitCode in :visible)");
                parameters.and("visible", visibleUnits);
            }
        }
        if (status != null) {
            where.add("status = :status");
            parameters.and("status", status);
        }
        if (unitCodes != null) {
            where.add("(receivingUnitCode in :units or handlingUnitCode in :units)");
            parameters.and("units", unitCodes);
        }
        if (field != null && !field.isBlank()) {
            where.add("lower(field) = lower(:field)");
            parameters.and("field", VietnameseText.normalize(field));
        }
        addTextFilter(where, parameters, text);
        return find(where.isEmpty() ? "1 = 1" : String.join(" and ", where), Sort.descending("receivedAt"), parameters);
    }

    /** Published answers, searched without diacritics or case; newest first. */
    public PanacheQuery<FeedbackItem> published(String field, String text) {
        List<String> where = new ArrayList<>(List.of("status = :status"));
        Parameters parameters = Parameters.with("status", ItemStatus.PUBLISHED);
        if (field != null && !field.isBlank()) {
            where.add("lower(field) = lower(:field)");
            parameters.and("field", VietnameseText.normalize(field));
        }
        addTextFilter(where, parameters, text);
        return find(String.join(" and ", where), Sort.descending("publishedOn", "trackingCode"), parameters);
    }

    private static void addTextFilter(List<String> where, Parameters parameters, String text) {
        if (text == null) {
            return;
        }
        String[] words = VietnameseText.foldForSearch(text).split(" ");
        int n = 0;
        for (String word : words) {
            if (!word.isBlank() && n < 10) {
                where.add("searchFolded like :w" + n + " escape '\\'");
                parameters.and("w" + n, "%" + likeEscape(word) + "%");
                n++;
            }
        }
    }

    static String likeEscape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
