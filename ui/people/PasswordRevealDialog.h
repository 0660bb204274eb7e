#pragma once
// Shows a password the console has just set, once: in a read-only field to select or copy (the
// Copy button puts it on the clipboard), with a plain statement that it will not be shown again.
// Closing the dialog clears the field; nothing keeps the password after that, and nothing logs it.

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace md::ui {

class PasswordRevealDialog : public QDialog {
    Q_OBJECT
public:
    // `whose`: the person the password is for, as the admin knows them (name or e-mail).
    PasswordRevealDialog(const QString& whose, const QString& password, QWidget* parent = nullptr);

    void done(int result) override;

private:
    void copyToClipboard();

    QLineEdit* m_password;
    QPushButton* m_copy;
    QLabel* m_copied;
};

} // namespace md::ui
