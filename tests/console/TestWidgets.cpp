// Offline tests of the reusable widgets: the debounced search field, the money delegate and the
// icons that take their colour from the palette.

#include "widgets/MoneyDelegate.h"
#include "widgets/SearchField.h"
#include "widgets/ThemedIcon.h"

#include <QApplication>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using md::widgets::MoneyDelegate;
using md::widgets::SearchField;
using md::widgets::ThemedIcon;

namespace {

// The most opaque pixel of an icon, unpremultiplied: the colour of its strokes.
QColor strokeColour(const QPixmap& pixmap)
{
    const QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
    QColor strongest(Qt::transparent);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (image.pixelColor(x, y).alpha() > strongest.alpha()) strongest = image.pixelColor(x, y);
    return strongest;
}

} // namespace

class TestWidgets : public QObject {
    Q_OBJECT
private slots:
    void searchFieldAnnouncesOncePerPause()
    {
        SearchField field;
        field.setDebounceInterval(100);
        field.show();
        QSignalSpy changed(&field, &SearchField::searchChanged);
        QTest::keyClicks(&field, QStringLiteral("jacket"));
        QCOMPARE(changed.count(), 0); // nothing while typing
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toString(), QStringLiteral("jacket"));
        QCOMPARE(field.currentSearch(), QStringLiteral("jacket"));
    }

    void enterAndClearingAnnounceAtOnce()
    {
        SearchField field;
        field.setDebounceInterval(60000); // never fires within the test
        field.show();
        QSignalSpy changed(&field, &SearchField::searchChanged);
        QTest::keyClicks(&field, QStringLiteral("tea "));
        QTest::keyClick(&field, Qt::Key_Return);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.last().first().toString(), QStringLiteral("tea")); // trimmed
        QTest::keyClick(&field, Qt::Key_Return);
        QCOMPARE(changed.count(), 1); // unchanged text is not announced again
        field.clear();
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.last().first().toString(), QString());
    }

    void moneyDelegateFormatsMinorUnitsWithTheRowsCurrency()
    {
        constexpr int CurrencyRole = Qt::UserRole + 7;
        QStandardItemModel model(2, 1);
        model.setData(model.index(0, 0), qint64(1290000));
        model.setData(model.index(0, 0), QStringLiteral("KRW"), CurrencyRole);
        model.setData(model.index(1, 0), qint64(123405));
        model.setData(model.index(1, 0), QStringLiteral("USD"), CurrencyRole);
        QTableView view;
        view.setLocale(QLocale(QLocale::Korean, QLocale::SouthKorea));
        view.setModel(&model);
        MoneyDelegate delegate(CurrencyRole);
        view.setItemDelegate(&delegate);

        class Probe : public MoneyDelegate {
        public:
            using MoneyDelegate::MoneyDelegate;
            QString textFor(const QModelIndex& index, const QWidget* widget) const
            {
                QStyleOptionViewItem option;
                option.initFrom(widget);
                option.locale = widget->locale();
                initStyleOption(&option, index);
                return option.text;
            }
        } probe(CurrencyRole);
        QCOMPARE(probe.textFor(model.index(0, 0), &view), QStringLiteral("₩1,290,000"));
        QCOMPARE(probe.textFor(model.index(1, 0), &view), QStringLiteral("$1,234.05"));
    }

    void themedIconFollowsThePalette()
    {
        const QPalette original = QApplication::palette();
        const QIcon icon = ThemedIcon::fromSvg(QStringLiteral(":/icons/refresh.svg"));
        QVERIFY(!icon.isNull());
        const QSize size(48, 48); // strokes wide enough for fully covered pixels

        QPalette palette = original;
        palette.setColor(QPalette::Active, QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x7f, 0x7f, 0x7f));
        QApplication::setPalette(palette);
        QCOMPARE(strokeColour(icon.pixmap(size)), QColor(0xe6, 0xe6, 0xe6));
        QCOMPARE(strokeColour(icon.pixmap(size, QIcon::Disabled)), QColor(0x7f, 0x7f, 0x7f));

        // The same icon, drawn after the palette changed, takes the new colour.
        palette.setColor(QPalette::Active, QPalette::WindowText, QColor(0x20, 0x30, 0x40));
        palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x20, 0x30, 0x40));
        QApplication::setPalette(palette);
        QCOMPARE(strokeColour(icon.pixmap(size)), QColor(0x20, 0x30, 0x40));
        // A palette without its own disabled colour still gets a dimmed disabled icon.
        const QColor disabled = strokeColour(icon.pixmap(size, QIcon::Disabled));
        // (Faded pixels are premultiplied: the colour comes back within rounding.)
        QVERIFY2(qAbs(disabled.red() - 0x20) <= 2 && qAbs(disabled.green() - 0x30) <= 2 &&
                     qAbs(disabled.blue() - 0x40) <= 2,
                 qPrintable(disabled.name()));
        QVERIFY2(disabled.alpha() < 128, qPrintable(QString::number(disabled.alpha())));

        // Another role, e.g. the accent of the "new" icon.
        palette.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
        QApplication::setPalette(palette);
        QCOMPARE(strokeColour(ThemedIcon::fromSvg(QStringLiteral(":/icons/add.svg"), QPalette::Link).pixmap(size)),
                 QColor(0x8a, 0xb4, 0xf8));

        // High DPI: drawn at the device's pixels, not a small bitmap scaled up.
        const QPixmap sharp = icon.pixmap(QSize(20, 20), 2.0);
        QCOMPARE(sharp.size(), QSize(40, 40));
        QCOMPARE(sharp.devicePixelRatio(), 2.0);

        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("missing\\.svg")));
        QVERIFY(ThemedIcon::fromSvg(QStringLiteral(":/icons/missing.svg")).isNull());
        QApplication::setPalette(original);
    }
};

QTEST_MAIN(TestWidgets)
#include "TestWidgets.moc"
