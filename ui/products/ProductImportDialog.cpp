#include "ui/products/ProductImportDialog.h"

#include "models/catalog/ImportErrorTableModel.h"
#include "models/catalog/ProductImportJob.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QThreadPool>
#include <QVBoxLayout>

namespace md::ui {

using models::ImportOutcome;
using models::ImportReport;
using models::ProductImportJob;

namespace {

QLabel* wrappingLabel(const QString& name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ProductImportDialog::ProductImportDialog(models::ApiClient* client, bool chooseSeller, QWidget* parent)
    : QDialog(parent), m_client(client), m_job(new ProductImportJob(client, this)),
      m_errorModel(new models::ImportErrorTableModel(this)), m_pages(new QStackedWidget(this)),
      m_stepLabel(new QLabel(this)), m_path(new QLineEdit(this)), m_browse(new QPushButton(this)),
      m_fileInfo(wrappingLabel(QStringLiteral("importFileInfo"), this)), m_checkProgress(new QProgressBar(this)),
      m_summary(wrappingLabel(QStringLiteral("importSummaryLabel"), this)), m_errors(new QTableView(this)),
      m_partial(new QCheckBox(this)), m_importProgress(new QProgressBar(this)),
      m_result(wrappingLabel(QStringLiteral("importResultLabel"), this)), m_back(new QPushButton(this)),
      m_check(new QPushButton(this)), m_import(new QPushButton(this)), m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("productImportDialog"));
    setWindowTitle(tr("Import products from CSV"));
    resize(720, 480);

    // Step 1: the file.
    auto* choosePage = new QWidget(m_pages);
    auto* intro = wrappingLabel(QStringLiteral("importIntro"), choosePage);
    intro->setText(tr("Choose a CSV file (UTF-8, with or without BOM) with the columns of an export: sku is "
                      "required; seller_id, title, description, category, price_cents, compare_at_cents, "
                      "currency, status, attributes and images are optional. Products are matched by SKU: "
                      "new SKUs are created, existing ones updated."));
    m_path->setObjectName(QStringLiteral("importFileEdit"));
    m_path->setPlaceholderText(tr("Path of the CSV file"));
    m_path->setClearButtonEnabled(true);
    m_browse->setObjectName(QStringLiteral("importBrowseButton"));
    m_browse->setText(tr("Browse…"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);
    auto* chooseForm = new QFormLayout;
    chooseForm->addRow(tr("File:"), fileRow);
    if (chooseSeller) {
        m_seller = new QSpinBox(choosePage);
        m_seller->setObjectName(QStringLiteral("importSellerSpin"));
        m_seller->setRange(0, std::numeric_limits<int>::max());
        m_seller->setSpecialValueText(tr("from the file"));
        m_seller->setToolTip(tr("The seller of rows whose seller_id cell is empty."));
        chooseForm->addRow(tr("Default seller ID:"), m_seller);
    }
    m_checkProgress->setObjectName(QStringLiteral("importCheckProgress"));
    m_checkProgress->setTextVisible(false);
    m_checkProgress->hide();
    auto* chooseLayout = new QVBoxLayout(choosePage);
    chooseLayout->addWidget(intro);
    chooseLayout->addLayout(chooseForm);
    chooseLayout->addWidget(m_fileInfo);
    chooseLayout->addWidget(m_checkProgress);
    chooseLayout->addStretch(1);

    // Step 2: the dry run's findings.
    auto* reviewPage = new QWidget(m_pages);
    m_errors->setObjectName(QStringLiteral("importErrorTable"));
    m_errors->setModel(m_errorModel);
    m_errors->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_errors->setAlternatingRowColors(true);
    m_errors->setWordWrap(false);
    m_errors->verticalHeader()->hide();
    m_errors->horizontalHeader()->setSectionResizeMode(models::ImportErrorTableModel::RowColumn,
                                                       QHeaderView::ResizeToContents);
    m_errors->horizontalHeader()->resizeSection(models::ImportErrorTableModel::FieldColumn, 140);
    m_errors->horizontalHeader()->setStretchLastSection(true);
    m_partial->setObjectName(QStringLiteral("importPartialCheck"));
    m_partial->setText(tr("Import only the valid rows and skip the rows listed above"));
    auto* reviewLayout = new QVBoxLayout(reviewPage);
    reviewLayout->addWidget(m_summary);
    reviewLayout->addWidget(m_errors, 1);
    reviewLayout->addWidget(m_partial);

    // Step 3: the import.
    auto* importPage = new QWidget(m_pages);
    m_importProgress->setObjectName(QStringLiteral("importProgress"));
    m_importProgress->setFormat(tr("%p% sent"));
    auto* importLayout = new QVBoxLayout(importPage);
    importLayout->addWidget(m_importProgress);
    importLayout->addWidget(m_result);
    importLayout->addStretch(1);

    m_pages->addWidget(choosePage);
    m_pages->addWidget(reviewPage);
    m_pages->addWidget(importPage);

    m_stepLabel->setObjectName(QStringLiteral("importStepLabel"));
    QFont stepFont = m_stepLabel->font();
    stepFont.setBold(true);
    m_stepLabel->setFont(stepFont);

    m_back->setObjectName(QStringLiteral("importBackButton"));
    m_back->setText(tr("Back"));
    m_check->setObjectName(QStringLiteral("importCheckButton"));
    m_check->setText(tr("Check file"));
    m_check->setDefault(true);
    m_import->setObjectName(QStringLiteral("importStartButton"));
    m_import->setText(tr("Import"));
    m_close->setObjectName(QStringLiteral("importCloseButton"));
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_back, QDialogButtonBox::ActionRole);
    buttons->addButton(m_check, QDialogButtonBox::ActionRole);
    buttons->addButton(m_import, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_stepLabel);
    layout->addWidget(m_pages, 1);
    layout->addWidget(buttons);

