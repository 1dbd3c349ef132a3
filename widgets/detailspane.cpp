// SPDX-License-Identifier: GPL-3.0-or-later
#include "detailspane.h"

#include <QFontDatabase>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace vpclens {

DetailsPane::DetailsPane(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_json(new QPlainTextEdit(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_json->setReadOnly(true);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    layout->addWidget(m_title);
    layout->addWidget(m_json, 1);
    clear();
}

void DetailsPane::showResource(const QString &title, const QByteArray &rawJson)
{
    m_title->setText(title);
    const QJsonDocument doc = QJsonDocument::fromJson(rawJson);
    m_json->setPlainText(doc.isNull() ? QString::fromUtf8(rawJson) : QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
}

void DetailsPane::clear()
{
    m_title->setText(tr("Select a resource to see its details."));
    m_json->clear();
}

} // namespace vpclens
