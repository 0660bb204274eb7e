#include "ui/products/ProductConflictDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace md::ui {

ProductConflictDialog::ProductConflictDialog(const models::ProductDraft& original, const models::ProductDraft& mine,
                                             const models::Product& server, QWidget* parent)
    : QDialog(parent),
      m_differences(models::productDifferences(original, mine, models::ProductDraft::fromProduct(server))),
      m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Changed by someone else"));
    setMinimumSize(560, 320);

    auto* intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("conflictIntro"));
    intro->setWordWrap(true);
    intro->setText(tr("Someone saved “%1” (now version %2) after you opened it. These fields differ; "
                      "those you both changed are marked ⚠.")
                       .arg(server.title)
                       .arg(server.version));

    m_table->setObjectName(QStringLiteral("conflictTable"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Yours"), tr("On the server")});
    m_table->setRowCount(static_cast<int>(m_differences.size()));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    for (int row = 0; row < m_differences.size(); ++row) {
        const models::FieldDifference& difference = m_differences.at(row);
        auto* field =
            new QTableWidgetItem(difference.conflicts() ? QStringLiteral("⚠ ") + difference.label : difference.label);
        field->setData(Qt::UserRole, difference.field);
        auto* mineItem = new QTableWidgetItem(difference.mine);
        mineItem->setToolTip(difference.mine);
        auto* theirsItem = new QTableWidgetItem(difference.theirs);
        theirsItem->setToolTip(difference.theirs);
        QFont changed = m_table->font();
        changed.setBold(true);
        if (difference.changedByMe) mineItem->setFont(changed);
        if (difference.changedByThem) theirsItem->setFont(changed);
        if (difference.conflicts()) field->setForeground(QColor(0xb7, 0x1c, 0x1c));
        m_table->setItem(row, 0, field);
        m_table->setItem(row, 1, mineItem);
        m_table->setItem(row, 2, theirsItem);
    }

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* reload = buttons->addButton(tr("Reload theirs"), QDialogButtonBox::ResetRole);
    reload->setObjectName(QStringLiteral("conflictReloadButton"));
    reload->setToolTip(tr("Discard your changes and show the server's version in the editor."));
    QPushButton* overwrite = buttons->addButton(tr("Overwrite with mine"), QDialogButtonBox::AcceptRole);
    overwrite->setObjectName(QStringLiteral("conflictOverwriteButton"));
    overwrite->setToolTip(tr("Save the fields you changed on top of the server's version."));
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("conflictCancelButton"));
    cancel->setText(tr("Keep editing"));

    connect(reload, &QPushButton::clicked, this, [this] {
        emit reloadChosen();
        accept();
    });
    connect(overwrite, &QPushButton::clicked, this, [this] {
        emit overwriteChosen();
        accept();
    });
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
}

} // namespace md::ui
