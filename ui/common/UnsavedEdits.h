#pragma once
// Implemented by dialogs and pages that hold edits not yet on the server (a form being filled in, a
// note being written). The main window asks every such widget before it closes, so edits are never
// dropped without the person saying so.

namespace md::ui {

class UnsavedEdits {
public:
    virtual ~UnsavedEdits() = default;
    virtual bool hasUnsavedEdits() const = 0;
};

} // namespace md::ui
