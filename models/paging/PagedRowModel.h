#pragma once
// PagedTableModel with typed rows: holds a list of DTOs parsed by `parse` and gives subclasses
// rowAt() and replaceRow(). Subclasses add columns, data() and the query they send.

#include "models/paging/PageEnvelope.h"
#include "models/paging/PagedTableModel.h"

#include <QList>

#include <algorithm>
#include <functional>
#include <optional>

namespace md::models {

template <typename Row> class PagedRowModel : public PagedTableModel {
public:
    using Parser = std::function<std::optional<Row>(const QJsonObject&, QString*)>;

    const Row* rowAt(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr; }
    const QList<Row>& rows() const { return m_rows; }

protected:
    PagedRowModel(ApiClient* client, const QString& path, Parser parse, QObject* parent)
        : PagedTableModel(client, path, parent), m_parse(std::move(parse))
    {
    }

    // Replaces one row in place (after an edit) and tells the views.
    void replaceRow(int row, Row value)
    {
        if (row < 0 || row >= m_rows.size()) return;
        m_rows[row] = std::move(value);
        emit dataChanged(index(row, 0), index(row, columnCount() - 1));
    }

    // Inserts one row (a live new object) at `row`, clamped to the loaded rows.
    void insertRowAt(int row, Row value)
    {
        row = std::clamp(row, 0, static_cast<int>(m_rows.size()));
        beginInsertRows(QModelIndex(), row, row);
        m_rows.insert(row, std::move(value));
        endInsertRows();
    }

    qsizetype loadedRowCount() const override { return m_rows.size(); }
    std::optional<qsizetype> stageRows(const QJsonArray& items, QString* error) override
    {
        auto parsed = parseItems<Row>(items, m_parse, error);
        if (!parsed) return std::nullopt;
        m_staged = std::move(*parsed);
        return m_staged.size();
    }
    void appendStagedRows() override
    {
        m_rows.append(std::move(m_staged));
        m_staged.clear();
    }
    void clearRows() override { m_rows.clear(); }

private:
    Parser m_parse;
    QList<Row> m_rows;
    QList<Row> m_staged;
};

} // namespace md::models
