#pragma once
// A monochrome SVG icon drawn in a colour of the application palette, so it reads on the light and
// the dark appearance alike. The SVG's own colours are ignored: its shapes are rendered at the size
// and device pixel ratio asked for and filled with the palette colour of `role` (the disabled
// colour, or a faded one, for QIcon::Disabled). The palette is read whenever the icon is drawn, so a
// theme change at run time shows as soon as the widgets repaint, which a palette change makes them
// do. Icons whose colour carries meaning (warnings, errors, the brand) stay plain QIcons.

#include <QByteArray>
#include <QIcon>
#include <QIconEngine>
#include <QPalette>
#include <QString>

namespace md::widgets {

class ThemedIcon final : public QIconEngine {
public:
    // The icon for `svgPath` (e.g. ":/icons/refresh.svg") in the application palette's `role`.
    static QIcon fromSvg(const QString& svgPath, QPalette::ColorRole role = QPalette::WindowText);
    // The colour such an icon takes on `palette` in `mode`.
    static QColor colour(const QPalette& palette, QPalette::ColorRole role, QIcon::Mode mode);

    ThemedIcon(const QString& svgPath, QPalette::ColorRole role);

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state, qreal scale) override;
    QIconEngine* clone() const override;
    QString key() const override;
    bool isNull() override;

private:
    ThemedIcon(const ThemedIcon& other) = default;
    // `pixelSize` in device pixels; the pixmap comes back with a device pixel ratio of 1.
    QPixmap render(const QSize& pixelSize, QIcon::Mode mode) const;

    QString m_path;
    QPalette::ColorRole m_role;
    QByteArray m_svg;
};

} // namespace md::widgets