    connect(m_browse, &QPushButton::clicked, this, &ProductImportDialog::browse);
    connect(m_check, &QPushButton::clicked, this, &ProductImportDialog::checkFile);
    connect(m_import, &QPushButton::clicked, this, &ProductImportDialog::startImport);
    connect(m_close, &QPushButton::clicked, this, &ProductImportDialog::reject);
    connect(m_back, &QPushButton::clicked, this, [this] {
        if (m_busy) return;
        showStep(ChooseFileStep);
    });
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        m_dryRunAccepted = false;
        updateButtons();
    });
    connect(m_partial, &QCheckBox::toggled, this, &ProductImportDialog::updateButtons);
    connect(&m_reader, &QFutureWatcher<models::CsvFileRead>::finished, this, [this] {
        // Not busy any more: the person cancelled while the file was being read.
        if (!m_busy || m_reader.future().resultCount() == 0 || m_job->isRunning()) return;
        onFileRead(m_reader.result());
    });
    connect(m_job, &ProductImportJob::uploadProgress, this, [this](qint64 sent, qint64 total) {
        QProgressBar* bar = step() == ImportStep ? m_importProgress : m_checkProgress;
        if (total <= 0) return;
        if (sent >= total) {
            bar->setRange(0, 0); // uploaded; the server is working
            if (bar == m_importProgress)
                m_result->setText(tr("File sent. The server is checking and saving %n product(s)…", nullptr,
                                     static_cast<int>(m_dataRows)));
            return;
        }
        bar->setRange(0, 1000);
        bar->setValue(static_cast<int>(sent * 1000 / total));
    });
    connect(m_job, &ProductImportJob::finished, this, [this](const ImportOutcome& outcome) {
        if (step() == ImportStep)
            onImportFinished(outcome);
        else
            onDryRunFinished(outcome);
    });

    showStep(ChooseFileStep);
}

ProductImportDialog::~ProductImportDialog()
{
    // A read still running finishes on its own; the watcher (a member) simply stops listening.
    m_reader.disconnect(this);
}

