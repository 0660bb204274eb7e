#pragma once
// A search box for search-as-you-type: emits searchChanged() once typing pauses (debounced, so a
// fast typist sends one request, not one per key), at once on Enter, and when cleared. Korean input
// methods compose syllables before committing them; only committed text counts.

#include <QLineEdit>
#include <QTimer>

namespace md::widgets {

class SearchField : public QLineEdit {
    Q_OBJECT
public:
    explicit SearchField(QWidget* parent = nullptr);

    void setDebounceInterval(int milliseconds) { m_debounce.setInterval(milliseconds); }
    int debounceInterval() const { return m_debounce.interval(); }
    // The text last announced through searchChanged().
    QString currentSearch() const { return m_lastEmitted; }

signals:
    void searchChanged(const QString& text);

private:
    void emitIfChanged();

    QTimer m_debounce;
    QString m_lastEmitted;
};

} // namespace md::widgets
