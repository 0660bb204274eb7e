#pragma once
// The log of one pod's container: the tail (100, 1,000 or 10,000 lines), followed live or not, the
// previous (crashed) instance on request, search with every match marked and next/previous, line
// wrap, and saving what is shown to a file. It stays responsive with a chatty pod for hours: lines
// are added in batches every 100 ms, the text keeps at most LogLineBuffer::DefaultCapacity lines
// (the oldest go), and auto-scroll pauses while the person has scrolled up to read.

#include "models/ops/Deployment.h"
#include "models/ops/LogLineBuffer.h"

#include <QDialog>
#include <QTimer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace md::models {
class ApiClient;
class PodLogStream;
struct ApiError;
} // namespace md::models

namespace md::ui {

class LogSearchHighlighter;

class LogViewerDialog : public QDialog {
    Q_OBJECT
public:
    LogViewerDialog(models::ApiClient* client, const QString& deploymentName, const QList<models::PodSummary>& pods,
                    const QString& pod, QWidget* parent = nullptr);
    ~LogViewerDialog() override;

    // Writes the lines shown (UTF-8, one per line) atomically; false with `error` set on failure.
    bool saveToFile(const QString& path, QString* error = nullptr) const;
    const models::LogLineBuffer& buffer() const { return m_buffer; }
    bool isStreaming() const;
    bool isAutoScrolling() const;

public slots:
    // (Re)starts the stream with the current choices; the view starts empty.
    void restartStream();
    void findNext();
    void findPrevious();

private:
    void onLines(const QStringList& lines);
    void onStreamFinished(const std::optional<models::ApiError>& error);
    void flushPending();
    void onPodChosen();
    void onSearchChanged();
    void chooseFileAndSave();
    void updateStatus();
    bool find(bool backwards);

    models::ApiClient* m_client;
    models::PodLogStream* m_stream;
    QList<models::PodSummary> m_pods;
    models::LogLineBuffer m_buffer;
    QStringList m_pending;
    QTimer m_flushTimer;
    QString m_endMessage;
    int m_matchingLines = 0;

    QComboBox* m_pod;
    QComboBox* m_container;
    QComboBox* m_tail;
    QCheckBox* m_follow;
    QCheckBox* m_previous;
    QCheckBox* m_wrap;
    QPushButton* m_reconnect;
    QLineEdit* m_search;
    QPushButton* m_next;
    QPushButton* m_previousMatch;
    QPlainTextEdit* m_text;
    LogSearchHighlighter* m_highlighter;
    QLabel* m_status;
    QLabel* m_scrollNote;
    QPushButton* m_save;
};

} // namespace md::ui
