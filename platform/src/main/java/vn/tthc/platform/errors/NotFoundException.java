package vn.tthc.platform.errors;

/** An entity the client named does not exist (answered with 404). */
public class NotFoundException extends RuntimeException {

    private final String entity;
    private final Object id;

    public NotFoundException(String entity, Object id) {
        super(entity + " " + id + " not found");
        this.entity = entity;
        this.id = id;
    }

    public String entity() {
        return entity;
    }

    public Object id() {
        return id;
    }
}
