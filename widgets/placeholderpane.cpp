// SPDX-License-Identifier: GPL-3.0-or-later
#include "placeholderpane.h"

#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace vpclens {

PlaceholderPane::PlaceholderPane(const QString &title, const QString &explanation, QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    outer->addWidget(scroll);
    m_summary->setParent(content);
    auto *layout = new QVBoxLayout(content);
    auto *heading = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), content);
    auto *text = new QLabel(explanation, content);
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
