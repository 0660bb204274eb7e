#pragma once
// Marks every occurrence of the log viewer's search term (case-insensitive) in the text, block by
// block, so lines that arrive while following are marked as they are added.

#include <QSyntaxHighlighter>

namespace md::ui {

class LogSearchHighlighter : public QSyntaxHighlighter {
    Q_OBJECT
public:
    explicit LogSearchHighlighter(QTextDocument* document);
    void setTerm(const QString& term);
    const QString& term() const { return m_term; }

protected:
    void highlightBlock(const QString& text) override;

private:
    QString m_term;
    QTextCharFormat m_format;
};

} // namespace md::ui
