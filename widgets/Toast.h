#pragma once
// A short notice floating over the bottom right of its parent ("New order MD-… from …") that fades
// out by itself; clicking it runs its action (e.g. open the order). In-app rather than a tray
// message: it works on every desktop and tests can find it by objectName ("toast").

#include <QFrame>
#include <QTimer>

#include <chrono>
#include <functional>

class QLabel;

namespace md::widgets {

class Toast : public QFrame {
    Q_OBJECT
public:
    // Shows `message` over `parent` for `duration`; `onClick` runs if the person clicks it.
    static Toast* show(QWidget* parent, const QString& message, std::function<void()> onClick = {},
                       std::chrono::milliseconds duration = std::chrono::seconds(8));

    QString message() const;

protected:
    void mousePressEvent(QMouseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    Toast(QWidget* parent, const QString& message, std::function<void()> onClick);
    void place();

    QLabel* m_label;
    std::function<void()> m_onClick;
    QTimer m_timer;
};

} // namespace md::widgets
