package vn.tthc.console.view;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.qute.TemplateGlobal;
import vn.tthc.console.security.ConsoleUser;
import vn.tthc.console.security.CurrentUser;
import vn.tthc.console.security.Navigation;

import java.util.List;

/** What every page's layout shows: who is signed in and their menu. */
@TemplateGlobal
public final class Globals {

    private Globals() {
    }

    static ConsoleUser currentUser() {
        ManagedContext requestContext = Arc.container().requestContext();
        if (!requestContext.isActive()) {
            return ConsoleUser.anonymous();
        }
        return Arc.container().instance(CurrentUser.class).get().get();
    }

    static List<Navigation.MenuItem> menu() {
        return Navigation.menu(currentUser());
    }
}
