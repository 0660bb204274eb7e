#include "ui/common/FieldErrors.h"

#include "models/api/ApiError.h"

#include <QLabel>
#include <QVBoxLayout>
#include <QWidget>

namespace md::ui {

namespace {

const QString kErrorColour = QStringLiteral("#c62828");

} // namespace

FieldErrors::FieldErrors(QWidget* owner) : m_owner(owner), m_general(new QLabel(owner))
{
    m_general->setObjectName(QStringLiteral("generalError"));
    m_general->setWordWrap(true);
    m_general->setStyleSheet(QStringLiteral("color: %1;").arg(kErrorColour));
    m_general->hide();
}

QWidget* FieldErrors::wrap(QWidget* field, const QString& apiField)
{
    auto* label = new QLabel(m_owner);
    label->setObjectName(apiField + QStringLiteral("Error"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: %1; font-size: 9pt;").arg(kErrorColour));
    label->hide();
    m_labels.insert(apiField, label);

    auto* box = new QWidget(m_owner);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(label);
    return box;
}

void FieldErrors::set(const QString& apiField, const QString& message)
{
    QLabel* label = m_labels.value(apiField);
    if (!label) {
        if (!message.isEmpty()) setGeneral(message);
        return;
    }
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

void FieldErrors::setAll(const QMap<QString, QString>& messages)
{
    for (auto it = messages.begin(); it != messages.end(); ++it)
        set(it.key(), it.value());
}

void FieldErrors::setGeneral(const QString& message)
{
    // Several messages for the general line (two unknown fields, say) are all kept.
    const QString text = m_general->isHidden() || m_general->text().isEmpty()
                             ? message
                             : m_general->text() + QLatin1Char('\n') + message;
    m_general->setText(text);
    m_general->setVisible(!text.isEmpty());
}

void FieldErrors::clear()
{
    for (QLabel* label : std::as_const(m_labels)) {
        label->clear();
        label->hide();
    }
    m_general->clear();
    m_general->hide();
}

QString FieldErrors::message(const QString& apiField) const
{
    const QLabel* label = m_labels.value(apiField);
    return label && !label->isHidden() ? label->text() : QString();
}

QString FieldErrors::generalMessage() const
{
    return m_general->isHidden() ? QString() : m_general->text();
}

bool FieldErrors::isEmpty() const
{
    if (!m_general->isHidden()) return false;
    for (const QLabel* label : m_labels)
        if (!label->isHidden()) return false;
    return true;
}

bool FieldErrors::showFieldErrors(const models::ApiError& error)
{
    if (error.fieldErrors.isEmpty()) return false;
    for (auto it = error.fieldErrors.begin(); it != error.fieldErrors.end(); ++it) {
        if (m_labels.contains(it.key()))
            set(it.key(), it.value());
        else
            setGeneral(QStringLiteral("%1: %2").arg(it.key(), it.value()));
    }
    return true;
}

} // namespace md::ui
