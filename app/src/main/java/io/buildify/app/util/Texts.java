package io.buildify.app.util;

/** What an empty text box means to the model: no value. One place for it, shared by the ViewModels. */
public final class Texts {
    private Texts() {
    }

    /** A blank text is "no value"; anything else is kept exactly as typed. */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** A blank text is "no value"; anything else without its leading and trailing white space. */
    public static String strippedOrNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
