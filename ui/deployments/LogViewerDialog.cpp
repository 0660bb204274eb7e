#include "ui/deployments/LogViewerDialog.h"

#include "models/ops/OpsErrorText.h"
#include "models/ops/PodLogStream.h"
#include "ui/deployments/LogSearchHighlighter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QVBoxLayout>

namespace md::ui {

namespace {

constexpr int FlushIntervalMs = 100;

} // namespace

LogViewerDialog::LogViewerDialog(models::ApiClient* client, const QString& deploymentName,
                                 const QList<models::PodSummary>& pods, const QString& pod, QWidget* parent)
    : QDialog(parent), m_client(client), m_stream(new models::PodLogStream(client, this)), m_pods(pods),
      m_pod(new QComboBox(this)), m_container(new QComboBox(this)), m_tail(new QComboBox(this)),
      m_follow(new QCheckBox(tr("Follow"), this)), m_previous(new QCheckBox(tr("Previous instance"), this)),
      m_wrap(new QCheckBox(tr("Wrap lines"), this)), m_reconnect(new QPushButton(tr("Reconnect"), this)),
      m_search(new QLineEdit(this)), m_next(new QPushButton(tr("Next"), this)),
      m_previousMatch(new QPushButton(tr("Previous"), this)), m_text(new QPlainTextEdit(this)),
      m_status(new QLabel(this)), m_scrollNote(new QLabel(this)), m_save(new QPushButton(tr("Save…"), this))
{
    setObjectName(QStringLiteral("logViewerDialog"));
    setWindowTitle(tr("Logs — %1").arg(deploymentName));
    resize(1000, 640);

    m_pod->setObjectName(QStringLiteral("logPodCombo"));
    for (const models::PodSummary& summary : pods)
        m_pod->addItem(summary.name);
    m_pod->setCurrentIndex(std::max(0, m_pod->findText(pod)));
    m_container->setObjectName(QStringLiteral("logContainerCombo"));
    m_tail->setObjectName(QStringLiteral("logTailCombo"));
    for (int lines : {100, 1000, 10000})
        m_tail->addItem(tr("Last %1 lines").arg(QLocale().toString(lines)), lines);
    m_tail->setCurrentIndex(1);
    m_follow->setObjectName(QStringLiteral("logFollowCheck"));
    m_follow->setChecked(true);
    m_previous->setObjectName(QStringLiteral("logPreviousCheck"));
    m_previous->setToolTip(tr("The log of the container instance before its last restart (after a crash)"));
    m_wrap->setObjectName(QStringLiteral("logWrapCheck"));
    m_reconnect->setObjectName(QStringLiteral("logReconnectButton"));
    m_search->setObjectName(QStringLiteral("logSearchEdit"));
    m_search->setPlaceholderText(tr("Search the log"));
    m_search->setClearButtonEnabled(true);
    m_next->setObjectName(QStringLiteral("logFindNextButton"));
    m_previousMatch->setObjectName(QStringLiteral("logFindPreviousButton"));
    m_text->setObjectName(QStringLiteral("logText"));
    m_text->setReadOnly(true);
    m_text->setUndoRedoEnabled(false);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setMaximumBlockCount(static_cast<int>(m_buffer.capacity()));
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_highlighter = new LogSearchHighlighter(m_text->document());
    m_status->setObjectName(QStringLiteral("logStatusLabel"));
    m_scrollNote->setObjectName(QStringLiteral("logScrollNote"));
    m_scrollNote->setText(tr("Auto-scroll paused — scroll to the end to resume"));
    m_scrollNote->setStyleSheet(QStringLiteral("color: #0d47a1;"));
    m_scrollNote->hide();
    m_save->setObjectName(QStringLiteral("logSaveButton"));

    auto* choices = new QHBoxLayout;
    choices->addWidget(new QLabel(tr("Pod:"), this));
    choices->addWidget(m_pod, 2);
    choices->addWidget(new QLabel(tr("Container:"), this));
    choices->addWidget(m_container, 1);
    choices->addWidget(m_tail);
    choices->addWidget(m_follow);
    choices->addWidget(m_previous);
    choices->addWidget(m_reconnect);
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_previousMatch);
    searchRow->addWidget(m_next);
    searchRow->addSpacing(12);
    searchRow->addWidget(m_wrap);
    auto* footer = new QHBoxLayout;
    footer->addWidget(m_status, 1);
    footer->addWidget(m_scrollNote);
    footer->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(choices);
    layout->addLayout(searchRow);
    layout->addWidget(m_text, 1);
    layout->addLayout(footer);

