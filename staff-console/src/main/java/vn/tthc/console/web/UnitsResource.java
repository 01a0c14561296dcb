package vn.tthc.console.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.tthc.console.view.UnitTree;

import java.util.List;

/** The organisation tree (plan-service's units), as nested lists. */
@Path("/don-vi")
@Blocking
@Produces(MediaType.TEXT_HTML)
public class UnitsResource {

    @CheckedTemplate(basePath = "units")
    static class Templates {
        static native TemplateInstance tree(List<UnitTree.Node> roots, int count);
    }

    @Inject
    UnitDirectory units;

    @GET
    public TemplateInstance tree() {
        return Templates.tree(UnitTree.of(units.list()), units.all().size());
    }
}
