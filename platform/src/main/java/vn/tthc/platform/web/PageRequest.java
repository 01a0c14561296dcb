package vn.tthc.platform.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.tthc.platform.errors.InvalidFieldException;

/**
 * The {@code page} (from 0) and {@code size} (1–200, default 20) query parameters of a list, taken with
 * {@code @Valid @BeanParam}. The one place that bounds paging: a page whose items lie beyond what a query can
 * address is refused (400, {@link #firstResult()}) before a query computes its position.
 */
public class PageRequest {

    public static final int SIZE_MAX = 200;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Parameter(description = "Trang, tính từ 0")
    int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(1)
    @Max(SIZE_MAX)
    @Parameter(description = "Số mục mỗi trang (1–200)")
    int size;

    public PageRequest() {
    }

    public PageRequest(int page, int size) {
        this.page = page;
        this.size = size;
    }

    public int page() {
        return page;
    }

    public int size() {
        return size;
    }

    /** The position of the page's first item. */
    public long offset() {
        return (long) page * size;
    }

    /** Whether every item of the page lies where a query can address it (an int position). */
    public boolean isPageWithinRange() {
        return offset() + size <= Integer.MAX_VALUE;
    }

    /**
     * The position of the page's first item, for a query.
     *
     * @throws InvalidFieldException (400) when the page lies beyond what a query can address
     */
    public int firstResult() {
        if (!isPageWithinRange()) {
            throw new InvalidFieldException("page", "page.beyond-range", Integer.MAX_VALUE / size - 1);
        }
        return (int) offset();
    }
}
