#include "ui/deployments/LogSearchHighlighter.h"

namespace md::ui {

LogSearchHighlighter::LogSearchHighlighter(QTextDocument* document) : QSyntaxHighlighter(document)
{
    m_format.setBackground(QColor(0xff, 0xd5, 0x4f));
    m_format.setForeground(QColor(Qt::black));
}

void LogSearchHighlighter::setTerm(const QString& term)
{
    if (term == m_term) return;
    m_term = term;
    rehighlight();
}

void LogSearchHighlighter::highlightBlock(const QString& text)
{
    if (m_term.isEmpty()) return;
    for (qsizetype at = text.indexOf(m_term, 0, Qt::CaseInsensitive); at >= 0;
         at = text.indexOf(m_term, at + m_term.size(), Qt::CaseInsensitive))
        setFormat(static_cast<int>(at), static_cast<int>(m_term.size()), m_format);
}

} // namespace md::ui
