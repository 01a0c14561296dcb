package vn.tthc.feedback;

/**
 * Who made a change, as recorded in histories: the token's subject, a readable name and the unit they acted
 * for (from the bearer token, see {@link Caller#actor()}); or the service itself.
 *
 * @param id the subject (the token's {@code sub})
 * @param name a readable name ({@code preferred_username}); the subject when the token has none
 * @param unitCode the unit they act for, or null (machine clients, the service itself)
 */
public record Actor(String id, String name, String unitCode) {

    /** The longest subject or name kept (the columns' width). */
    public static final int MAX_LENGTH = 255;

    /** Actions the service takes by itself (acceptance rules at intake, the overdue job). */
    public static final Actor SYSTEM = new Actor("system", "system", null);

    public Actor {
        id = clip(id);
        name = name == null ? id : clip(name);
    }

    /** Someone known by id only: the name is the id. */
    public Actor(String id, String unitCode) {
        this(id, id, unitCode);
    }

    private static String clip(String text) {
        if (text == null || text.length() <= MAX_LENGTH) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH;
        return text.substring(0, end);
    }
}
