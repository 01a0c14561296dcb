package vn.tthc.platform.web;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

import java.util.List;
import java.util.function.Function;

/** One page of a list: the items, which page (from 0), its size and how many items there are in all. */
public record Page<T>(List<T> items, int page, int size, long total) {

    /** The requested page of a query, each entity turned into its view. */
    public static <E, T> Page<T> of(PanacheQuery<E> query, PageRequest request, Function<E, T> view) {
        int first = request.firstResult();
        List<T> items = query.range(first, first + request.size() - 1).list().stream().map(view).toList();
        return new Page<>(items, request.page(), request.size(), query.count());
    }

    /** The requested page of an in-memory list. */
    public static <T> Page<T> of(List<T> all, PageRequest request) {
        int from = Math.min(request.firstResult(), all.size());
        int to = Math.min(from + request.size(), all.size());
        return new Page<>(List.copyOf(all.subList(from, to)), request.page(), request.size(), all.size());
    }

    public <R> Page<R> map(Function<T, R> mapping) {
        return new Page<>(items.stream().map(mapping).toList(), page, size, total);
    }
}