    m_flushTimer.setInterval(FlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &LogViewerDialog::flushPending);
    connect(m_stream, &models::PodLogStream::linesReceived, this, &LogViewerDialog::onLines);
    connect(m_stream, &models::PodLogStream::finished, this, &LogViewerDialog::onStreamFinished);
    connect(m_pod, &QComboBox::currentIndexChanged, this, &LogViewerDialog::onPodChosen);
    connect(m_container, &QComboBox::currentIndexChanged, this, &LogViewerDialog::restartStream);
    connect(m_tail, &QComboBox::currentIndexChanged, this, &LogViewerDialog::restartStream);
    connect(m_follow, &QCheckBox::toggled, this, &LogViewerDialog::restartStream);
    connect(m_previous, &QCheckBox::toggled, this, &LogViewerDialog::restartStream);
    connect(m_reconnect, &QPushButton::clicked, this, &LogViewerDialog::restartStream);
    connect(m_wrap, &QCheckBox::toggled, this, [this](bool wrap) {
        m_text->setLineWrapMode(wrap ? QPlainTextEdit::WidgetWidth : QPlainTextEdit::NoWrap);
    });
    connect(m_search, &QLineEdit::textChanged, this, &LogViewerDialog::onSearchChanged);
    connect(m_search, &QLineEdit::returnPressed, this, &LogViewerDialog::findNext);
    connect(m_next, &QPushButton::clicked, this, &LogViewerDialog::findNext);
    connect(m_previousMatch, &QPushButton::clicked, this, &LogViewerDialog::findPrevious);
    connect(m_save, &QPushButton::clicked, this, &LogViewerDialog::chooseFileAndSave);
    connect(m_text->verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this] { m_scrollNote->setVisible(!isAutoScrolling()); });

    {
        const QSignalBlocker quiet(m_container);
        onPodChosen();
    }
    restartStream();
}

LogViewerDialog::~LogViewerDialog() = default;

bool LogViewerDialog::isStreaming() const
{
    return m_stream->isRunning();
}

bool LogViewerDialog::isAutoScrolling() const
{
    const QScrollBar* bar = m_text->verticalScrollBar();
    return bar->value() >= bar->maximum() - 1;
}

void LogViewerDialog::onPodChosen()
{
    const int row = m_pod->currentIndex();
    const QString chosen = m_container->currentText();
    {
        const QSignalBlocker quiet(m_container);
        m_container->clear();
        if (row >= 0 && row < m_pods.size()) m_container->addItems(m_pods.at(row).containers);
        const int keep = m_container->findText(chosen);
        if (keep >= 0) m_container->setCurrentIndex(keep);
    }
    m_container->setEnabled(m_container->count() > 1);
    if (m_stream->isRunning() || !m_endMessage.isEmpty() || !m_buffer.isEmpty()) restartStream();
}

void LogViewerDialog::restartStream()
{
    m_stream->stop();
    m_pending.clear();
    m_buffer.clear();
    m_text->clear();
    m_endMessage.clear();
    m_matchingLines = 0;
    models::PodLogRequest request;
    request.pod = m_pod->currentText();
    request.container = m_container->currentText();
    request.tailLines = m_tail->currentData().toInt();
    request.follow = m_follow->isChecked();
    request.previous = m_previous->isChecked();
    if (request.pod.isEmpty()) {
        m_endMessage = tr("This deployment has no pods.");
        updateStatus();
        return;
    }
    m_stream->start(request);
    m_flushTimer.start();
    updateStatus();
}

void LogViewerDialog::onLines(const QStringList& lines)
{
    m_pending += lines;
    // A burst larger than the view keeps only what the view could keep anyway.
    if (m_pending.size() > m_buffer.capacity()) m_pending.remove(0, m_pending.size() - m_buffer.capacity());
}

