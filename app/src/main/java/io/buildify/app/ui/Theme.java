package io.buildify.app.ui;

import javafx.application.Application;

import java.net.URL;
import java.util.Objects;

/**
 * The look of the app: AtlantaFX "Primer Light" plus our own stylesheet.
 *
 * <p>Why the theme is loaded as a plain CSS resource: the classes of atlantafx-base 2.1.0 are Java 21 bytecode
 * (class version 65) and cannot load on our JDK 17, but its themes are pure CSS for the standard controls. So we
 * never touch an AtlantaFX class (not even {@code PrimerLight} or {@code Styles}) and use the style-class names
 * below, which are the ones its CSS defines.
 */
public final class Theme {
    /** AtlantaFX style classes (values of {@code atlantafx.base.theme.Styles}). */
    public static final String ACCENT = "accent";
    public static final String SUCCESS = "success";
    public static final String DANGER = "danger";

    private static final String PRIMER_LIGHT = "/atlantafx/base/theme/primer-light.css";
    private static final String APP_CSS = "/io/buildify/app/app.css";

    private Theme() {
    }

    /** Sets Primer Light as the user-agent stylesheet of the whole application. */
    public static void applyUserAgentStylesheet() {
        Application.setUserAgentStylesheet(resource(PRIMER_LIGHT));
    }

    /** Our stylesheet, to add to each scene. */
    public static String appStylesheet() {
        return resource(APP_CSS);
    }

    private static String resource(String path) {
        URL url = Objects.requireNonNull(Theme.class.getResource(path), () -> "missing resource " + path);
        return url.toExternalForm();
    }
}
