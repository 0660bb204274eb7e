#pragma once
// The lines of a followed log, bounded: a ring that keeps the newest `capacity` lines and drops the
// oldest, so following a chatty pod for hours costs a fixed amount of memory. The log viewer's text
// widget is bounded to the same number of blocks; this buffer is what search and "save" read.

#include <QString>
#include <QStringList>

#include <vector>

namespace md::models {

class LogLineBuffer {
public:
    static constexpr qsizetype DefaultCapacity = 50000;

    explicit LogLineBuffer(qsizetype capacity = DefaultCapacity);

    // Appends lines; returns how many old lines were dropped to make room.
    qsizetype append(const QStringList& lines);
    void clear();

    qsizetype size() const { return m_size; }
    qsizetype capacity() const { return static_cast<qsizetype>(m_ring.size()); }
    bool isEmpty() const { return m_size == 0; }
    // Line `index` counted from the oldest kept line.
    const QString& at(qsizetype index) const;
    // Every line ever appended, including those dropped since.
    qint64 totalAppended() const { return m_totalAppended; }
    qint64 dropped() const { return m_totalAppended - m_size; }
    // The kept lines, oldest first, joined with '\n' and ending with one (empty when no lines).
    QString text() const;

private:
    std::vector<QString> m_ring;
    qsizetype m_start = 0; // index of the oldest line
    qsizetype m_size = 0;
    qint64 m_totalAppended = 0;
};

} // namespace md::models
