#include "ui/products/ProductExportDialog.h"

#include "models/catalog/ProductExportJob.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace md::ui {

ProductExportDialog::ProductExportDialog(models::ApiClient* client, QWidget* parent)
    : QDialog(parent), m_job(new models::ProductExportJob(client, this)), m_target(new QLabel(this)),
      m_status(new QLabel(this)), m_progress(new QProgressBar(this)), m_cancel(new QPushButton(this)),
      m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("productExportDialog"));
    setWindowTitle(tr("Export products"));
    setMinimumWidth(480);
    setSizeGripEnabled(false);
    m_target->setObjectName(QStringLiteral("exportTargetLabel"));
    m_target->setWordWrap(true);
    m_target->setMinimumWidth(440); // wide enough that a wrapped label's height is right before showing
    m_status->setObjectName(QStringLiteral("exportStatusLabel"));
    m_status->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setTextVisible(false);
    m_cancel->setObjectName(QStringLiteral("exportCancelButton"));
    m_cancel->setText(tr("Cancel"));
    m_close->setObjectName(QStringLiteral("exportCloseButton"));
    m_close->setText(tr("Close"));
    m_close->hide();

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    buttons->addButton(m_close, QDialogButtonBox::AcceptRole);
    connect(m_cancel, &QPushButton::clicked, this, &ProductExportDialog::cancel);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_target);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_job, &models::ProductExportJob::progress, this, &ProductExportDialog::showProgress);
    connect(m_job, &models::ProductExportJob::finished, this, [this](bool ok, const QString& error) {
        m_succeeded = ok;
        m_progress->setRange(0, 1);
        m_progress->setValue(ok ? 1 : 0);
        if (ok) {
            m_status->setText(tr("Saved %n product(s) (%1).", nullptr, static_cast<int>(m_job->rowsReceived()))
                                  .arg(QLocale().formattedDataSize(m_job->bytesReceived())));
        } else {
            m_status->setText(tr("The export failed; no file was written. %1").arg(error));
        }
        m_cancel->hide();
        m_close->show();
        m_close->setDefault(true);
        emit exportFinished(ok);
    });
}

void ProductExportDialog::start(const models::ProductFilter& filter, const QString& path)
{
    m_path = path;
    m_succeeded = false;
    m_target->setText(tr("Exporting the products of the current filter to %1").arg(QFileInfo(path).fileName()));
    m_target->setToolTip(QDir::toNativeSeparators(path));
    m_progress->setRange(0, 0);
    m_cancel->show();
    m_close->hide();
    if (!m_job->start(filter, path)) {
        m_progress->setRange(0, 1);
        m_status->setText(m_job->errorText());
        m_cancel->hide();
        m_close->show();
        emit exportFinished(false);
        return;
    }
    m_status->setText(tr("Waiting for the server…"));
}

bool ProductExportDialog::isRunning() const
{
    return m_job->isRunning();
}

QString ProductExportDialog::statusText() const
{
    return m_status->text();
}

void ProductExportDialog::showProgress(qint64 bytes, qint64 rows)
{
    m_status->setText(
        tr("%1 received, %n product(s)", nullptr, static_cast<int>(rows)).arg(QLocale().formattedDataSize(bytes)));
}

void ProductExportDialog::cancel()
{
    if (!m_job->isRunning()) {
        QDialog::reject();
        return;
    }
    m_job->cancel();
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_status->setText(tr("Cancelled; no file was written."));
    m_cancel->hide();
    m_close->show();
    emit exportFinished(false);
}

void ProductExportDialog::reject()
{
    // Escape or the window's close button: cancel a running download first.
    if (m_job->isRunning()) m_job->cancel();
    QDialog::reject();
}

} // namespace md::ui
