// SPDX-License-Identifier: GPL-3.0-or-later
#include "placeholderpane.h"

#include <QLabel>
#include <QVBoxLayout>

namespace vpclens {

PlaceholderPane::PlaceholderPane(const QString &title, const QString &explanation, QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), this);
    auto *text = new QLabel(explanation, this);
    text->setWordWrap(true);
    text->setEnabled(false);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(heading);
    layout->addWidget(text);
    layout->addWidget(m_summary);
    layout->addStretch(1);
}

void PlaceholderPane::setSummary(const QString &text)
{
    m_summary->setText(text);
}

} // namespace vpclens