void LogViewerDialog::flushPending()
{
    if (m_pending.isEmpty()) {
        if (!m_stream->isRunning()) m_flushTimer.stop();
        updateStatus();
        return;
    }
    const bool follow = isAutoScrolling();
    QScrollBar* bar = m_text->verticalScrollBar();
    const int keptValue = bar->value();
    m_buffer.append(m_pending);
    const QString term = m_highlighter->term();
    if (!term.isEmpty())
        for (const QString& line : std::as_const(m_pending))
            if (line.contains(term, Qt::CaseInsensitive)) ++m_matchingLines;
    // One edit for the whole batch: a single layout pass instead of one per line.
    m_text->appendPlainText(m_pending.join(QLatin1Char('\n')));
    m_pending.clear();
    if (follow)
        bar->setValue(bar->maximum());
    else
        bar->setValue(std::min(keptValue, bar->maximum()));
    updateStatus();
}

void LogViewerDialog::onStreamFinished(const std::optional<models::ApiError>& error)
{
    flushPending();
    if (error)
        m_endMessage =
            tr("The log stream stopped: %1").arg(models::opsErrorText(*error, models::OpsErrorView::ClusterViews));
    else
        m_endMessage =
            m_follow->isChecked() ? tr("The log stream ended (the pod may have stopped).") : tr("End of the log.");
    updateStatus();
}

void LogViewerDialog::updateStatus()
{
    QString text;
    if (m_stream->isRunning())
        text = m_stream->request().follow ? tr("Following") : tr("Loading");
    else
        text = m_endMessage;
    text += tr(" · %n line(s) shown", nullptr, static_cast<int>(m_buffer.size()));
    if (m_buffer.dropped() > 0) text += tr(" (oldest %1 dropped)").arg(QLocale().toString(m_buffer.dropped()));
    if (!m_highlighter->term().isEmpty()) text += tr(" · %n matching line(s)", nullptr, m_matchingLines);
    m_status->setText(text);
    m_reconnect->setVisible(!m_stream->isRunning());
    m_scrollNote->setVisible(!isAutoScrolling());
}

void LogViewerDialog::onSearchChanged()
{
    const QString term = m_search->text();
    m_highlighter->setTerm(term);
    m_matchingLines = 0;
    if (!term.isEmpty())
        for (qsizetype i = 0; i < m_buffer.size(); ++i)
            if (m_buffer.at(i).contains(term, Qt::CaseInsensitive)) ++m_matchingLines;
    m_next->setEnabled(!term.isEmpty());
    m_previousMatch->setEnabled(!term.isEmpty());
    updateStatus();
}

bool LogViewerDialog::find(bool backwards)
{
    const QString term = m_search->text();
    if (term.isEmpty()) return false;
    const QTextDocument::FindFlags flags = backwards ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    if (m_text->find(term, flags)) return true;
    // Wrap around, as editors do.
    QTextCursor cursor = m_text->textCursor();
    cursor.movePosition(backwards ? QTextCursor::End : QTextCursor::Start);
    m_text->setTextCursor(cursor);
    return m_text->find(term, flags);
}

void LogViewerDialog::findNext()
{
    find(false);
}

void LogViewerDialog::findPrevious()
{
    find(true);
}

bool LogViewerDialog::saveToFile(const QString& path, QString* error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error) *error = file.errorString();
        return false;
    }
    file.write(m_buffer.text().toUtf8());
    if (!file.commit()) {
        if (error) *error = file.errorString();
        return false;
    }
    return true;
}

void LogViewerDialog::chooseFileAndSave()
{
    auto* dialog = new QFileDialog(this, tr("Save log"));
    dialog->setObjectName(QStringLiteral("logSaveDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(tr("Log files (*.log *.txt)"));
    dialog->selectFile(m_pod->currentText() + QStringLiteral(".log"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        QString error;
        if (saveToFile(path, &error))
            m_status->setText(tr("Saved %n line(s) to %1", nullptr, static_cast<int>(m_buffer.size())).arg(path));
        else
            m_status->setText(tr("Could not save the log: %1").arg(error));
    });
    dialog->open();
}

} // namespace md::ui
