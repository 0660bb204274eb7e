#include "app/Theme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleHints>

namespace md::app {

namespace {

// The palette before applyTheme() replaced it; the basis for "system" on Qt < 6.5.
QPalette& platformPalette()
{
    static QPalette palette = QApplication::palette();
    return palette;
}

#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
QMetaObject::Connection& schemeConnection()
{
    static QMetaObject::Connection connection;
    return connection;
}
#endif

} // namespace

ThemeChoice themeFromSetting(const QString& setting)
{
    if (setting == QLatin1String("light")) return ThemeChoice::Light;
    if (setting == QLatin1String("dark")) return ThemeChoice::Dark;
    return ThemeChoice::System;
}

QString themeSetting(ThemeChoice choice)
{
    switch (choice) {
    case ThemeChoice::Light:
        return QStringLiteral("light");
    case ThemeChoice::Dark:
        return QStringLiteral("dark");
    case ThemeChoice::System:
        break;
    }
    return QString();
}

bool paletteIsDark(const QPalette& palette)
{
    // Dark themes draw light text on dark windows.
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

bool systemPrefersDark(const QPalette& palette)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    switch (QGuiApplication::styleHints()->colorScheme()) {
    case Qt::ColorScheme::Dark:
        return true;
    case Qt::ColorScheme::Light:
        return false;
    case Qt::ColorScheme::Unknown:
        break;
    }
#endif
    return paletteIsDark(palette);
}

bool resolvesToDark(ThemeChoice choice, bool systemDark)
{
    return choice == ThemeChoice::Dark || (choice == ThemeChoice::System && systemDark);
}

QPalette lightPalette()
{
    QStyle* fusion = QStyleFactory::create(QStringLiteral("Fusion"));
    QPalette palette = fusion ? fusion->standardPalette() : QPalette();
    delete fusion;
    palette.setColor(QPalette::Highlight, QColor(0x1e, 0x63, 0xc4));
    palette.setColor(QPalette::Link, QColor(0x0d, 0x47, 0xa1));
    return palette;
}

QPalette darkPalette()
{
    QPalette palette;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x7f, 0x7f, 0x7f);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    palette.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3f, 0x41));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3a));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    palette.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x50));
    palette.setColor(QPalette::Midlight, QColor(0x3e, 0x41, 0x44));
    palette.setColor(QPalette::Mid, QColor(0x8a, 0x8d, 0x91)); // also the "secondary text" colour
    palette.setColor(QPalette::Dark, QColor(0x1a, 0x1b, 0x1d));
    palette.setColor(QPalette::Shadow, QColor(0x0f, 0x0f, 0x10));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xdb));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    palette.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabled);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4d, 0x50));
    return palette;
}

void applyTheme(QApplication& application, ThemeChoice choice)
{
    const QPalette& platform = platformPalette(); // captured before the first change
    if (!application.style() || application.style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
        application.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const bool dark = resolvesToDark(choice, systemPrefersDark(platform));
    application.setPalette(dark ? darkPalette() : lightPalette());
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    QObject::disconnect(schemeConnection());
    if (choice == ThemeChoice::System)
        schemeConnection() = QObject::connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged,
                                              &application, [&application] { applyTheme(application, ThemeChoice::System); });
#endif
}

} // namespace md::app
