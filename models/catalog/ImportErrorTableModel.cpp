#include "models/catalog/ImportErrorTableModel.h"

#include <QSet>

#include <algorithm>

namespace md::models {

ImportErrorTableModel::ImportErrorTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ImportErrorTableModel::setErrors(QList<ImportRowError> errors)
{
    std::stable_sort(errors.begin(), errors.end(),
                     [](const ImportRowError& a, const ImportRowError& b) { return a.row < b.row; });
    beginResetModel();
    m_errors = std::move(errors);
    endResetModel();
}

int ImportErrorTableModel::affectedRows() const
{
    QSet<int> rows;
    for (const ImportRowError& error : m_errors)
        rows.insert(error.row);
    return static_cast<int>(rows.size());
}

int ImportErrorTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_errors.size());
}

int ImportErrorTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportErrorTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const ImportRowError& error = m_errors.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RowColumn:
            return error.row;
        case FieldColumn:
            return error.field.isEmpty() ? tr("(whole row)") : error.field;
        case MessageColumn:
            return error.message;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == MessageColumn) return error.message;
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == RowColumn) return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant ImportErrorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case RowColumn:
        return tr("Line");
    case FieldColumn:
        return tr("Column");
    case MessageColumn:
        return tr("Problem");
    }
    return {};
}

} // namespace md::models