ProductImportDialog::Step ProductImportDialog::step() const
{
    return static_cast<Step>(m_pages->currentIndex());
}

void ProductImportDialog::setFilePath(const QString& path)
{
    m_path->setText(path);
}

void ProductImportDialog::showStep(Step step)
{
    m_pages->setCurrentIndex(step);
    switch (step) {
    case ChooseFileStep:
        m_stepLabel->setText(tr("Step 1 of 3: choose the file"));
        break;
    case ReviewStep:
        m_stepLabel->setText(tr("Step 2 of 3: check the rows (nothing has been changed yet)"));
        break;
    case ImportStep:
        m_stepLabel->setText(tr("Step 3 of 3: import"));
        break;
    }
    updateButtons();
}

void ProductImportDialog::updateButtons()
{
    const Step current = step();
    m_back->setVisible(current == ReviewStep || (current == ImportStep && m_done));
    m_back->setEnabled(!m_busy);
    m_check->setVisible(current == ChooseFileStep);
    m_check->setEnabled(!m_busy && !m_path->text().trimmed().isEmpty());
    m_browse->setEnabled(!m_busy);
    m_path->setEnabled(!m_busy);
    m_import->setVisible(current == ReviewStep);
    const bool someValid = m_lastReport && m_dataRows > m_lastReport->failed;
    m_partial->setVisible(current == ReviewStep && m_lastReport && m_lastReport->hasErrors());
    m_partial->setEnabled(someValid);
    m_import->setEnabled(!m_busy && (m_dryRunAccepted || (m_partial->isChecked() && someValid)));
    m_close->setText(m_busy ? tr("Cancel") : (m_done ? tr("Close") : tr("Cancel")));
}

void ProductImportDialog::browse()
{
    auto* dialog = new QFileDialog(this, tr("Choose a CSV file"), QFileInfo(m_path->text()).absolutePath(),
                                   tr("CSV files (*.csv);;All files (*)"));
    dialog->setObjectName(QStringLiteral("importFileDialog"));
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &ProductImportDialog::setFilePath);
    dialog->open();
}

void ProductImportDialog::checkFile()
{
    if (m_busy) return;
    const QString path = m_path->text().trimmed();
    if (path.isEmpty()) return;
    m_busy = true;
    m_dryRunAccepted = false;
    m_lastReport.reset();
    m_fileInfo->setText(tr("Reading the file…"));
    m_checkProgress->setRange(0, 0);
    m_checkProgress->show();
    updateButtons();
    // Tens of thousands of lines: read and check them on a pool thread, not the GUI thread.
    auto promise = std::make_shared<QPromise<models::CsvFileRead>>();
    m_reader.setFuture(promise->future());
    QThreadPool::globalInstance()->start([promise, path] {
        promise->start();
        promise->addResult(models::readCsvFileForImport(path));
        promise->finish();
    });
}

void ProductImportDialog::onFileRead(const models::CsvFileRead& read)
{
    if (!read.check.ok()) {
        m_busy = false;
        m_checkProgress->hide();
        m_fileInfo->setText(read.check.problem);
        updateButtons();
        return;
    }
    m_csv = read.bytes;
    m_dataRows = read.check.dataRows;
    m_fileInfo->setText(tr("%n row(s) read (%1). The server is checking them…", nullptr, static_cast<int>(m_dataRows))
                            .arg(QLocale().formattedDataSize(m_csv.size())));
    m_checkProgress->setRange(0, 1000);
    m_checkProgress->setValue(0);
    std::optional<qint64> seller;
    if (m_seller && m_seller->value() > 0) seller = m_seller->value();
    m_job->start(m_csv, ProductImportJob::Mode::DryRun, seller);
}

QString ProductImportDialog::countsText(const ImportReport& report) const
{
    return tr("%1 new, %2 updated, %3 unchanged")
        .arg(QLocale().toString(report.created), QLocale().toString(report.updated),
             QLocale().toString(report.unchanged));
}

