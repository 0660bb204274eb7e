#include "widgets/ThemedIcon.h"

#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPixmapCache>
#include <QSvgRenderer>

namespace md::widgets {

QIcon ThemedIcon::fromSvg(const QString& svgPath, QPalette::ColorRole role)
{
    return QIcon(new ThemedIcon(svgPath, role));
}

QColor ThemedIcon::colour(const QPalette& palette, QPalette::ColorRole role, QIcon::Mode mode)
{
    // Selected and active icons keep the text colour: the console's selections are tints that keep
    // the text colour too (the navigation), or the highlight that text in that colour also sits on.
    if (mode != QIcon::Disabled) return palette.color(QPalette::Active, role);
    QColor disabled = palette.color(QPalette::Disabled, role);
    if (disabled == palette.color(QPalette::Active, role)) disabled.setAlphaF(0.4);
    return disabled;
}

ThemedIcon::ThemedIcon(const QString& svgPath, QPalette::ColorRole role) : m_path(svgPath), m_role(role)
{
    QFile file(svgPath);
    if (file.open(QIODevice::ReadOnly))
        m_svg = file.readAll();
    else
        qWarning("ThemedIcon: cannot read %s: %s", qPrintable(svgPath), qPrintable(file.errorString()));
}

QPixmap ThemedIcon::render(const QSize& pixelSize, QIcon::Mode mode) const
{
    if (m_svg.isEmpty() || pixelSize.isEmpty()) return QPixmap();
    const QColor colour = ThemedIcon::colour(QGuiApplication::palette(), m_role, mode);
    const QString cacheKey = QStringLiteral("md-themed-icon:%1:%2x%3:%4")
                                 .arg(m_path)
                                 .arg(pixelSize.width())
                                 .arg(pixelSize.height())
                                 .arg(colour.rgba(), 8, 16, QLatin1Char('0'));
    QPixmap pixmap;
    if (QPixmapCache::find(cacheKey, &pixmap)) return pixmap;

    QImage image(pixelSize, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        QSvgRenderer renderer(m_svg);
        QSizeF shape = renderer.viewBoxF().size();
        if (shape.isEmpty()) shape = pixelSize;
        shape.scale(QSizeF(pixelSize), Qt::KeepAspectRatio);
        const QRectF target((pixelSize.width() - shape.width()) / 2, (pixelSize.height() - shape.height()) / 2,
                            shape.width(), shape.height());
        renderer.render(&painter, target);
        // Keep the rendered coverage (anti-aliasing included), replace the SVG's colours with ours.
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(image.rect(), colour);
    }
    pixmap = QPixmap::fromImage(std::move(image));
    QPixmapCache::insert(cacheKey, pixmap);
    return pixmap;
}

void ThemedIcon::paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State)
{
    // Rendered at the device's resolution so high-DPI screens get crisp strokes, not a scaled bitmap.
    const qreal scale = painter->device() ? painter->device()->devicePixelRatioF() : qGuiApp->devicePixelRatio();
    QPixmap drawn = render(rect.size() * scale, mode);
    drawn.setDevicePixelRatio(scale);
    painter->drawPixmap(rect, drawn);
}

QPixmap ThemedIcon::pixmap(const QSize& size, QIcon::Mode mode, QIcon::State)
{
    return render(size, mode);
}

QPixmap ThemedIcon::scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State, qreal)
{
    // QIcon::pixmap() asks with `size` already in device pixels; it sets the ratio on the result.
    return render(size, mode);
}

QIconEngine* ThemedIcon::clone() const
{
    return new ThemedIcon(*this);
}

QString ThemedIcon::key() const
{
    return QStringLiteral("md::widgets::ThemedIcon");
}

bool ThemedIcon::isNull()
{
    return m_svg.isEmpty();
}

} // namespace md::widgets
