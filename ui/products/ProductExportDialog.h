#pragma once
// Downloads the products of the current filter as CSV into a chosen file, showing bytes and rows as
// they arrive. Cancel stops the download and leaves no file behind (ProductExportJob writes through
// QSaveFile); so does a failure.

#include "models/catalog/ProductFilter.h"

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;

namespace md::models {
class ApiClient;
class ProductExportJob;
} // namespace md::models

namespace md::ui {

class ProductExportDialog : public QDialog {
    Q_OBJECT
public:
    ProductExportDialog(models::ApiClient* client, QWidget* parent = nullptr);

    // Starts the download; the dialog reports progress and the outcome.
    void start(const models::ProductFilter& filter, const QString& path);
    bool isRunning() const;
    bool succeeded() const { return m_succeeded; }
    QString statusText() const;

public slots:
    void cancel();

signals:
    void exportFinished(bool ok);

private:
    void reject() override;
    void showProgress(qint64 bytes, qint64 rows);

    models::ProductExportJob* m_job;
    QLabel* m_target;
    QLabel* m_status;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QPushButton* m_close;
    QString m_path;
    bool m_succeeded = false;
};

} // namespace md::ui
