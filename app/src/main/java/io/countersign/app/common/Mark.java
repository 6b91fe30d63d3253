package io.countersign.app.common;

import org.kordamp.ikonli.Ikon;

/**
 * How a state is shown: always an icon and a word together, and a style class for the colour, so
 * meaning never rests on colour alone. Plain data: view models may hand these out.
 */
public record Mark(Ikon icon, String word, String styleClass) {}
