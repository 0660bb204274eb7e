// Offline tests of the reusable widgets: the debounced search field and the money delegate.

#include "widgets/MoneyDelegate.h"
#include "widgets/SearchField.h"

#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using md::widgets::MoneyDelegate;
using md::widgets::SearchField;

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
};

QTEST_MAIN(TestWidgets)
#include "TestWidgets.moc"
