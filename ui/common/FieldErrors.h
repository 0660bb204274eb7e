#pragma once
// The messages a form shows next to its fields: one label under each field, keyed by the API's field
// name ("email", "seller_id"), filled by the form's own checks or by the server's 422
// details.fields, and one general line for what belongs to no field (offline, 409, an unknown
// field). Labels are named "<field>Error" and the general line "generalError", so tests find them.
// The labels are children of the owner widget; this object only keeps track of them.

#include <QHash>
#include <QMap>
#include <QString>

class QLabel;
class QWidget;

namespace md::models {
struct ApiError;
}

namespace md::ui {

class FieldErrors {
public:
    explicit FieldErrors(QWidget* owner);

    // `field` with its (hidden) error label under it, in one box to put in a form row.
    QWidget* wrap(QWidget* field, const QString& apiField);
    // The general line; the owner places it (usually above the buttons).
    QLabel* generalLabel() const { return m_general; }

    void set(const QString& apiField, const QString& message);
    void setAll(const QMap<QString, QString>& messages);
    void setGeneral(const QString& message);
    void clear();

    QString message(const QString& apiField) const;
    QString generalMessage() const;
    bool isEmpty() const;

    // A 422's details.fields under their fields (messages for fields this form lacks go to the
    // general line); false, and nothing shown, when `error` carries no field messages.
    bool showFieldErrors(const models::ApiError& error);

private:
    QWidget* m_owner;
    QHash<QString, QLabel*> m_labels;
    QLabel* m_general;
};

} // namespace md::ui