void ProductImportDialog::onDryRunFinished(const ImportOutcome& outcome)
{
    m_busy = false;
    m_checkProgress->hide();
    m_partial->setChecked(false);
    if (!outcome.report) {
        m_fileInfo->setText(tr("The file could not be checked. %1").arg(outcome.error->displayText()));
        updateButtons();
        return;
    }
    m_lastReport = outcome.report;
    m_errorModel->setErrors(outcome.report->errors);
    m_dryRunAccepted = outcome.accepted && !outcome.report->hasErrors();
    if (m_dryRunAccepted) {
        m_summary->setText(tr("All %n row(s) are valid: %1. Nothing has been changed yet; press Import to save "
                              "them.",
                              nullptr, static_cast<int>(m_dataRows))
                               .arg(countsText(*outcome.report)));
        m_errors->hide();
    } else {
        QString text = tr("%n row(s) have problems, listed below by line of the file (the header is line 1). "
                          "Nothing has been changed. Correct the file and check it again, or import only the "
                          "valid rows.",
                          nullptr, outcome.report->failed);
        if (outcome.report->errorsTruncated) text += QLatin1Char(' ') + tr("Only the first 1,000 problems are listed.");
        m_summary->setText(text);
        m_errors->show();
    }
    m_fileInfo->clear();
    showStep(ReviewStep);
}

void ProductImportDialog::startImport()
{
    if (m_busy || m_csv.isEmpty()) return;
    const bool partial = !m_dryRunAccepted && m_partial->isChecked();
    if (!m_dryRunAccepted && !partial) return;
    m_busy = true;
    m_done = false;
    m_importProgress->setRange(0, 1000);
    m_importProgress->setValue(0);
    m_result->setText(tr("Sending %n row(s)…", nullptr, static_cast<int>(m_dataRows)));
    showStep(ImportStep);
    std::optional<qint64> seller;
    if (m_seller && m_seller->value() > 0) seller = m_seller->value();
    m_job->start(m_csv, partial ? ProductImportJob::Mode::ImportValidRowsOnly : ProductImportJob::Mode::Import, seller);
}

void ProductImportDialog::onImportFinished(const ImportOutcome& outcome)
{
    m_busy = false;
    m_done = true;
    m_importProgress->setRange(0, 1000);
    if (outcome.accepted && outcome.report) {
        m_importProgress->setValue(1000);
        m_importProgress->setFormat(tr("Done"));
        m_lastReport = outcome.report;
        QString text = tr("Imported: %1.").arg(countsText(*outcome.report));
        if (outcome.report->failed > 0)
            text += QLatin1Char(' ') + tr("%n row(s) with problems were skipped.", nullptr, outcome.report->failed);
        m_result->setText(text);
        updateButtons();
        if (outcome.report->created + outcome.report->updated > 0) emit imported(*outcome.report);
        return;
    }
    m_importProgress->setValue(0);
    m_importProgress->setFormat(tr("Not imported"));
    if (outcome.report) {
        // Someone changed the catalog between the check and the import (e.g. a SKU now taken).
        m_lastReport = outcome.report;
        m_errorModel->setErrors(outcome.report->errors);
        m_result->setText(tr("The server refused the import; nothing was changed. Go back to see the problems."));
    } else {
        m_result->setText(tr("The import failed; nothing was changed. %1").arg(outcome.error->displayText()));
    }
    updateButtons();
}

void ProductImportDialog::reject()
{
    if (m_busy) {
        // Cancel what runs. An upload that has not finished changes nothing on the server.
        m_job->abort();
        m_busy = false; // a file read still running is ignored when it finishes
        m_checkProgress->hide();
        if (step() == ImportStep) {
            m_done = true;
            m_importProgress->setRange(0, 1000);
            m_importProgress->setValue(0);
            m_result->setText(tr("Cancelled. If the file had been sent completely, the server may still have "
                                 "imported it; reload the list to see."));
        } else {
            m_fileInfo->setText(tr("Cancelled."));
        }
        updateButtons();
        return;
    }
    QDialog::reject();
}

} // namespace md::ui
