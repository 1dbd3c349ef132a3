// SPDX-License-Identifier: GPL-3.0-or-later
// A dock's content until its feature lands: says what will appear here and shows a short summary.
#pragma once

#include <QWidget>

class QLabel;

namespace vpclens {

class PlaceholderPane : public QWidget
{
    Q_OBJECT
public:
    PlaceholderPane(const QString &title, const QString &explanation, QWidget *parent = nullptr);
    void setSummary(const QString &text);

private:
    QLabel *m_summary; // owned by the layout
};

} // namespace vpclens
