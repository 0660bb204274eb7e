#pragma once
// A strip above a page's content that says what went wrong and offers to try again. It takes an
// ApiError so every page words the same failure the same way (ApiError::displayText()).

#include "models/api/ApiError.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace md::widgets {

class ErrorBanner : public QFrame {
    Q_OBJECT
public:
    explicit ErrorBanner(QWidget* parent = nullptr);

    void showError(const models::ApiError& error);
    // `retryText` names the button when "Try again" would mislead (e.g. "Reload" after an action
    // whose outcome is unknown, where trying the action again is exactly what must not happen).
    void showMessage(const QString& message, bool retryable = true, const QString& retryText = {});
    QString message() const;

signals:
    void retryRequested();

private:
    QLabel* m_icon;
    QLabel* m_message;
    QPushButton* m_retry;
    QPushButton* m_dismiss;
};

} // namespace md::widgets
