package vn.tthc.console.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.tthc.console.api.ApiProblem;

/** A page a service refused to show (403, 404, …) or could not (5xx, unreachable): the reason, in place of the page. */
public class ProblemPage {

    @CheckedTemplate(basePath = "")
    static class Templates {
        static native TemplateInstance error(int status, String message);
    }

    @ServerExceptionMapper
    public Response problem(ApiProblem problem) {
        int status = problem.status() >= 400 && problem.status() < 600 ? problem.status() : 502;
        if (status == 401) {
            // The service no longer accepts the session's token: start again from the sign-in.
            return Ui.seeOther("/dang-xuat");
        }
        return Response.status(status).type("text/html; charset=UTF-8")
                .entity(Templates.error(status, problem.message())).build();
    }

    @ServerExceptionMapper
    public Response unreachable(jakarta.ws.rs.ProcessingException exception) {
        return Response.status(502).type("text/html; charset=UTF-8")
                .entity(Templates.error(502, "Không kết nối được tới dịch vụ; hãy thử lại sau ít phút.")).build();
    }
}
