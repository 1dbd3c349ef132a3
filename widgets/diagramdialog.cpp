// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagramdialog.h"

#include "graph/diagramexport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>

namespace vpclens {

DiagramDialog::DiagramDialog(const QList<QPair<QString, QString>> &vpcs, const DiagramRequest &initial, QWidget *parent)
    : QDialog(parent)
    , m_title(new QLineEdit(initial.title))
    , m_level(new QComboBox)
    , m_scope(new QComboBox)
    , m_width(new QSpinBox)
    , m_dark(new QCheckBox(tr("Dark background")))
    , m_path(new QLineEdit(initial.path))
{
    setWindowTitle(tr("Export Diagram"));
    setMinimumWidth(520);
    m_level->addItem(tr("VPCs"), int(GraphLevel::Vpc));
    m_level->addItem(tr("Subnets"), int(GraphLevel::Subnet));
    m_level->addItem(tr("Interfaces"), int(GraphLevel::Eni));
    m_level->setCurrentIndex(m_level->findData(int(initial.level)));
    m_scope->addItem(tr("The whole estate"), QString());
    for (const auto &[id, name] : vpcs)
        m_scope->addItem(name, id);
    m_scope->setCurrentIndex(std::max(0, m_scope->findData(initial.vpc)));
    m_width->setRange(0, 20000);
    m_width->setSingleStep(200);
    m_width->setSpecialValueText(tr("twice the layout's size"));
    m_width->setSuffix(tr(" px"));
    m_width->setValue(initial.pngWidth);
    m_dark->setChecked(initial.dark);
    auto *browse = new QToolButton;
    browse->setText(tr("Browse…"));
    auto *file = new QHBoxLayout;
    file->addWidget(m_path, 1);
    file->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Level:"), m_level);
    form->addRow(tr("&Scope:"), m_scope);
    form->addRow(tr("PNG &width:"), m_width);
    form->addRow(QString(), m_dark);
    auto *fileLabel = new QLabel(tr("&File:"));
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, file);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Export"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(browse, &QToolButton::clicked, this, &DiagramDialog::browse);
    connect(m_path, &QLineEdit::textChanged, this, &DiagramDialog::updateOk);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOk();
}

DiagramRequest DiagramDialog::request() const
{
    DiagramRequest r;
    r.title = m_title->text();
    r.path = m_path->text();
    r.level = GraphLevel(m_level->currentData().toInt());
    r.vpc = m_scope->currentData().toString();
    r.pngWidth = m_width->value();
    r.dark = m_dark->isChecked();
    return r;
}

void DiagramDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Diagram"), m_path->text(),
                                                      tr("SVG (*.svg);;PNG image (*.png);;PDF (*.pdf);;Graphviz DOT (*.dot);;draw.io (*.drawio)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

// Export only to a file whose suffix names a format.
void DiagramDialog::updateOk()
{
    const bool known = diagramFormatForPath(m_path->text()).has_value();
    m_ok->setEnabled(known);
    m_path->setToolTip(known ? QString() : tr("The file must end in .svg, .png, .pdf, .dot or .drawio."));
}

} // namespace vpclens
