#pragma once
// Changes a product's on-hand stock by a signed amount with a reason, showing what the level will
// become. The server refuses (409) a change that would leave less on hand than is reserved. A failed
// save (server unreachable, refused) keeps the dialog open with what was entered; closing it with
// entries asks first.

#include "models/dto/InventoryItem.h"
#include "ui/common/GuardedDialog.h"

#include <QPointer>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace md::models {
class ApiCall;
class InventoryService;
} // namespace md::models

namespace md::ui {

class AdjustStockDialog : public GuardedDialog {
    Q_OBJECT
public:
    AdjustStockDialog(models::InventoryService* service, const models::InventoryItem& item, QWidget* parent = nullptr);

    QString errorText() const;

signals:
    void adjusted(const md::models::InventoryItem& item);

protected:
    bool hasEdits() const override;

private:
    void submit();
    void updatePreview();

    models::InventoryService* m_service;
    models::InventoryItem m_item;
    QSpinBox* m_delta;
    QComboBox* m_reason;
    QLabel* m_preview;
    QLabel* m_error;
    QPushButton* m_submit;
    QPointer<models::ApiCall> m_inFlight;
};

} // namespace md::ui
