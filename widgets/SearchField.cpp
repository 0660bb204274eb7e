#include "widgets/SearchField.h"

#include "widgets/ThemedIcon.h"

#include <QAction>

namespace md::widgets {

SearchField::SearchField(QWidget* parent) : QLineEdit(parent)
{
    setClearButtonEnabled(true);
    addAction(ThemedIcon::fromSvg(QStringLiteral(":/icons/search.svg"), QPalette::PlaceholderText),
              QLineEdit::LeadingPosition);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300);
    connect(&m_debounce, &QTimer::timeout, this, &SearchField::emitIfChanged);
    connect(this, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (text.isEmpty()) {
            m_debounce.stop();
            emitIfChanged(); // the clear button: show everything again at once
        } else {
            m_debounce.start();
        }
    });
    connect(this, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty() && !m_lastEmitted.isEmpty()) emitIfChanged();
    });
    connect(this, &QLineEdit::returnPressed, this, [this] {
        m_debounce.stop();
        emitIfChanged();
    });
}

void SearchField::emitIfChanged()
{
    const QString text = this->text().trimmed();
    if (text == m_lastEmitted) return;
    m_lastEmitted = text;
    emit searchChanged(text);
}

} // namespace md::widgets
