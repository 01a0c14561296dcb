package vn.tthc.console.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.Response;
import vn.tthc.console.api.ApiProblem;

/** Answers of the console's pages. */
public final class Ui {

    private Ui() {
    }

    /** 303 to a page of the console (a relative Location, so it holds behind any proxy). */
    public static Response seeOther(String path) {
        return Response.status(Response.Status.SEE_OTHER).header("Location", path).build();
    }

    public static Response seeOther(String path, String notice) {
        return seeOther(Notices.after(path, notice).toString());
    }

    /** A page showing a problem in place, with the status the service answered (422 for its 400s). */
    public static Response page(TemplateInstance page, ApiProblem problem) {
        int status = problem.status() == 400 ? 422 : problem.status();
        if (status < 400 || status >= 600) {
            status = 502;
        }
        return Response.status(status).entity(page).type("text/html; charset=UTF-8").build();
    }

    public static Response page(TemplateInstance page) {
        return Response.ok(page).type("text/html; charset=UTF-8").build();
    }

    /** A file from a service passed on to the browser with its type and name. */
    public static Response download(Response upstream, String fileName) {
        byte[] body = upstream.readEntity(byte[].class);
        String type = upstream.getMediaType() == null ? "application/octet-stream" : upstream.getMediaType().toString();
        String disposition = upstream.getHeaderString("Content-Disposition");
        return Response.ok(body).type(type)
                .header("Content-Disposition", disposition != null ? disposition : "attachment; filename=\"" + fileName + "\"")
                .build();
    }
}
