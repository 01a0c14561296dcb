package vn.tthc.feedback.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The {@code page} (from 0) and {@code size} (1–200, default 20) query parameters of a list. */
public class PageRequest {

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Parameter(description = "Trang, tính từ 0")
    int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(1)
    @Max(200)
    @Parameter(description = "Số mục mỗi trang (1–200)")
    int size;

    public int page() {
        return page;
    }

    public int size() {
        return size;
    }
}
