// SPDX-License-Identifier: GPL-3.0-or-later
// File > Export > Diagram…: what a reviewer's diagram should be before it is written: the title, the
// level, the scope (the whole estate or one VPC), the width of a PNG, light or dark, and the file
// (its suffix picks SVG, PNG, PDF, DOT or draw.io).
#pragma once

#include "graph/topologygraph.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace vpclens {

struct DiagramRequest {
    QString title, path;
    GraphLevel level = GraphLevel::Subnet;
    QString vpc; // empty: the whole estate
    int pngWidth = 0;
    bool dark = false;
};

class DiagramDialog : public QDialog
{
    Q_OBJECT
public:
    // vpcs: id -> the name shown; `initial` fills the fields.
    DiagramDialog(const QList<QPair<QString, QString>> &vpcs, const DiagramRequest &initial, QWidget *parent = nullptr);
    DiagramRequest request() const;

private:
    void browse();
    void updateOk();

    QLineEdit *m_title;
    QComboBox *m_level;
    QComboBox *m_scope;
    QSpinBox *m_width;
    QCheckBox *m_dark;
    QLineEdit *m_path;
    QPushButton *m_ok = nullptr;
};

} // namespace vpclens
