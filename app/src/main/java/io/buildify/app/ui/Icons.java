package io.buildify.app.ui;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Small factory for the Material Design icons of the UI, so sizes stay consistent. */
public final class Icons {
    private Icons() {
    }

    public static FontIcon of(Ikon ikon) {
        return sized(ikon, 16);
    }

    public static FontIcon sized(Ikon ikon, int size) {
        FontIcon icon = new FontIcon(ikon);
        icon.setIconSize(size);
        return icon;
    }
}
