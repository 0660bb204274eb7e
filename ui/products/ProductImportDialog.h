#pragma once
// Imports products from a CSV file in three steps: choose the file (read and checked off the GUI
// thread), a dry run on the server (every row checked, nothing changed) whose problems are listed
// by file line and column, then the import itself with upload progress and the server's counts.
// A file with problems can still be imported "valid rows only" (partial) when the person says so.

#include "models/catalog/CsvText.h"
#include "models/catalog/ImportReport.h"

#include <QDialog>
#include <QFutureWatcher>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableView;

namespace md::models {
class ApiClient;
class ImportErrorTableModel;
class ProductImportJob;
struct ImportOutcome;
} // namespace md::models

namespace md::ui {

class ProductImportDialog : public QDialog {
    Q_OBJECT
public:
    enum Step { ChooseFileStep, ReviewStep, ImportStep };

    // `chooseSeller`: an admin says whose catalog rows without a seller_id go into.
    ProductImportDialog(models::ApiClient* client, bool chooseSeller, QWidget* parent = nullptr);
    ~ProductImportDialog() override;

    Step step() const;
    void setFilePath(const QString& path);
    const models::ImportErrorTableModel* errorModel() const { return m_errorModel; }
    // The last report the server sent (dry run or import).
    const std::optional<models::ImportReport>& lastReport() const { return m_lastReport; }

public slots:
    void browse();
    void checkFile();
    void startImport();

signals:
    // The server changed the catalog (created or updated at least one product).
    void imported(const md::models::ImportReport& report);

private:
    void onFileRead(const models::CsvFileRead& read);
    void onDryRunFinished(const models::ImportOutcome& outcome);
    void onImportFinished(const models::ImportOutcome& outcome);
    void showStep(Step step);
    void updateButtons();
    void reject() override;
    QString countsText(const models::ImportReport& report) const;

    models::ApiClient* m_client;
    models::ProductImportJob* m_job;
    models::ImportErrorTableModel* m_errorModel;
    QFutureWatcher<models::CsvFileRead> m_reader;

    QStackedWidget* m_pages;
    QLabel* m_stepLabel;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QSpinBox* m_seller = nullptr;
    QLabel* m_fileInfo;
    QProgressBar* m_checkProgress;
    QLabel* m_summary;
    QTableView* m_errors;
    QCheckBox* m_partial;
    QProgressBar* m_importProgress;
    QLabel* m_result;
    QPushButton* m_back;
    QPushButton* m_check;
    QPushButton* m_import;
    QPushButton* m_close;

    QByteArray m_csv;
    qint64 m_dataRows = 0;
    std::optional<models::ImportReport> m_lastReport;
    bool m_dryRunAccepted = false;
    bool m_busy = false;
    bool m_done = false;
};

} // namespace md::ui
