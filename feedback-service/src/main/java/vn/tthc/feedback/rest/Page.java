package vn.tthc.feedback.rest;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

import java.util.List;
import java.util.function.Function;

/** One page of a list: the items, where the page is, and how many items there are in all. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public static <E, T> Page<T> of(PanacheQuery<E> query, PageRequest request, Function<E, T> view) {
        List<T> items = query.page(io.quarkus.panache.common.Page.of(request.page(), request.size()))
                .list().stream().map(view).toList();
        return new Page<>(items, request.page(), request.size(), query.count());
    }
}
