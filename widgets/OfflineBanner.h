#pragma once
// Tells the person that the server cannot be reached and that the console keeps trying, with a
// button to try at once. Shown and hidden by whoever watches the connection (ApiClient::onlineChanged).

#include <QFrame>

class QLabel;
class QPushButton;

namespace md::widgets {

class OfflineBanner : public QFrame {
    Q_OBJECT
public:
    explicit OfflineBanner(QWidget* parent = nullptr);

public slots:
    void setOnline(bool online);

signals:
    void retryRequested();

private:
    QLabel* m_message;
    QPushButton* m_retry;
};

} // namespace md::widgets
