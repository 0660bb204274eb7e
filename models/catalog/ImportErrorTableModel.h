#pragma once
// The problems of an import report as a table: line of the file, column, message, sorted by line.
// Line numbers are the file's (header = line 1), so a person finds the row in their editor.

#include "models/catalog/ImportReport.h"

#include <QAbstractTableModel>

namespace md::models {

class ImportErrorTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { RowColumn, FieldColumn, MessageColumn, ColumnCount };
    Q_ENUM(Column)

    explicit ImportErrorTableModel(QObject* parent = nullptr);

    void setErrors(QList<ImportRowError> errors);
    const QList<ImportRowError>& errors() const { return m_errors; }
    // The distinct lines with at least one problem.
    int affectedRows() const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ImportRowError> m_errors;
};

} // namespace md::models
