#pragma once
// Light and dark appearance. The console uses the Fusion style with a light or a dark palette; the
// "system" choice follows the desktop: QStyleHints::colorScheme() where Qt has it (6.5 and later),
// otherwise the lightness of the palette the platform gave the application at start-up.

#include <QPalette>
#include <QString>

class QApplication;

namespace md::app {

enum class ThemeChoice { System, Light, Dark };

ThemeChoice themeFromSetting(const QString& setting);
QString themeSetting(ThemeChoice choice);

// True when `platformPalette` (the palette before the console changed anything) is a dark one.
bool paletteIsDark(const QPalette& platformPalette);
// Whether the desktop prefers dark, by the best means this Qt offers.
bool systemPrefersDark(const QPalette& platformPalette);
// Whether `choice` comes out dark on this desktop.
bool resolvesToDark(ThemeChoice choice, bool systemDark);

QPalette lightPalette();
QPalette darkPalette();

// Remembers the platform palette on first use, then applies Fusion with the palette for `choice`.
// With System on Qt 6.5+, later changes of the desktop's scheme are followed as they happen.
void applyTheme(QApplication& application, ThemeChoice choice);

} // namespace md::app
