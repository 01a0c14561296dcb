package vn.tthc.console.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.tthc.console.security.CurrentUser;

/** The entry: staff go to their dashboard, others see where to sign in or look an item up. */
@Path("/")
@Blocking
@Produces(MediaType.TEXT_HTML)
public class HomeResource {

    @CheckedTemplate(basePath = "")
    static class Templates {
        static native TemplateInstance home();
    }

    @Inject
    CurrentUser user;

    @GET
    public Response home() {
        if (user.get().signedIn()) {
            return Ui.seeOther("/tong-quan");
        }
        return Ui.page(Templates.home());
    }
}
